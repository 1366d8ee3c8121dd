/**
 * ExcelJS's loading of a workbook, with what it cannot take mended in memory first. Merged areas that overlap
 * (Excel never writes them; other tools have) make ExcelJS refuse the whole file, so the later of two
 * overlapping areas is read as not merged and said so. The file itself is never changed.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { finding, type Finding } from "../core";
import type { MergedArea } from "../core";
import { elements, relsName, resolveTarget } from "./package-parts";

/** A copy of the bytes as the ArrayBuffer ExcelJS's typings ask for (JSZip reads either). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return Uint8Array.from(bytes).buffer;
}

/** "B3" → {row: 2, column: 1}. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}

/** "A1:D2" → {top: 0, left: 0, bottom: 1, right: 3}. */
export function parseRange(range: string): MergedArea | null {
  const [from = "", to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export interface Loaded {
  readonly workbook: ExcelJS.Workbook;
  /** merge-overlap warnings, one per area left out. */
  readonly findings: readonly Finding[];
}

/** Loads an .xlsx's bytes; throws what ExcelJS throws when it cannot be read even after mending. */
export async function loadXlsx(bytes: Buffer): Promise<Loaded> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
    return { workbook, findings: [] };
  } catch (error) {
    if (!(error instanceof Error) || !/already merged/i.test(error.message)) throw error;
    const mended = await withoutOverlappingMerges(bytes);
    if (!mended) throw error;
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(toArrayBuffer(mended.bytes));
    return { workbook: again, findings: mended.findings };
  }
}

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["'][^>]*>/g;
const WORKBOOK = "xl/workbook.xml";

/** Sheet names by their part ("xl/worksheets/sheet1.xml"), from the workbook and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const { attributes } of elements(await text(relsName(WORKBOOK)), "Relationship")) {
    const [id, target] = [attributes.get("Id"), attributes.get("Target")];
    if (id && target) targets.set(id, resolveTarget(WORKBOOK, target));
  }
  const names = new Map<string, string>();
  for (const { attributes } of elements(await text(WORKBOOK), "sheet")) {
    const part = targets.get(attributes.get("r:id") ?? "");
    const name = attributes.get("name");
    if (part && name !== undefined) names.set(part, name);
  }
  return names;
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

async function withoutOverlappingMerges(
  bytes: Buffer,
): Promise<{ bytes: Buffer; findings: Finding[] } | null> {
  const zip = await JSZip.loadAsync(bytes);
  const names = await sheetNames(zip);
  const findings: Finding[] = [];
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name))) {
    const xml = await zip.file(part)!.async("string");
    const kept: { range: string; area: MergedArea }[] = [];
    const mended = xml.replace(MERGE_CELL, (tag, range: string) => {
      const area = parseRange(range);
      if (!area) return tag;
      const earlier = kept.find((k) => overlaps(k.area, area));
      if (!earlier) {
        kept.push({ range, area });
        return tag;
      }
      const sheet = names.get(part) ?? part;
      findings.push(finding("merge-overlap", "warning", { sheet, range, other: earlier.range }));
      return "";
    });
    if (mended !== xml) zip.file(part, mended);
  }
  if (findings.length === 0) return null;
  return { bytes: await zip.generateAsync({ type: "nodebuffer" }), findings };
}
