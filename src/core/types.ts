/** Plain data shapes shared by the engine and everything built on it. */
import type { Finding, Reason } from "./issues";

/** A cell value as Excel gives it. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  readonly value: CellValue;
  /** The displayed text ("83,33%" for 0.8333), where the host knows it. */
  readonly text?: string;
  /** The number format ("0.00%"), where the host knows it. */
  readonly numberFormat?: string;
}

/** A cell as input: a full cell, a bare value, or nothing. */
export type CellInput = Cell | CellValue | undefined;

/** A merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetInput {
  /** Rows of cells; rows may have different lengths. */
  readonly cells: readonly (readonly CellInput[])[];
  readonly merges?: readonly MergedArea[];
  /** Where grid cell [0][0] sits on the sheet, 0-based (a used range starting at C5 is {row: 4, column: 2}). */
  readonly origin?: { readonly row: number; readonly column: number };
  readonly sheetName?: string;
}

export interface NumberStyle {
  readonly decimal: "," | ".";
  readonly thousands: "." | "," | " ";
}

export interface EngineOptions {
  /** How numbers written as text are read. Vietnamese by default: 1.240,5 */
  readonly numberStyle?: NumberStyle;
}

export type Verdict = "met" | "unmet" | "no-data" | "review";
export const VERDICTS: readonly Verdict[] = ["met", "unmet", "no-data", "review"];

export type Severity = "error" | "warning" | "info";

/** A parameter of a finding or reason, as JSON carries it. */
export type ParamValue = string | number;
export type Params = Readonly<Record<string, ParamValue>>;

export type ColumnRole =
  | "ordinal"
  | "content"
  | "target"
  | "result"
  | "unit"
  | "note"
  | "evaluation"
  /** "Thời gian hoàn thành": the target's deadline in a column of its own. */
  | "deadline";

/** Columns whose text a task keeps as it is, beside its target and result. */
export type ExtraRole = "unit" | "note" | "evaluation" | "deadline";

export interface ColumnInfo {
  readonly role: ColumnRole;
  /** 0-based sheet column. */
  readonly column: number;
  /** Column letter on the sheet ("C"). */
  readonly letter: string;
  /** The header text as written. */
  readonly label: string;
}

export type RowKind =
  | "header"
  | "column-index"
  | "section"
  | "task"
  | "continuation"
  | "subitem"
  | "blank"
  | "note"
  | "unrecognized";

export interface RowInfo {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  /** For continuation and subitem rows: the 1-based row of the task they belong to. */
  readonly taskRow?: number;
}

/** How a target or a result reads. A closed set: downstream code switches over it. */
export type ReadingKind =
  "percent" | "fraction" | "count" | "threshold" | "range" | "zero" | "qualitative" | "none" | "unparsed";

export type Comparator = "gte" | "gt" | "lte" | "lt" | "eq" | "approx";

/** Words that change what a phrase means, whatever its numbers say. */
export type Status =
  /** "chưa đạt", "không hoàn thành" */
  | "negated"
  /** "Chưa thống kê được", "chưa có số liệu" */
  | "no-data"
  /** "đang thực hiện", "đang đề nghị" */
  | "in-progress"
  /** "không phát sinh" */
  | "not-arising"
  /** "Tuy nhiên, có một số chỉ tiêu chưa đạt", "còn hạn chế" */
  | "caveat"
  /** "Đã thực hiện xong", "đảm bảo đúng quy định", "thực hiện tốt" */
  | "done"
  /** An action reported without a judgement of its own ("Ban hành Kế hoạch số …") */
  | "reported";

export interface Quantity {
  /** The number as read: 83.3 for "83,3%". Percentages are in percent units. */
  readonly value: number;
  readonly comparator: Comparator;
  readonly unit: "%" | "count" | "number";
  /** The counted noun for counts ("sáng kiến"), normalised without diacritics. */
  readonly noun?: string;
  /** The upper bound, for ranges. */
  readonly high?: number;
  /** Written as a shortfall: "chưa đạt 100%" means below 100. */
  readonly negated?: boolean;
  /** A change rather than a level: "tăng tối thiểu 10% so với năm 2023", "giảm 1,5%". */
  readonly relative?: boolean;
  /** Which way a change goes, where a change word says so: "tăng 10%" rises, "giảm 1,5%" falls. */
  readonly change?: "rise" | "fall";
  /** The level a change starts from: the 4,12% of "giảm từ 4,12% xuống còn 2,3%". */
  readonly start?: true;
  /** A count per period: "01 lần/quý" is per "quy" (folded: quy, thang, tuan, nam). */
  readonly per?: string;
  /**
   * A share of the plan rather than a level: "vượt 5% so với chỉ tiêu" is 105% of the plan, whatever the
   * plan's unit.
   */
  readonly basis?: "plan";
  /** Decimals as written, to judge rounding. */
  readonly decimals: number;
  /** The matched text, as written. */
  readonly source: string;
}

export interface Fraction {
  readonly done: number;
  readonly total: number;
  readonly source: string;
}

