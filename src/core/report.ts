/**
 * The report-ready copy of a checked table and the sentence that sums it up, as plain data. The copy is
 * laid out for a Vietnamese official report (Nghị định 30/2020/NĐ-CP): A4, Times New Roman 13, thin
 * borders, the header repeated on every printed page. Front ends (par-check, the add-in) only apply it.
 */
import { formatPercent, round } from "./format";
import type { ColumnRole, SubitemResult, TableResult, TaskResult, Verdict } from "./types";
import type { Wording } from "./wording";

export type ReportColumnRole = ColumnRole | "verdict" | "completion";
export type ReportRowKind = "header" | "section" | "task" | "subitem";
export type ReportOrientation = "portrait" | "landscape";

export interface ReportColumn {
  readonly role: ReportColumnRole;
  /** The header text: the table's own label, or "Đánh giá" / "Mức độ hoàn thành" for added columns. */
  readonly label: string;
  /** Column width in Excel character units (the stored `width`, padding included). */
  readonly width: number;
  /** Horizontal alignment of the column's body cells. */
  readonly align: "left" | "center";
}

export interface ReportRow {
  readonly kind: ReportRowKind;
  /** One text per column, "" for an empty cell. */
  readonly cells: readonly string[];
  readonly bold: boolean;
  /** 1-based rows of the checked sheet this row stands for: a task with its continuation rows merged. */
  readonly sourceRows: readonly number[];
  /** The task's or section's number as written; "" for the header and sub-items. */
  readonly ordinal: string;
  /** The verdict used (after overrides), for task and sub-item rows. */
  readonly verdict: Verdict | null;
  /** Lines of the tallest cell once wrapped at its column's width (an estimate from Times New Roman metrics). */
  readonly lines: number;
  /** Row height in points for that many lines, so wrapped text shows whole without an autofit. */
  readonly height: number;
}

export interface ReportMargins {
  /** Millimetres, as Nghị định 30/2020/NĐ-CP sets them. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** Distance of the page number from the top edge, and of the (empty) footer from the bottom. */
  readonly header: number;
  readonly footer: number;
}

export interface ReportPage {
  readonly paper: "A4";
  /** Excel's paper size code for A4. */
  readonly paperSize: 9;
  readonly orientation: ReportOrientation;
  readonly marginsMm: ReportMargins;
  /** Width left for the table between the side margins, in millimetres. */
  readonly printableWidthMm: number;
  /** Scale to one page wide, as many pages tall as needed. */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** 1-based first and last plan rows repeated at the top of every printed page. */
  readonly printTitleRows: readonly [number, number];
  /** Page numbers centred in the top margin, not shown on the first page (Nghị định 30, Phụ lục I). */
  readonly pageNumbers: "top-center-except-first";
}

export interface ReportStyle {
  readonly fontName: "Times New Roman";
  readonly fontSize: 13;
  readonly border: "thin";
  readonly wrapText: true;
  readonly vertical: "top";
}

export interface ReportPlan {
  /** The checked sheet's name. */
  readonly sheet: string;
  readonly columns: readonly ReportColumn[];
  /** The header first, then sections, tasks and sub-items in table order. */
  readonly rows: readonly ReportRow[];
  readonly page: ReportPage;
  readonly style: ReportStyle;
}

export interface ReportOptions {
  readonly includeVerdict: boolean;
  readonly includeCompletion: boolean;
  /** The words of the added columns and their values. */
  readonly words: Wording;
  /** Forces the orientation; by default landscape from six columns up. */
  readonly orientation?: ReportOrientation;
}

/** Top 20, bottom 20, left 30, right 15 mm: the low end of each range in Nghị định 30/2020/NĐ-CP. */
export const REPORT_MARGINS_MM: ReportMargins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 10,
  footer: 10,
};

/** Landscape from this many columns up. */
export const LANDSCAPE_FROM_COLUMNS = 6;

const A4_MM = { short: 210, long: 297 } as const;

/** Excel's column unit is the maximum digit width of the default font (Calibri 11: 7 px at 96 dpi). */
const PX_PER_CHAR = 7;
const PX_PER_MM = 96 / 25.4;
/** Leave a little room so rounding in Excel or LibreOffice never pushes the table past the margin. */
const WIDTH_SAFETY = 0.98;

/** Widths of the narrow columns, in characters; text columns share what is left. */
const FIXED_WIDTHS: Readonly<Partial<Record<ReportColumnRole, number>>> = {
  ordinal: 6,
  unit: 9,
  deadline: 11,
  verdict: 11,
  completion: 11,
};
const MIN_TEXT_WIDTH = 12;

const TEXT_ROLES: ReadonlySet<ReportColumnRole> = new Set([
  "content",
  "target",
  "result",
  "note",
  "evaluation",
]);

/**
 * Advance widths of Times New Roman (Times-Roman AFM, 1/1000 em) for printable ASCII, from space (32)
 * to tilde (126). Vietnamese letters are measured by their base letter; other characters as 556.
 */
