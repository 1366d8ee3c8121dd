/// <reference types="office-js" />
/**
 * Writing the engine's plans: contiguous 2-D blocks, number formats, header looks and conditional formats,
 * as plain operations first, so their size can be measured and the batch split when it would pass 5 MB.
 */
import type { AnnotationPlan, TableResult, Verdict } from "../core";
import { ENGINE, type Language } from "../i18n";
import { formatArea, type Area } from "./area";
import { applyLook, compressRuns, expandRuns, serializeRecord } from "./marks";
import type { SheetRead } from "./read";
import type { CellLook, MarkRecord, SheetMarks } from "./types";

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
    };

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
  readonly ops: WriteOp[];
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

  return { ops, marks: { written, numberFormats, headers, conditionalFormats, tables } };
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
  }
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
    }
  }
}
