/// <reference types="office-js" />
/**
 * Writing the engine's plans: contiguous 2-D blocks, number formats, header looks and conditional formats,
 * as plain operations first, so their size can be measured and the batch split when it would pass 5 MB.
 */
import type { AnnotationPlan, TableResult, Verdict, VerdictSheet } from "../core";
import { ENGINE, type Language } from "../i18n";
import { formatArea, type Area } from "./area";
import { applyLook, compressRuns, expandRuns, serializeRecord } from "./marks";
import type { SheetRead } from "./read";
import type { AddedSheet, CellLook, MarkRecord, SheetMarks } from "./types";

/** Excel on the web refuses requests over 5 MB; keep a margin for the request's own framing. */
export const MAX_BATCH_BYTES = 4_000_000;

/** Fill and font colours by verdict: the Excel "good / bad / neutral" palette. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, { readonly fill: string; readonly font: string }>> = {
  unmet: { fill: "#FFC7CE", font: "#9C0006" },
  review: { fill: "#FFEB9C", font: "#9C5700" },
  "no-data": { fill: "#E7E6E6", font: "#595959" },
  met: { fill: "#C6EFCE", font: "#006100" },
};
const VERDICT_ORDER: readonly Verdict[] = ["unmet", "review", "no-data", "met"];

type Value = string | number | null;

export type WriteOp =
  /** null leaves a cell as it is. */
  | { readonly kind: "values"; readonly area: Area; readonly values: Value[][] }
  | { readonly kind: "numberFormat"; readonly area: Area; readonly formats: string[][] }
  | { readonly kind: "look"; readonly area: Area; readonly look: CellLook }
  | {
      readonly kind: "conditionalFormat";
      readonly area: Area;
      readonly formula: string;
      readonly fill: string;
      readonly font: string;
    }
  /** A link to a place in the workbook ("'Phụ lục'!A12"), showing `text`. ExcelApi 1.7. */
  | { readonly kind: "link"; readonly area: Area; readonly reference: string; readonly text: string }
  /** The width of the area's columns, in points. */
  | { readonly kind: "width"; readonly area: Area; readonly points: number };

/** A sheet the write adds (a table reaching XFD), and what to write on it. */
export interface AddedWrite {
  readonly name: string;
  readonly ops: WriteOp[];
}

const DEFAULT_HEADER: CellLook = {
  bold: true,
  fill: null,
  wrap: true,
  borders: {
    EdgeTop: { style: "Continuous", color: "#000000", weight: "Thin" },
    EdgeBottom: { style: "Continuous", color: "#000000", weight: "Thin" },
    EdgeLeft: { style: "Continuous", color: "#000000", weight: "Thin" },
    EdgeRight: { style: "Continuous", color: "#000000", weight: "Thin" },
  },
};
const NONE = { style: "None", color: "#000000", weight: "Thin" } as const;
export const PLAIN_LOOK: CellLook = {
  bold: false,
  fill: null,
  wrap: false,
  borders: { EdgeTop: NONE, EdgeBottom: NONE, EdgeLeft: NONE, EdgeRight: NONE },
};

export interface PlannedWrite {
  /** On the checked sheet. */
  readonly ops: WriteOp[];
  /** Verdict sheets to add right after it, in order. */
  readonly added: AddedWrite[];
  readonly marks: SheetMarks;
}