const TIMES_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const OTHER_WIDTH = 556;
/** Bold Times is a little wider; measure generously rather than clip. */
const BOLD_FACTOR = 1.05;
/** Points per wrapped line of 13 pt Times New Roman (line spacing 1.107 em, rounded up), plus cell padding. */
const LINE_POINTS = 15;
const ROW_PADDING_POINTS = 3;
/** Inner padding of a cell, in pixels, left and right together. */
const CELL_PADDING_PX = 6;

function charWidth(ch: string): number {
  const base = ch === "Đ" ? "D" : ch === "đ" ? "d" : (ch.normalize("NFD")[0] ?? ch);
  const code = base.charCodeAt(0);
  return code >= 32 && code <= 126 ? (TIMES_WIDTHS[code - 32] ?? OTHER_WIDTH) : OTHER_WIDTH;
}

/** Width of a text in pixels at `fontSize` points, 96 dpi. */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * (96 / 72) * (bold ? BOLD_FACTOR : 1);
}

/** How many lines `text` takes when wrapped at word breaks in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, fontSize = 13, bold = false): number {
  if (text.trim() === "") return 1;
  const room = Math.max(width * PX_PER_CHAR - CELL_PADDING_PX, 1);
  const space = textWidth(" ", fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      let w = textWidth(word, fontSize, bold);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the column breaks wherever it must.
      while (w > room) {
        lines += 1;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/**
 * Row height in points for `lines` lines of a `fontSize` font (the report's 13 pt by default), rounded up to
 * a quarter point as Excel stores it.
 */
export function rowHeight(lines: number, fontSize = 13): number {
  return Math.ceil(((lines * LINE_POINTS * fontSize) / 13 + ROW_PADDING_POINTS) * 4) / 4;
}

/** How many characters of text fit across the printable width. */
export function characterBudget(printableWidthMm: number): number {
  return Math.floor(((printableWidthMm * PX_PER_MM) / PX_PER_CHAR) * WIDTH_SAFETY);
}

/**
 * Shares `budget` characters among the columns: narrow columns get a fixed width, text columns split the
 * rest half evenly and half by how much text they hold, never below MIN_TEXT_WIDTH.
 */
function columnWidths(
  roles: readonly ReportColumnRole[],
  textLength: readonly number[],
  budget: number,
): number[] {
  const widths = roles.map((role) => FIXED_WIDTHS[role] ?? 0);
  const text = roles
    .map((role, i) => (TEXT_ROLES.has(role) || widths[i] === 0 ? i : -1))
    .filter((i) => i >= 0);
  if (text.length === 0) return widths;
  const fixed = widths.reduce((sum, w) => sum + w, 0);
  const left = Math.max(budget - fixed, text.length * MIN_TEXT_WIDTH);
  const total = text.reduce((sum, i) => sum + (textLength[i] ?? 0), 0);
  for (const i of text) {
    const share = 0.5 / text.length + (total > 0 ? (0.5 * (textLength[i] ?? 0)) / total : 0.5 / text.length);
    widths[i] = Math.max(MIN_TEXT_WIDTH, Math.floor(left * share));
  }
  // Hand the characters lost to rounding to the widest text column.
  const used = widths.reduce((sum, w) => sum + w, 0);
  const widest = text.reduce((best, i) => ((widths[i] ?? 0) > (widths[best] ?? 0) ? i : best), text[0] ?? 0);
  if (used < budget) widths[widest] = (widths[widest] ?? 0) + (budget - used);
  return widths;
}

function isPart(role: string): role is "ordinal" | "content" | "target" | "result" {
  return role === "ordinal" || role === "content" || role === "target" || role === "result";
}

