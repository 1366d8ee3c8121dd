/**
 * The marks to add beside a checked table, as plain data. Front ends (par-check --out, the Excel add-in)
 * apply the plan; none of them decides what to write.
 */
import { columnLetter } from "./address";
import { formatPercent, round } from "./format";
import type { SubitemResult, TableResult, TaskResult, Verdict, VerdictCounts } from "./types";
import type { Wording } from "./wording";

export type AnnotationRowKind = "task" | "subitem" | "section" | "total";

export interface AnnotationRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: AnnotationRowKind;
  /** Drives the colour; null for section and total rows. */
  readonly verdict: Verdict | null;
  /** The verdict text, or a section's "x/y đạt". */
  readonly verdictText: string;
  /** Completion as a share (0.8333) for a percent number format, or null. */
  readonly completion: number | null;
  /** The same, written for people ("83,33%"), or "". */
  readonly completionText: string;
  readonly reason: string;
}

/** Excel's columns: the last one is XFD. */
export const SHEET_COLUMNS = 16_384;
/** The columns a plan adds: verdict, completion, reason. */
export const ANNOTATION_COLUMNS = 3;
/** Excel's longest worksheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * Where the verdicts go: beside the table, or, when the table reaches the sheet's last column and three
 * more do not fit, on a sheet of their own placed right after the original.
 */
export type AnnotationPlacement = "beside" | "own-sheet";

/** One row of a verdict sheet: an annotation row with what ties it to the original. */
export interface VerdictSheetRow extends AnnotationRow {
  /** 1-based row on the verdict sheet. */
  readonly at: number;
  /** The task's number ("6"); a sub-item's task's; a section's own ("II"). */
  readonly ordinal: string;
  /** The task's text, shortened; a sub-item's label; a section's title. */
  readonly text: string;
  /** Where the row is on the original sheet, as a reference: "'Phụ lục'!A12". */
  readonly link: string;
}

/** The verdicts laid out on a sheet of their own: a header row, one row per annotation row, the summary. */
export interface VerdictSheet {
  readonly name: string;
  /** Row, ordinal, task text, then the three annotation headers. */
  readonly headers: readonly [string, string, string, string, string, string];
  /** Column widths in characters, in the headers' order. */
  readonly widths: readonly [number, number, number, number, number, number];
  /** 1-based row of the header on the verdict sheet. */
  readonly headerRow: number;
  readonly rows: readonly VerdictSheetRow[];
  /** 1-based row of the summary block; its labels go in `summaryColumn` (0-based), the values right of it. */
  readonly summaryRow: number;
  readonly summaryColumn: number;
}

export interface AnnotationPlan {
  readonly sheet: string;
  readonly placement: AnnotationPlacement;
  /** 1-based sheet row of the table's header. */
  readonly headerRow: number;
  /** 0-based sheet column of the first added column; the plan adds three. Beside the table only. */
  readonly firstColumn: number;
  readonly headers: readonly [string, string, string];
  readonly rows: readonly AnnotationRow[];
  /** The summary block, written under the table: one label and one value per line. */
  readonly summaryRow: number;
  readonly summary: readonly (readonly [string, string])[];
  /** Number format for the completion column. */
  readonly completionFormat: string;
  /** The layout of the verdict sheet, for an own-sheet plan; null beside the table. */
  readonly verdictSheet: VerdictSheet | null;
}

export interface AnnotationOptions {
  /** Every worksheet name of the workbook (and any verdict sheet planned before), for a free name. */
  readonly sheetNames?: readonly string[];
}

/** Whether three columns still fit right of the table, before XFD. */
export function placementOf(table: Pick<TableResult, "freeColumn">): AnnotationPlacement {
  return table.freeColumn + ANNOTATION_COLUMNS > SHEET_COLUMNS ? "own-sheet" : "beside";
}

/** The first `max` UTF-16 units of a text, never half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * A worksheet name Excel accepts and the workbook does not have yet (in any case): at most 31 characters,
 * none of : \ / ? * [ ], no apostrophe at either end, with " (2)", " (3)"… when taken.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const clean = (text: string): string =>
    text
      .replace(/[:\\/?*[\]]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
  const base = clean(wanted) || "Sheet";
  const used = new Set(taken.map((name) => name.toUpperCase()));
  let name = clean(cut(base, MAX_SHEET_NAME));
  for (let n = 2; used.has(name.toUpperCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean(cut(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
  }
  return name;
}

/** "Đánh giá - Phụ lục", made a free worksheet name. */
export function verdictSheetName(sheet: string, taken: readonly string[], words: Wording): string {
  return freeSheetName(words.annotations.ownSheet.name(sheet), taken);
}

