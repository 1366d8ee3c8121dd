/**
 * The reporting unit's name, read from the title rows above the appendix table: “UBND XÃ PHÚ ĐÌNH” →
 * “xã Phú Đình”, “(Kèm theo Báo cáo … của UBND phường Tân Thịnh)” → “phường Tân Thịnh”. A commune-level
 * name (xã, phường, thị trấn) wins over a district-level one (huyện, quận, thị xã, thành phố) written
 * above it; with none, the file name without its extension stands in.
 */
import * as path from "path";
import type { CellInput, SheetInput, TableResult } from "../core";

/** Unit kinds, longest first so that “thị xã” is not read as “xã”. Level 0 is the commune level. */
const KINDS: readonly { readonly words: string; readonly level: number }[] = [
  { words: "thị trấn", level: 0 },
  { words: "thị xã", level: 1 },
  { words: "thành phố", level: 1 },
  { words: "phường", level: 0 },
  { words: "huyện", level: 1 },
  { words: "quận", level: 1 },
  { words: "xã", level: 0 },
];

/** Words that end a name in an all-capitals title (“XÃ PHÚ ĐÌNH NĂM 2024”) or start a new unit. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "năm",
  "ngày",
  "tháng",
  "quý",
  "giai",
  "đợt",
  "kỳ",
  "về",
  "của",
  "theo",
  "tại",
  "và",
  "với",
  "trên",
  "đến",
  "từ",
  "tỉnh",
  "huyện",
  "quận",
  "xã",
  "phường",
  "thị",
  "thành",
  "ubnd",
  "báo",
  "kế",
  "phụ",
]);

/** Words before a kind that make it a common noun: “cấp xã”, “các xã, thị trấn”. */
const NOT_A_NAME_BEFORE: ReadonlySet<string> = new Set(["cấp", "các", "những", "mỗi", "toàn", "từng", "mọi"]);

/** Words after “xã” that make it another word: “xã hội”, “xã viên”. */
const NOT_A_NAME_AFTER: ReadonlySet<string> = new Set(["hội", "viên"]);

const MAX_NAME_WORDS = 5;

function lower(text: string): string {
  return text.toLocaleLowerCase("vi");
}

function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}

function isCapitalised(word: string): boolean {
  const first = [...word][0] ?? "";
  return /\p{Lu}/u.test(first) || /\d/.test(first);
}

function isAllCaps(word: string): boolean {
  return hasLetter(word) && word === word.toLocaleUpperCase("vi");
}

/** “ĐÌNH” → “Đình”. */
function titleCase(word: string): string {
  const chars = [...lower(word)];
  return (chars[0] ?? "").toLocaleUpperCase("vi") + chars.slice(1).join("");
}

interface Candidate {
  readonly name: string;
  readonly level: number;
}

/** The unit named in one line of text, or null. */
function candidateIn(line: string): Candidate | null {
  const text = line.normalize("NFC").replace(/\s+/g, " ").trim();
  // Words with the punctuation that ends a name kept as tokens of their own.
  const tokens = text
    .split(/([,;:()[\]“”"'.–—]|\s-\s)|\s/)
    .filter((t): t is string => !!t && t.trim() !== "");
  const folded = tokens.map(lower);
  let best: Candidate | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const kind = KINDS.find((k) => {
      const words = k.words.split(" ");
      return words.every((w, j) => folded[i + j] === w);
    });
    if (!kind) continue;
    const kindLength = kind.words.split(" ").length;
    const at = i;
    // “xã” inside “thị xã” is not a kind of its own.
    i += kindLength - 1;
    if (NOT_A_NAME_BEFORE.has(folded[at - 1] ?? "")) continue;
    if (NOT_A_NAME_AFTER.has(folded[at + kindLength] ?? "")) continue;

    const name: string[] = [];
    for (let j = at + kindLength; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
      const word = tokens[j] ?? "";
      const fold = folded[j] ?? "";
      if (!/^[\p{L}\p{N}]/u.test(word)) break;
      if (!isCapitalised(word)) break;
      // “Định” after “xã Phú” in a mixed-case line is part of the name; in capitals only stop words end it.
      if (STOP_WORDS.has(fold) && (name.length > 0 || isAllCaps(word))) break;
      name.push(word);
    }
    if (name.length === 0) continue;
    const allCaps = name.every((w) => !hasLetter(w) || isAllCaps(w));
    const words = allCaps ? name.map((w) => (hasLetter(w) ? titleCase(w) : w)) : name;
    const candidate = { name: `${kind.words} ${words.join(" ")}`, level: kind.level };
    if (!best || candidate.level < best.level) best = candidate;
    if (best.level === 0) break;
  }
  return best;
}

/** The unit named in title lines: the most local unit, the first of its level; null when none is named. */
export function unitNameFromLines(lines: readonly string[]): string | null {
  let best: Candidate | null = null;
  for (const line of lines) {
    const candidate = candidateIn(line);
    if (candidate && (!best || candidate.level < best.level)) best = candidate;
    if (best?.level === 0) break;
  }
  return best?.name ?? null;
}

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  const value = typeof cell === "object" ? (cell.text ?? cell.value) : cell;
  return value === null || value === undefined ? "" : String(value);
}

/** Rows above the table's header on its sheet, each as one line (cells joined by a space). */
export function titleLines(sheet: SheetInput, headerRow: number): string[] {
  const origin = sheet.origin?.row ?? 0;
  const lines: string[] = [];
  for (let r = 0; r < headerRow - 1 - origin; r++) {
    const text = (sheet.cells[r] ?? []).map(cellText).join(" ").trim();
    if (text) lines.push(text);
  }
  return lines;
}

/** The name of the unit whose file this is: from the title rows above its first table, else the file name. */
export function unitName(
  file: string,
  sheets: readonly SheetInput[],
  tables: readonly Pick<TableResult, "sheet" | "headerRow">[],
): string {
  for (const table of tables) {
    const sheet = sheets.find((s) => (s.sheetName ?? "") === table.sheet);
    const name = sheet ? unitNameFromLines(titleLines(sheet, table.headerRow)) : null;
    if (name) return name;
  }
  return path.basename(file, path.extname(file));
}
