/**
 * Findings and reasons as data: a code and the parameters its message needs, typed per code, so that an
 * emitter and a language's template cannot disagree. Texts are made at the edge (`src/i18n`).
 */
import type { Severity, Verdict } from "./types";

/** Findings about the table, the sheet, or the file. */
export const FINDING_CODES = [
  "numbering-gap",
  "numbering-duplicate",
  "missing-target",
  "missing-result",
  "percent-mismatch",
  "continuation-merged",
  "subitem-attached",
  "result-column-chosen",
  "column-chosen",
  "column-inferred",
  "results-only",
  "text-encoding",
  "legacy-font",
  "merge-overlap",
  "repeated-header",
  "unrecognized-row",
  "shared-merged-cell",
  "evaluation-disagrees",
  "plan-claim-disagrees",
  "review-stale",
  "review-orphaned",
  "review-unreadable",
  "no-table",
  "no-target-column",
  "no-result-column",
  "file-not-found",
  "unsupported-format",
  "unreadable",
  "password-protected",
  "empty-file",
  "engine-error",
] as const;

/** Reasons behind a verdict. */
export const REASON_CODES = [
  "rate-meets",
  "rate-below",
  "limit-meets",
  "limit-exceeded",
  "fraction-meets",
  "fraction-below",
  "count-meets",
  "count-below",
  "range-meets",
  "range-below",
  "approx-meets",
  "approx-below",
  "plan-share-meets",
  "plan-share-below",
  "bound-below-target",
  "bound-undecided",
  "negated-result",
  "no-data-result",
  "empty-result",
  "in-progress-result",
  "pending-note",
  "not-arising",
  "not-arising-existence",
  "caveat-result",
  "caveat-with-numbers",
  "qualitative-done",
  "qualitative-restates",
  "qualitative-unclear",
  "qualitative-for-rate",
  "no-number-in-result",
  "number-without-target",
  "zero-met",
  "zero-unmet",
  "existence-met",
  "existence-unmet",
  "target-missing",
  "target-unclear",
  "units-differ",
  "relative-target",
  "relative-result",
  "relative-only",
  "change-opposite",
  "derived-from-start",
  "deadline-met",
  "deadline-missed",
  "deadline-no-date",
  "per-period-meets",
  "per-period-review",
  "per-period-unmet",
  "fraction-percent-mismatch",
  "number-read-as-share",
  "subitems-rollup",
  "evaluation-stated",
  "reviewer-confirmed",
  "reviewer-changed",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type ReasonCode = (typeof REASON_CODES)[number];
export type MessageCode = FindingCode | ReasonCode;
export const MESSAGE_CODES: readonly MessageCode[] = [...FINDING_CODES, ...REASON_CODES];

/**
 * A target as reasons show it: operator ("≥", "" for a plain level), value, unit ("%", a counted noun,
 * "lần/quý") and the top of a range.
 */
export type TargetShown = {
  readonly op: string;
  readonly tv: number | string;
  readonly tu: string;
  readonly th?: number;
};

/** A figure from the result, against a target. `actual` is a number, or the words that bound it. */
type Against = TargetShown & { readonly actual: number | string; readonly noun?: string };
type Quoted = { readonly phrase: string };

export type ReasonParams = {
  readonly "rate-meets": Against & { readonly phrase?: string };
  readonly "rate-below": Against;
  readonly "limit-meets": Against;
  readonly "limit-exceeded": Against;
  readonly "fraction-meets": TargetShown & {
    readonly done: number;
    readonly total: number;
    readonly percent: number;
  };
  readonly "fraction-below": TargetShown & {
    readonly done: number;
    readonly total: number;
    readonly percent: number;
  };
  readonly "count-meets": Against;
  readonly "count-below": Against;
  readonly "range-meets": Against;
  readonly "range-below": Against;
  readonly "approx-meets": Against;
  readonly "approx-below": Against;
  /** "vượt 5% so với chỉ tiêu": `share` is the result as a percentage of the plan (105). */
  readonly "plan-share-meets": Quoted & { readonly share: number };
  readonly "plan-share-below": Quoted & { readonly share: number };
  readonly "bound-below-target": TargetShown & Quoted;
  readonly "bound-undecided": TargetShown & Quoted;
  readonly "negated-result": Quoted;
  readonly "no-data-result": Quoted;
  readonly "empty-result": Record<string, never>;
  readonly "in-progress-result": Quoted;
  readonly "pending-note": Quoted;
  readonly "not-arising": Quoted;
  readonly "not-arising-existence": Quoted;
  readonly "caveat-result": Quoted;
  readonly "caveat-with-numbers": Quoted;
  readonly "qualitative-done": Quoted;
  readonly "qualitative-restates": Record<string, never>;
  readonly "qualitative-unclear": Quoted;
  readonly "qualitative-for-rate": TargetShown & Quoted;
  readonly "no-number-in-result": TargetShown;
  readonly "number-without-target": { readonly value: string };
  readonly "zero-met": { readonly thing: string };
  readonly "zero-unmet": { readonly thing: string; readonly actual: string };
  readonly "existence-met": Quoted & { readonly noun: string } & Partial<TargetShown> & {
      readonly actual?: string;
    };
  readonly "existence-unmet": { readonly noun: string };
  readonly "target-missing": Record<string, never>;
  readonly "target-unclear": Quoted;
  readonly "units-differ": TargetShown & { readonly actual: string };
  readonly "relative-target": TargetShown & { readonly actual: string };
  /** A level to reach ("Còn dưới 3%") answered by a change ("giảm 0,5%"), with no starting level. */
  readonly "relative-result": TargetShown & { readonly actual: string };
  /** A change or a comparison with the past ("tăng 6,7% so với năm 2023") and no figure to set it against. */
  readonly "relative-only": Quoted;
  /** A change asked one way (`direction`) and made the other ("tăng 0,15%" against "giảm 0,2%"). */
  readonly "change-opposite": TargetShown & { readonly actual: string; readonly direction: "rise" | "fall" };
  /** A level and a change told apart by the starting level: `start` `direction` by `change` to `level`. */
  readonly "derived-from-start": {
    readonly start: number;
    readonly level: number;
    readonly change: number;
    readonly direction: "rise" | "fall";
  };
  readonly "deadline-met": { readonly date: string; readonly deadline: string };
  readonly "deadline-missed": { readonly date: string; readonly deadline: string };
  readonly "deadline-no-date": { readonly deadline: string };
  readonly "per-period-meets": TargetShown & {
    readonly period: string;
    readonly annual: number;
    readonly actual: string;
  };
  readonly "per-period-review": TargetShown & {
    readonly period: string;
    readonly annual: number;
    readonly actual: string;
  };
  /** A count per period against a target's ("02 lần/tháng" against "01 lần/tuần"), both as a year's worth. */
  readonly "per-period-unmet": TargetShown & {
    readonly period: string;
    readonly annual: number;
    readonly actual: string;
    readonly actualAnnual: number;
  };
  readonly "fraction-percent-mismatch": {
    readonly stated: number;
    readonly done: number;
    readonly total: number;
    readonly computed: number;
  };
  readonly "number-read-as-share": { readonly raw: string; readonly percent: number };
  readonly "subitems-rollup": { readonly met: number; readonly total: number };
  readonly "evaluation-stated": Quoted;
  readonly "reviewer-confirmed": ReviewerParams;
  readonly "reviewer-changed": ReviewerParams;
};

type ReviewerParams = {
  readonly verdict: Verdict;
  readonly computed: Verdict;
  readonly comment?: string;
  readonly reviewer?: string;
};

/** Why a file could not be read, as a code the languages word. */
export const FILE_PROBLEMS = [
  "pdf",
  "old-xls",
  "ods",
  "xlsb",
  "strict-ooxml",
  "zip-not-xlsx",
  "binary",
  "workbook-as-text",
  "text",
  "extension",
  "directory",
  "damaged-zip",
  "no-worksheets",
  "not-utf8",
  "csv-syntax",
  "cannot-open",
  "too-large",
  "xml-dtd",
  "other",
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/**
 * A file problem's parameters: `ext` for "extension", `line` for "csv-syntax", and `reason` (a host's own
 * message, such as "EACCES") for "cannot-open" and "other".
 */
type FileDetail = {
  readonly file: string;
  readonly detail: FileProblem;
  readonly ext?: string;
  readonly line?: number;
  readonly reason?: string;
  /** For "too-large": the limit gone over, what the file has and the limit. */
  readonly limit?: string;
  readonly value?: number;
  readonly max?: number;
  /** For "xml-dtd": the part of the workbook that declares one. */
  readonly part?: string;
};

export type FindingParams = {
  readonly "numbering-gap": { readonly previous: string; readonly ordinal: string; readonly missing: string };
  readonly "numbering-duplicate": { readonly ordinal: string; readonly firstRow: number };
  readonly "missing-target": { readonly ordinal: string };
  readonly "missing-result": { readonly ordinal: string };
  readonly "percent-mismatch": ReasonParams["fraction-percent-mismatch"] & { readonly ordinal: string };
  readonly "continuation-merged": { readonly row: number; readonly ordinal: string };
  readonly "subitem-attached": { readonly row: number; readonly ordinal: string };
  readonly "result-column-chosen": {
    readonly letter: string;
    readonly label: string;
    readonly otherLetter: string;
    readonly otherLabel: string;
    readonly basis: "same-period" | "after-target" | "first";
  };
  /** Two columns could be the task or the target: the one whose label says it most, else the first. */
  readonly "column-chosen": {
    readonly role: "content" | "target";
    readonly letter: string;
    readonly label: string;
    readonly otherLetter: string;
    readonly otherLabel: string;
    readonly basis: "label-words" | "first";
  };
  /** A part no label names, taken from the column whose cells read like it: `count` of `total` cells. */
  readonly "column-inferred": {
    readonly role: "ordinal" | "content" | "target" | "result";
    readonly letter: string;
    readonly label: string;
    readonly count: number;
    readonly total: number;
  };
  /** No target column: results stated as a share of the plan are judged by it, the others on their wording. */
  readonly "results-only": {
    readonly sheet: string;
    readonly row: number;
    readonly planShares: number;
    readonly total: number;
  };
  /** A .csv or .tsv read in an encoding other than UTF-8. */
  readonly "text-encoding": { readonly encoding: "utf-16le" | "utf-16be" | "windows-1258" };
  /** Text typed with an old font (TCVN3, VNI), read after converting it to Unicode: `count` cells. */
  readonly "merge-overlap": { readonly sheet: string; readonly range: string; readonly other: string };
  readonly "legacy-font": {
    readonly sheet: string;
    readonly encoding: "tcvn3" | "vni";
    readonly count: number;
    readonly cells: string;
  };
  readonly "repeated-header": { readonly row: number };
  readonly "unrecognized-row": { readonly row: number; readonly text: string };
  readonly "shared-merged-cell": { readonly ordinal: string; readonly cell: string };
  readonly "evaluation-disagrees": {
    readonly ordinal: string;
    readonly stated: string;
    readonly verdict: Verdict;
  };
  readonly "plan-claim-disagrees": {
    readonly ordinal: string;
    readonly done: number;
    readonly total: number;
    readonly tasks: number;
    readonly met: number;
  };
  readonly "review-stale": {
    readonly sheet: string;
    readonly ordinal: string;
    readonly before: Verdict;
    readonly verdict: Verdict;
  };
  readonly "review-orphaned": {
    readonly sheet: string;
    readonly row: number;
    readonly ordinal: string;
    readonly content: string;
    readonly verdict: Verdict;
  };
  /** "part": the stored part; "namespace": not our document; "entry": decision number `index`. */
  readonly "review-unreadable": {
    readonly detail: "part" | "namespace" | "entry" | "doctype";
    readonly index?: number;
  };
  readonly "no-table": { readonly sheet: string; readonly nearest?: string; readonly nearestRow?: number };
  readonly "no-target-column": { readonly sheet: string; readonly row: number; readonly found: string };
  readonly "no-result-column": { readonly sheet: string; readonly row: number; readonly found: string };
  readonly "file-not-found": { readonly file: string };
  readonly "unsupported-format": FileDetail;
  readonly unreadable: FileDetail;
  readonly "password-protected": { readonly file: string };
  readonly "empty-file": { readonly file: string };
  /** A programming error while checking a sheet: the run goes on with the other sheets. */
  readonly "engine-error": { readonly sheet: string; readonly detail: string };
};

/** A reason: a code with exactly the parameters its templates read. */
export type Reason = {
  readonly [C in ReasonCode]: { readonly code: C; readonly params: ReasonParams[C] };
}[ReasonCode];

/** Where on the sheet a finding points, where it points anywhere. */
interface Place {
  readonly severity: Severity;
  /** A1 address of the cell concerned, where there is one. */
  readonly cell?: string;
  /** 1-based sheet row, where there is one. */
  readonly row?: number;
}

export type Finding = {
  readonly [C in FindingCode]: { readonly code: C; readonly params: FindingParams[C] } & Place;
}[FindingCode];

/** Either kind of issue: what `describe` words. */
export type Issue = Reason | Finding;

export function reason<C extends ReasonCode>(code: C, params: ReasonParams[C]): Reason {
  // A correlated union: TypeScript cannot see that this pair is one of Reason's members.
  return { code, params } as unknown as Reason;
}

/** A finding with its place on the sheet, where it has one. */
export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  params: FindingParams[C],
  row?: number,
  cell?: string,
): Finding {
  const out: { code: C; severity: Severity; params: FindingParams[C]; row?: number; cell?: string } = {
    code,
    severity,
    params,
  };
  if (row !== undefined) out.row = row;
  if (cell !== undefined) out.cell = cell;
  // The same correlated union as in `reason`.
  return out as unknown as Finding;
}