/** Plans the report-ready copy of one checked table. */
export function planReportSheet(table: TableResult, options: ReportOptions): ReportPlan {
  const words = options.words;
  const labels = words.verdicts;
  const added = words.report;

  const own = [...table.columns].sort((a, b) => a.column - b.column);
  const roles: ReportColumnRole[] = own.map((c) => c.role);
  const headers = own.map((c) => c.label || (isPart(c.role) ? added.parts[c.role] : ""));
  if (options.includeVerdict) {
    roles.push("verdict");
    headers.push(added.verdict);
  }
  if (options.includeCompletion) {
    roles.push("completion");
    headers.push(added.completion);
  }
  // Section titles go in the content column, or the first column after the number.
  const titleColumn = Math.max(
    roles.indexOf("content") >= 0 ? roles.indexOf("content") : roles.findIndex((r) => r !== "ordinal"),
    0,
  );

  const verdictText = (verdict: Verdict): string => labels[verdict];
  const completionText = (completion: number | null): string =>
    completion === null ? "" : formatPercent(completion, words.numbers);

  const taskCells = (task: TaskResult, verdict: Verdict): string[] =>
    roles.map((role) => {
      switch (role) {
        case "ordinal":
          return task.ordinal;
        case "content":
          return task.content;
        case "target":
          return task.target;
        case "result":
          return task.result;
        case "unit":
        case "note":
        case "evaluation":
        case "deadline":
          return task.extras[role] ?? "";
        case "verdict":
          return verdictText(verdict);
        case "completion":
          return completionText(task.completion);
      }
    });
  const subitemCells = (sub: SubitemResult): string[] =>
    roles.map((role) => {
      switch (role) {
        case "content":
          return sub.label;
        case "target":
          return sub.target;
        case "result":
          return sub.result;
        case "verdict":
          return verdictText(sub.verdict);
        case "completion":
          return completionText(sub.completion);
        default:
          return "";
      }
    });

  const rows: Omit<ReportRow, "lines" | "height">[] = [
    { kind: "header", cells: headers, bold: true, sourceRows: [table.headerRow], ordinal: "", verdict: null },
  ];
  const sectionsByRow = new Map(table.sections.map((s) => [s.row, s]));
  const tasksByRow = new Map(table.tasks.map((t) => [t.row, t]));
  const subitemsByRow = new Map(table.tasks.flatMap((t) => t.subitems.map((s) => [s.row, s] as const)));
  for (const info of table.rows) {
    if (info.kind === "section") {
      const section = sectionsByRow.get(info.row);
      if (!section) continue;
      const cells = roles.map(() => "");
      if (roles[0] === "ordinal" && titleColumn !== 0) {
        cells[0] = section.ordinal;
        cells[titleColumn] = section.title;
      } else {
        cells[titleColumn] = [section.ordinal, section.title].filter(Boolean).join(". ");
      }
      rows.push({
        kind: "section",
        cells,
        bold: true,
        sourceRows: [info.row],
        ordinal: section.ordinal,
        verdict: null,
      });
    } else if (info.kind === "task") {
      const task = tasksByRow.get(info.row);
      if (!task) continue;
      const verdict = task.verdict;
      rows.push({
        kind: "task",
        cells: taskCells(task, verdict),
        bold: false,
        sourceRows: task.rows,
        ordinal: task.ordinal,
        verdict,
      });
    } else if (info.kind === "subitem") {
      const sub = subitemsByRow.get(info.row);
      if (!sub) continue;
      rows.push({
        kind: "subitem",
        cells: subitemCells(sub),
        bold: false,
        sourceRows: [sub.row],
        ordinal: "",
        verdict: sub.verdict,
      });
    }
  }

  const orientation: ReportOrientation =
    options.orientation ?? (roles.length >= LANDSCAPE_FROM_COLUMNS ? "landscape" : "portrait");
  const paperWidth = orientation === "portrait" ? A4_MM.short : A4_MM.long;
  const printableWidthMm = paperWidth - REPORT_MARGINS_MM.left - REPORT_MARGINS_MM.right;
  const textLength = roles.map((_, c) => rows.reduce((sum, row) => sum + (row.cells[c]?.length ?? 0), 0));
  const widths = columnWidths(roles, textLength, characterBudget(printableWidthMm));
  const fontSize = 13;

  return {
    sheet: table.sheet,
    columns: roles.map((role, c) => ({
      role,
      label: headers[c] ?? "",
      width: widths[c] ?? MIN_TEXT_WIDTH,
      align:
        role === "ordinal" || role === "unit" || role === "verdict" || role === "completion"
          ? "center"
          : "left",
    })),
    rows: rows.map((row) => {
      const lines = Math.max(
        1,
        ...row.cells.map((text, c) => wrappedLines(text, widths[c] ?? MIN_TEXT_WIDTH, fontSize, row.bold)),
      );
      return { ...row, lines, height: rowHeight(lines) };
    }),
    page: {
      paper: "A4",
      paperSize: 9,
      orientation,
      marginsMm: REPORT_MARGINS_MM,
      printableWidthMm,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: [1, 1],
      pageNumbers: "top-center-except-first",
    },
    style: { fontName: "Times New Roman", fontSize, border: "thin", wrapText: true, vertical: "top" },
  };
}

/**
 * The sentence for the report body that agrees with the table: "đã thực hiện hoàn thành 20/26 nhiệm vụ,
 * đạt 76,92%; 05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26); 01 nhiệm vụ chưa có số liệu (số 4)". Groups with
 * no task are left out; task numbers are listed in table order. Pass a reviewed table (`applyReview`) to
 * count the reviewer's decisions.
 */
export function summarySentence(table: TableResult, wording: Wording): string {
  const words = wording.report;
  const tasks = table.tasks;
  if (tasks.length === 0) return words.none;
  const met = tasks.filter((t) => t.verdict === "met").length;
  const parts = [
    words.done(met, tasks.length, formatPercent(round((met / tasks.length) * 100, 2), wording.numbers)),
  ];
  for (const what of ["unmet", "no-data", "review"] as const) {
    const ordinals = tasks.filter((t) => t.verdict === what).map((t) => t.ordinal);
    if (ordinals.length > 0) parts.push(words.group(ordinals.length, what, ordinals.join(", ")));
  }
  return parts.join("; ");
}

/** The summary sentences of several tables, one line each, as the report body takes them. */
export function summaryText(tables: readonly TableResult[], wording: Wording): string {
  return tables.map((table) => summarySentence(table, wording)).join("\n");
}