/** Everything to write for the plans, and the record of it. `old` supplies the looks and formats from before. */
export function planWrite(
  plans: readonly { readonly plan: AnnotationPlan; readonly table: TableResult }[],
  read: SheetRead,
  old: SheetMarks | undefined,
  language: Language,
): PlannedWrite {
  const ops: WriteOp[] = [];
  const written: string[] = [];
  const numberFormats: SheetMarks["numberFormats"][number][] = [];
  const headers: SheetMarks["headers"][number][] = [];
  const conditionalFormats: SheetMarks["conditionalFormats"][number][] = [];
  const tables: string[] = [];
  const added: AddedWrite[] = [];
  const addedSheets: AddedSheet[] = [];
  const taken = new Set<number>();
  const free = (row: number, column: number): boolean =>
    !read.occupied(row, column) && !taken.has(row * 16_384 + column);

  /** A values block; occupied cells stay as they are and are left out of the record. */
  const block = (area: Area, values: Value[][]): void => {
    for (let c = area.left; c <= area.right; c++) {
      let start = -1;
      for (let r = area.top; r <= area.bottom + 1; r++) {
        const row = values[r - area.top];
        const ok = r <= area.bottom && row !== undefined && row[c - area.left] !== null && free(r, c);
        if (!ok && row && r <= area.bottom) row[c - area.left] = null;
        if (ok) taken.add(r * 16_384 + c);
        if (ok && start < 0) start = r;
        if (!ok && start >= 0) {
          written.push(formatArea({ top: start, bottom: r - 1, left: c, right: c }));
          start = -1;
        }
      }
    }
    ops.push({ kind: "values", area, values });
  };

  for (const { plan, table } of plans) {
    const first = plan.firstColumn;
    tables.push(
      formatArea({
        top: table.firstRow - 1,
        bottom: table.lastRow - 1,
        left: table.firstColumn,
        right: table.lastColumn,
      }),
    );
    if (plan.verdictSheet) {
      const model = read.look(plan.headerRow - 1, table.lastColumn) ?? DEFAULT_HEADER;
      const sheetOps = verdictSheetOps(plan, plan.verdictSheet, model, language);
      added.push({ name: plan.verdictSheet.name, ops: sheetOps });
      const extent = valuesExtent(sheetOps);
      addedSheets.push({
        ...(extent ? { extent: formatArea(extent) } : {}),
        name: plan.verdictSheet.name,
        header: formatArea({
          top: plan.verdictSheet.headerRow - 1,
          bottom: plan.verdictSheet.headerRow - 1,
          left: 0,
          right: plan.verdictSheet.headers.length - 1,
        }),
        values: [...plan.verdictSheet.headers],
      });
      continue;
    }

    // Header: three cells that look like the table's own last header cell.
    const headerArea: Area = {
      top: plan.headerRow - 1,
      bottom: plan.headerRow - 1,
      left: first,
      right: first + 2,
    };
    block(headerArea, [[...plan.headers]]);
    const headerAddress = formatArea(headerArea);
    const oldHeader = old?.headers.find((h) => h.address === headerAddress);
    const prior = [0, 1, 2].map(
      (i) => oldHeader?.prior[i] ?? read.look(headerArea.top, first + i) ?? PLAIN_LOOK,
    );
    headers.push({ address: headerAddress, prior });
    const model = read.look(plan.headerRow - 1, table.lastColumn) ?? DEFAULT_HEADER;
    for (let i = 0; i < 3; i++) {
      ops.push({ kind: "look", area: { ...headerArea, left: first + i, right: first + i }, look: model });
    }

    const rows = plan.rows;
    const top = rows[0];
    const last = rows[rows.length - 1];
    if (top && last) {
      const area: Area = { top: top.row - 1, bottom: last.row - 1, left: first, right: first + 2 };
      const values: Value[][] = [];
      for (let r = area.top; r <= area.bottom; r++) values.push([null, null, null]);
      const completion = { ...area, left: first + 1, right: first + 1 };
      const address = formatArea(completion);
      const oldFormats = old?.numberFormats.find((f) => f.address === address);
      const priorFormats = oldFormats
        ? expandRuns(oldFormats.prior)
        : values.map((_, i) => read.numberFormat(area.top + i, first + 1));
      const formats = priorFormats.map((f) => [f]);
      for (const row of rows) {
        const i = row.row - 1 - area.top;
        values[i] = [row.verdictText, row.completion ?? "", row.reason];
        formats[i] = [plan.completionFormat];
      }
      block(area, values);
      ops.push({ kind: "numberFormat", area: completion, formats });
      numberFormats.push({ address, prior: compressRuns(priorFormats) });

      // Colour by verdict through conditional formats on the added column only; the text carries it too.
      const verdictArea = { ...area, right: first };
      const cell = `${formatArea({ ...verdictArea, bottom: verdictArea.top })}`;
      const formulas: string[] = [];
      for (const verdict of VERDICT_ORDER) {
        const label = ENGINE[language].verdicts[verdict].replace(/"/g, '""');
        const formula = `=${cell}="${label}"`;
        formulas.push(formula);
        ops.push({ kind: "conditionalFormat", area: verdictArea, formula, ...VERDICT_COLOURS[verdict] });
      }
      conditionalFormats.push({ address: formatArea(verdictArea), formulas });
    }

    // Summary block: label and value in the first two added columns.
    const summary: Area = {
      top: plan.summaryRow - 1,
      bottom: plan.summaryRow - 1 + plan.summary.length - 1,
      left: first,
      right: first + 1,
    };
    if (plan.summary.length > 0) {
      block(
        summary,
        plan.summary.map(([label, value]) => [label, /^\d+$/.test(value) ? Number(value) : value]),
      );
    }
  }

  return {
    ops,
    added,
    marks: {
      written,
      numberFormats,
      headers,
      conditionalFormats,
      tables,
      ...(addedSheets.length > 0 ? { addedSheets } : {}),
    },
  };
}

/** Conditional formats colouring a verdict column by its text, most severe first. */
function verdictFormats(area: Area, language: Language): WriteOp[] {
  const cell = formatArea({ ...area, bottom: area.top });
  return VERDICT_ORDER.map((verdict) => {
    const label = ENGINE[language].verdicts[verdict].replace(/"/g, '""');
    return { kind: "conditionalFormat", area, formula: `=${cell}="${label}"`, ...VERDICT_COLOURS[verdict] };
  });
}

/** Excel's column unit is 7 px of Calibri 11; 96 px make 72 pt. */
const widthPoints = (characters: number): number => Math.round(characters * 7) * 0.75;

/**
 * A verdict sheet, new and empty, so written whole: header (looking like the table's), one row per marked
 * row linked back to it, completion as a percentage, verdict colours, column widths, the summary block.
 */
function verdictSheetOps(
  plan: AnnotationPlan,
  sheet: VerdictSheet,
  look: CellLook,
  language: Language,
): WriteOp[] {
  const ops: WriteOp[] = [];
  const width = sheet.headers.length;
  const top = sheet.headerRow - 1;
  const bottom = top + sheet.rows.length;
  const values: Value[][] = [
    [...sheet.headers],
    ...sheet.rows.map((r) => [r.row, r.ordinal, r.text, r.verdictText, r.completion ?? "", r.reason]),
  ];
  ops.push({ kind: "values", area: { top, bottom, left: 0, right: width - 1 }, values });
  for (let c = 0; c < width; c++)
    ops.push({ kind: "look", area: { top, bottom: top, left: c, right: c }, look });
  sheet.widths.forEach((w, c) =>
    ops.push({ kind: "width", area: { top, bottom: top, left: c, right: c }, points: widthPoints(w) }),
  );
  if (sheet.rows.length > 0) {
    ops.push({
      kind: "numberFormat",
      area: { top: top + 1, bottom, left: 4, right: 4 },
      formats: sheet.rows.map((r) => [r.completion === null ? "General" : plan.completionFormat]),
    });
    ops.push(...verdictFormats({ top: top + 1, bottom, left: 3, right: 3 }, language));
    for (const r of sheet.rows) {
      const area = { top: r.at - 1, bottom: r.at - 1, left: 0, right: 0 };
      ops.push({ kind: "link", area, reference: r.link, text: String(r.row) });
    }
  }
  if (plan.summary.length > 0) {
    const left = sheet.summaryColumn;
    const summaryTop = sheet.summaryRow - 1;
    ops.push({
      kind: "values",
      area: { top: summaryTop, bottom: summaryTop + plan.summary.length - 1, left, right: left + 1 },
      values: plan.summary.map(([label, value]) => [label, /^\d+$/.test(value) ? Number(value) : value]),
    });
  }
  return ops;
}

/** The smallest area holding every values block of `ops`; null when none writes values. */
function valuesExtent(ops: readonly WriteOp[]): Area | null {
  let extent: Area | null = null;
  for (const op of ops) {
    if (op.kind !== "values") continue;
    const a = op.area;
    extent = extent
      ? {
          top: Math.min(extent.top, a.top),
          left: Math.min(extent.left, a.left),
          bottom: Math.max(extent.bottom, a.bottom),
          right: Math.max(extent.right, a.right),
        }
      : a;
  }
  return extent;
}

/** Bytes of text a value array puts in a request (UTF-8 of its JSON). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Per-operation framing on top of the data: address, method name, object path. */
export const OP_OVERHEAD = 200;

export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
      return OP_OVERHEAD + jsonBytes(op.values);
    case "numberFormat":
      return OP_OVERHEAD + jsonBytes(op.formats);
    case "look":
      return OP_OVERHEAD * 8;
    case "conditionalFormat":
      return OP_OVERHEAD * 4 + jsonBytes(op.formula);
    case "link":
      return OP_OVERHEAD + jsonBytes([op.reference, op.text]);
    case "width":
      return OP_OVERHEAD;
  }
}