/** A reference to a cell of a sheet, quoted as formulas and hyperlinks want it: "'Phụ lục'!A12". */
export function sheetReference(sheet: string, column: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(column)}${row}`;
}

const SHORT_TEXT = 80;

function shortText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SHORT_TEXT) return flat;
  const head = cut(flat, SHORT_TEXT - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > SHORT_TEXT / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** "20/26 đạt (76,92%)" for a section or the whole table. */
export function describeCounts(counts: VerdictCounts, words: Wording): string {
  const percent = counts.percentMet === null ? "" : ` (${formatPercent(counts.percentMet, words.numbers)})`;
  return `${counts.met}/${counts.tasks} ${words.annotations.met}${percent}`;
}

function completionCells(
  completion: number | null,
  words: Wording,
): Pick<AnnotationRow, "completion" | "completionText"> {
  return completion === null
    ? { completion: null, completionText: "" }
    : { completion: round(completion / 100, 6), completionText: formatPercent(completion, words.numbers) };
}

/** Plans the three added columns, section subtotals and the summary block for one table. */
export function planAnnotations(
  table: TableResult,
  words: Wording,
  options: AnnotationOptions = {},
): AnnotationPlan {
  const labels = words.verdicts;
  const rows: AnnotationRow[] = [];
  const sectionsByRow = new Map(table.sections.filter((s) => s.row !== null).map((s) => [s.row, s]));

  for (const info of table.rows) {
    if (info.kind === "section") {
      const section = sectionsByRow.get(info.row);
      if (!section) continue;
      rows.push({
        row: info.row,
        kind: "section",
        verdict: null,
        verdictText: describeCounts(section.summary, words),
        ...completionCells(section.summary.meanCompletion, words),
        reason: "",
      });
    }
  }
  const judged = (kind: "task" | "subitem", item: TaskResult | SubitemResult): AnnotationRow => ({
    row: item.row,
    kind,
    verdict: item.verdict,
    verdictText: labels[item.verdict],
    ...completionCells(item.completion, words),
    reason: item.reasons.map((r) => words.describe(r)).join(" "),
  });
  for (const task of table.tasks) {
    rows.push(judged("task", task));
    for (const sub of task.subitems) rows.push(judged("subitem", sub));
  }
  rows.sort((a, b) => a.row - b.row);

  const s = words.annotations.summary;
  const c = table.summary;
  const summary: (readonly [string, string])[] = [
    [s.title, describeCounts(c, words)],
    [s.tasks, String(c.tasks)],
    [s.met, String(c.met)],
    [s.unmet, String(c.unmet)],
    [s.noData, String(c.noData)],
    [s.review, String(c.review)],
    [s.percent, c.percentMet === null ? "" : formatPercent(c.percentMet, words.numbers)],
    [s.mean, c.meanCompletion === null ? "" : formatPercent(c.meanCompletion, words.numbers)],
  ];

  const placement = placementOf(table);
  return {
    sheet: table.sheet,
    placement,
    headerRow: table.headerRow,
    firstColumn: table.freeColumn,
    headers: words.annotations.headers,
    rows,
    summaryRow: table.lastRow + 2,
    summary,
    completionFormat: "0.00%",
    verdictSheet:
      placement === "own-sheet" ? layOutVerdictSheet(table, rows, words, options.sheetNames ?? []) : null,
  };
}

/** The verdict sheet: what ties each row to the original (its row, a link, the task's number and text). */
function layOutVerdictSheet(
  table: TableResult,
  rows: readonly AnnotationRow[],
  words: Wording,
  taken: readonly string[],
): VerdictSheet {
  const byRow = new Map<number, { ordinal: string; text: string }>();
  for (const section of table.sections) {
    if (section.row !== null) byRow.set(section.row, { ordinal: section.ordinal, text: section.title });
  }
  for (const task of table.tasks) {
    byRow.set(task.row, { ordinal: task.ordinal, text: task.content });
    for (const sub of task.subitems) byRow.set(sub.row, { ordinal: task.ordinal, text: sub.label });
  }
  const headerRow = 1;
  const laid = rows.map((row, i): VerdictSheetRow => {
    const about = byRow.get(row.row);
    return {
      ...row,
      at: headerRow + 1 + i,
      ordinal: about?.ordinal ?? "",
      text: shortText(about?.text ?? ""),
      link: sheetReference(table.sheet, table.firstColumn, row.row),
    };
  });
  const [row, ordinal, content] = words.annotations.ownSheet.headers;
  return {
    name: verdictSheetName(table.sheet, taken, words),
    headers: [row, ordinal, content, ...words.annotations.headers],
    widths: [8, 8, 50, 16, 13, 60],
    headerRow,
    rows: laid,
    summaryRow: headerRow + laid.length + 2,
    summaryColumn: 2,
  };
}