/** A day as written: the year may be missing ("trước 31/12"); the end of a quarter or month stands for it. */
export interface DateMark {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly source: string;
}

/** What every reading holds, whatever its kind. */
interface ReadingBase {
  /** The phrase as read (normalised). */
  readonly text: string;
  /** Every percentage written in the phrase, in order. */
  readonly percents: readonly Quantity[];
  /** Status words; a target is read for what it asks, so its statuses are always empty. */
  readonly statuses: readonly Status[];
  /** The words that set each status, as written, for reasons. */
  readonly evidence: Readonly<Partial<Record<Status, string>>>;
  /**
   * The figure is a ceiling: a level of something that should stay low ("tỷ lệ hồ sơ trễ hạn 2%",
   * "hộ nghèo còn 3,5%"), not a cut in it ("giảm 1,5%").
   */
  readonly ceiling: boolean;
  /** The phrase states that something bad does not happen ("Không có hồ sơ quá hạn"): what. */
  readonly zeroOf?: string;
}

/** Nothing written ("", "-"), or something that is no phrase (an error value, "x"). */
export interface BlankReading extends ReadingBase {
  readonly kind: "none" | "unparsed";
}

/** Words without a figure; a target may set a deadline ("trước ngày 15/12/2024", "Quý I/2024"). */
export interface QualitativeReading extends ReadingBase {
  readonly kind: "qualitative";
  readonly deadline?: DateMark;
}

/** "Không có hồ sơ quá hạn": none of a bad thing. */
export interface ZeroReading extends ReadingBase {
  readonly kind: "zero";
  readonly zeroOf: string;
}

/** A figure: a percentage, a bound on one, a count, a range. */
export interface FigureReading extends ReadingBase {
  readonly kind: "percent" | "threshold" | "count" | "range";
  readonly quantity: Quantity;
  /**
   * Amounts written beside the percentage ("1.763 tỷ đồng, đạt 91,72%"), which answer a target in their
   * unit; only where the percentage is the quantity and amounts were written.
   */
  readonly amounts?: readonly Quantity[];
}

/** "5/6": done of total, with the percentage it makes as the quantity. */
export interface FractionReading extends ReadingBase {
  readonly kind: "fraction";
  readonly quantity: Quantity;
  readonly fraction: Fraction;
}

/** How a target or a result reads. A closed union: downstream code switches over `kind`. */
export type Reading = BlankReading | QualitativeReading | ZeroReading | FigureReading | FractionReading;

export interface TaskResult {
  /** The number as written ("1", "1.2"). */
  readonly ordinal: string;
  /** 1-based sheet row of the task's first row. */
  readonly row: number;
  /** All rows of the task, continuation rows included. */
  readonly rows: readonly number[];
  readonly section: string | null;
  readonly content: string;
  readonly target: string;
  readonly result: string;
  readonly verdict: Verdict;
  /**
   * Progress toward the target, 0–100 with 2 decimals: x/y for fractions, actual/target (capped) for rates
   * and counts, 100 for a task met on its wording; null where nothing numeric supports a figure.
   */
  readonly completion: number | null;
  readonly reasons: readonly Reason[];
  readonly subitems: readonly SubitemResult[];
  /** Extra columns: unit, note and the table's own evaluation where present. */
  readonly extras: Readonly<Partial<Record<ExtraRole, string>>>;
  /** A1 addresses of the task's cells. */
  readonly cells: {
    readonly ordinal: string;
    readonly target: string;
    readonly result: string;
  };
}

export interface SubitemResult {
  readonly row: number;
  readonly label: string;
  readonly target: string;
  readonly result: string;
  readonly verdict: Verdict;
  readonly completion: number | null;
  readonly reasons: readonly Reason[];
}

export interface VerdictCounts {
  readonly tasks: number;
  readonly met: number;
  readonly unmet: number;
  readonly noData: number;
  readonly review: number;
  /** Tasks met as a share of all tasks, 0–100 with 2 decimals; null for no tasks. */
  readonly percentMet: number | null;
  /** Mean completion over tasks that have one; null when none has. */
  readonly meanCompletion: number | null;
}

export interface SectionResult {
  /** The section's label as written ("I", "A"), or "" for tasks before any section. */
  readonly ordinal: string;
  readonly title: string;
  readonly row: number | null;
  /** First rows of the tasks the section counts, its sub-sections' included. */
  readonly taskRows: readonly number[];
  readonly summary: VerdictCounts;
}

export interface TableResult {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet rows of the first and last row the table spans. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based sheet columns of the table's first and last column. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** 0-based sheet column where added columns can go: right of the table, empty on every row it spans. */
  readonly freeColumn: number;
  readonly columns: readonly ColumnInfo[];
  readonly tasks: readonly TaskResult[];
  readonly sections: readonly SectionResult[];
  readonly summary: VerdictCounts;
  readonly findings: readonly Finding[];
  readonly rows: readonly RowInfo[];
}

export interface SheetResult {
  readonly sheet: string;
  readonly tables: readonly TableResult[];
  /** Sheet-level findings: no-table, no-target-column, no-result-column. */
  readonly findings: readonly Finding[];
}