/** An operation and the sheet it goes to: null for the checked sheet, else an added sheet's name. */
export interface SheetOp {
  readonly sheet: string | null;
  readonly op: WriteOp;
}

/** `splitBatches` over the operations of several sheets, in order; each keeps its sheet. */
export function splitSheetBatches(
  groups: readonly { readonly sheet: string | null; readonly ops: readonly WriteOp[] }[],
  limit: number,
): SheetOp[][] {
  return packBatches(
    groups.flatMap(({ sheet, ops }) => ops.flatMap((op) => cutOp(op, limit)).map((op) => ({ sheet, op }))),
    limit,
    (item) => opBytes(item.op),
  );
}

/** What taking old marks away adds to the first batch. */
export function removalBytes(marks: SheetMarks | undefined): number {
  if (!marks) return 0;
  let bytes = OP_OVERHEAD * (marks.written.length + marks.headers.length * 3 * 8);
  for (const cf of marks.conditionalFormats) bytes += OP_OVERHEAD * cf.formulas.length;
  for (const block of marks.numberFormats)
    bytes += OP_OVERHEAD + jsonBytes(expandRuns(block.prior).map((f) => [f]));
  return bytes;
}

/** What storing the record adds to the last batch. */
export function recordBytes(record: MarkRecord): number {
  return OP_OVERHEAD + jsonBytes(serializeRecord(record));
}

