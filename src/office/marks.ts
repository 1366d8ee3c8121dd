/// <reference types="office-js" />
/**
 * The record of what the add-in added, kept in the workbook's settings so that clearing works after a
 * reopen, and the queued operations that take the marks away again.
 */
import { parseArea, type Area } from "./area";
import { EDGES, type AddedSheet, type CellLook, type MarkRecord, type SheetMarks } from "./types";

export const MARKS_KEY = "parChecker.marks";

export const EMPTY_RECORD: MarkRecord = { version: 1, sheets: {} };

/** The stored record, or an empty one for anything unreadable (a damaged setting must not stop a check). */
export function parseRecord(value: unknown): MarkRecord {
  const parsed: unknown = typeof value === "string" ? safeJson(value) : value;
  if (typeof parsed !== "object" || parsed === null) return EMPTY_RECORD;
  const record = parsed as Partial<MarkRecord>;
  if (record.version !== 1 || typeof record.sheets !== "object" || record.sheets === null)
    return EMPTY_RECORD;
  return { version: 1, sheets: record.sheets };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Stored as a JSON string: settings values must be JSON-serialisable, and a string round-trips exactly. */
export function serializeRecord(record: MarkRecord): string {
  return JSON.stringify(record);
}

/** Areas the marks cover, for the watcher and for blanking old marks out of a re-read. */
export function markedAreas(marks: SheetMarks): Area[] {
  const out: Area[] = [];
  for (const address of marks.written) {
    const area = parseArea(address);
    if (area) out.push(area);
  }
  return out;
}

/** Number formats stored as runs ([format, count]) so 10,000 "General" rows stay small in the settings. */
export function compressRuns(values: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < values.length) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    out.push(`${j - i}\u0001${values[i] ?? ""}`);
    i = j;
  }
  return out;
}

export function expandRuns(runs: readonly string[]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    const cut = run.indexOf("\u0001");
    const count = Number(run.slice(0, cut));
    const format = run.slice(cut + 1);
    for (let k = 0; k < count; k++) out.push(format);
  }
  return out;
}

/** Conditional formats on the marked verdict blocks, loaded so that ours can be told apart by formula. */
export function loadOwnFormats(
  worksheet: Excel.Worksheet,
  marks: SheetMarks | undefined,
): Excel.ConditionalFormatCollection[] {
  if (!marks) return [];
  return marks.conditionalFormats.map((cf) => {
    const collection = worksheet.getRange(cf.address).conditionalFormats;
    collection.load("items/id,items/type,items/customOrNullObject/rule/formula");
    return collection;
  });
}

/** Queues everything that takes one sheet's marks away. `formats` come from `loadOwnFormats`, synced. */
export function queueRemoval(
  worksheet: Excel.Worksheet,
  marks: SheetMarks,
  formats: readonly Excel.ConditionalFormatCollection[],
): void {
  marks.conditionalFormats.forEach((cf, i) => {
    const collection = formats[i];
    if (!collection) return;
    const ours = new Set(cf.formulas);
    for (const item of collection.items) {
      if (item.type !== "Custom" || item.customOrNullObject.isNullObject) continue;
      if (ours.has(item.customOrNullObject.rule.formula)) item.delete();
    }
  });
  for (const address of marks.written) worksheet.getRange(address).clear("Contents");
  for (const block of marks.numberFormats) {
    worksheet.getRange(block.address).numberFormat = expandRuns(block.prior).map((f) => [f]);
  }
  for (const header of marks.headers) {
    const area = parseArea(header.address);
    if (!area) continue;
    header.prior.forEach((look, i) => {
      applyLook(worksheet.getCell(area.top, area.left + i), look);
    });
  }
}

/** A sheet the marks say the add-in added, found by name, its header row loaded to tell it is ours. */
export interface AddedCheck {
  readonly sheet: AddedSheet;
  /** The sheet's name as Excel has it now. */
  readonly name: string;
  readonly header: Excel.Range;
  /** What holds values on it now, to tell whether the officer typed there. */
  readonly used: Excel.Range;
}

/** Queues loading the header rows of the added sheets that still exist; `names` are every sheet's. */
export function loadAddedSheets(
  worksheets: Excel.WorksheetCollection,
  names: readonly string[],
  marks: SheetMarks | undefined,
): AddedCheck[] {
  const checks: AddedCheck[] = [];
  for (const sheet of marks?.addedSheets ?? []) {
    // Excel compares sheet names without regard to case.
    const name = names.find((n) => n.toUpperCase() === sheet.name.toUpperCase());
    if (name === undefined) continue;
    const worksheet = worksheets.getItem(name);
    const header = worksheet.getRange(sheet.header);
    header.load("values");
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("address");
    checks.push({ sheet, name, header, used });
  }
  return checks;
}

/**
 * The added sheets still holding the header row the add-in wrote, and nothing outside what it wrote: the
 * only sheets it deletes. A sheet of the same name the officer made, whose header they changed, or where
 * they typed something of their own, stays (and is theirs from then on).
 */
export function ownAddedSheets(checks: readonly AddedCheck[]): string[] {
  const names = new Set<string>();
  for (const { sheet, name, header, used } of checks) {
    const row = header.values[0] ?? [];
    const sameHeader =
      row.length === sheet.values.length && sheet.values.every((v, i) => String(row[i]) === v);
    if (sameHeader && withinExtent(used, sheet.extent)) names.add(name);
  }
  // One name once: two records naming one sheet must not delete it twice (the second would fail the batch).
  return [...names];
}

function withinExtent(used: Excel.Range, extent: string | undefined): boolean {
  if (used.isNullObject || extent === undefined) return true;
  const now = parseArea(used.address);
  const wrote = parseArea(extent);
  if (!now || !wrote) return false;
  return (
    now.top >= wrote.top && now.left >= wrote.left && now.bottom <= wrote.bottom && now.right <= wrote.right
  );
}

/** Queues deleting sheets by name. */
export function queueSheetDeletion(worksheets: Excel.WorksheetCollection, names: readonly string[]): void {
  for (const name of names) worksheets.getItem(name).delete();
}

/** Sets bold, fill, wrap and the four outer borders of one cell. */
export function applyLook(cell: Excel.Range, look: CellLook): void {
  cell.format.font.bold = look.bold;
  cell.format.wrapText = look.wrap;
  if (look.fill === null) cell.format.fill.clear();
  else cell.format.fill.color = look.fill;
  for (const name of EDGES) {
    const edge = look.borders[name];
    const border = cell.format.borders.getItem(name);
    if (edge.style === "None") {
      border.style = "None";
    } else {
      border.style = edge.style as Excel.BorderLineStyle;
      border.color = edge.color;
      border.weight = edge.weight as Excel.BorderWeight;
    }
  }
}