/**
 * Splits operations into batches of at most `limit` bytes; a values or format block too big on its own is
 * cut by rows. One batch is the normal case: 10,000 tasks come to about 2 MB.
 */
export function splitBatches(ops: readonly WriteOp[], limit: number): WriteOp[][] {
  return packBatches(
    ops.flatMap((op) => cutOp(op, limit)),
    limit,
    opBytes,
  );
}

/** Packs items in order into batches of at most `limit` bytes (an item larger than that goes alone). */
export function packBatches<T>(items: readonly T[], limit: number, bytesOf: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && size + bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function cutOp(op: WriteOp, limit: number): WriteOp[] {
  if ((op.kind !== "values" && op.kind !== "numberFormat") || opBytes(op) <= limit) return [op];
  const rows = op.kind === "values" ? op.values : op.formats;
  const out: WriteOp[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let size = OP_OVERHEAD;
    while (end < rows.length && (end === start || size + jsonBytes(rows[end]) <= limit)) {
      size += jsonBytes(rows[end]);
      end++;
    }
    const area = { ...op.area, top: op.area.top + start, bottom: op.area.top + end - 1 };
    out.push(
      op.kind === "values"
        ? { kind: "values", area, values: op.values.slice(start, end) }
        : { kind: "numberFormat", area, formats: op.formats.slice(start, end) },
    );
    start = end;
  }
  return out;
}

/** The range of an area on a worksheet. */
export function rangeOf(worksheet: Excel.Worksheet, area: Area): Excel.Range {
  return worksheet.getRangeByIndexes(
    area.top,
    area.left,
    area.bottom - area.top + 1,
    area.right - area.left + 1,
  );
}

/**
 * Sends batches in order, one sync each (one sync when there are none): `queue` fills each before its sync.
 * More than one batch only when a write passes the web's 5 MB limit. Recursion, not a loop, so that no
 * sync sits in a loop body.
 */
export async function syncBatches<T>(
  context: Excel.RequestContext,
  batches: readonly (readonly T[])[],
  queue: (batch: readonly T[], index: number, last: boolean) => void,
): Promise<void> {
  const count = Math.max(batches.length, 1);
  const send = async (index: number): Promise<void> => {
    queue(batches[index] ?? [], index, index === count - 1);
    await context.sync();
    if (index + 1 < count) await send(index + 1);
  };
  await send(0);
}

/** Queues operations on the worksheet; nothing reaches Excel before the caller's sync. */
export function queueOps(worksheet: Excel.Worksheet, ops: readonly WriteOp[]): void {
  for (const op of ops) {
    const range = rangeOf(worksheet, op.area);
    switch (op.kind) {
      case "values":
        range.values = op.values;
        break;
      case "numberFormat":
        range.numberFormat = op.formats;
        break;
      case "look":
        applyLook(range, op.look);
        break;
      case "conditionalFormat": {
        const cf = range.conditionalFormats.add("Custom");
        cf.custom.rule.formula = op.formula;
        cf.custom.format.fill.color = op.fill;
        cf.custom.format.font.color = op.font;
        break;
      }
      case "link":
        range.hyperlink = { documentReference: op.reference, textToDisplay: op.text };
        break;
      case "width":
        range.format.columnWidth = op.points;
        break;
    }
  }
}
