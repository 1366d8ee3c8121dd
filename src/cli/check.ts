/** One file from path to checked tables and findings: read, then hand every sheet to the engine. */
import * as path from "path";
import {
  checkSheet,
  finding,
  orphanFindings,
  type Finding,
  type Override,
  type Params,
  type Review,
  type Severity,
  type SheetInput,
  type TableResult,
} from "../core";
import { DEFAULT_LIMITS, type Limits } from "./limits";
import { describe, type Language } from "../i18n";
import { FILE_CODES, readInput, shortReason, type InputFormat } from "./read";
import type { StoredReview } from "./review-part";

/** A problem with a file or one of its sheets, already worded in the report language. */
export interface FileFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly params: Params;
  readonly sheet?: string;
  readonly cell?: string;
  /** Not worth a line of its own: a sheet without a table in a workbook where another sheet has one. */
  readonly quiet: boolean;
}

/** The reviewer's decisions a workbook stores, as par-check applied them (decisions and orphans as in core). */
export interface FileReview extends Pick<Review, "decisions" | "orphans"> {
  /** The decisions as stored, in part order. */
  readonly overrides: readonly Override[];
  /** The stored parts' XML, so that the annotated copy carries them unchanged. */
  readonly parts: readonly string[];
}

export interface FileReport {
  /** The file as given on the command line. */
  readonly file: string;
  readonly path: string;
  readonly format: InputFormat | null;
  readonly sheets: readonly SheetInput[];
  /** The checked tables, with the reviewer's decisions in place when the workbook stores any. */
  readonly tables: readonly TableResult[];
  readonly findings: readonly FileFinding[];
  /** null when the file stores no decisions (always for .csv and .tsv). */
  readonly review: FileReview | null;
}

/** Codes whose message already names the file. */
const NAMES_FILE: ReadonlySet<string> = new Set(FILE_CODES);

/** The one line on stderr for a finding: it always names the file. */
export function findingLine(report: Pick<FileReport, "file">, item: FileFinding): string {
  const message = item.message.replace(/\s*[\r\n]+\s*/g, " ");
  return NAMES_FILE.has(item.code) ? message : `${report.file}: ${message}`;
}

function isEmptySheet(sheet: SheetInput): boolean {
  return sheet.cells.every((row) =>
    row.every((cell) => {
      const value = cell !== null && typeof cell === "object" ? cell.value : cell;
      return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
    }),
  );
}

export async function checkFile(
  file: string,
  language: Language,
  limits: Limits = DEFAULT_LIMITS,
): Promise<FileReport> {
  const resolved = path.resolve(file);
  const read = await readInput(file, file, limits);
  if (!read.ok) {
    const issue = finding(read.issue.code, "error", read.issue.params);
    return {
      file,
      path: resolved,
      format: null,
      sheets: [],
      tables: [],
      findings: [{ ...worded(issue, language), quiet: false }],
      review: null,
    };
  }

  const overrides = read.review?.overrides ?? [];
  // Said once per file, before the sheets' findings: which encoding the text was read in, what was mended.
  const readFindings: FileFinding[] = read.encoding
    ? [{ ...worded(finding("text-encoding", "info", { encoding: read.encoding }), language), quiet: false }]
    : [];
  for (const mended of read.findings ?? []) readFindings.push({ ...worded(mended, language), quiet: false });
  const tables: TableResult[] = [];
  const sheetFindings: Omit<FileFinding, "quiet">[] = [];
  const emptySheets = new Set<string>();
  const reviews: Review[] = [];
  const checkedSheets = new Set<string>();
  for (const sheet of read.sheets) {
    const name = sheet.sheetName ?? "";
    if (isEmptySheet(sheet)) emptySheets.add(name);
    try {
      const { result, review } = checkSheet(sheet, { overrides });
      tables.push(...result.tables);
      reviews.push(review);
      checkedSheets.add(result.sheet);
      const place = result.sheet || name;
      for (const f of result.findings) sheetFindings.push({ ...worded(f, language), sheet: place });
    } catch (error) {
      const issue = finding("engine-error", "error", { sheet: name, detail: shortReason(error) });
      sheetFindings.push({ ...worded(issue, language), sheet: name });
    }
  }

  const anyTable = tables.length > 0;
  const multiSheet = read.sheets.length > 1;
  const findings = sheetFindings.map((f): FileFinding => {
    const noTable = f.code === "no-table";
    // An empty extra sheet ("Sheet2") is never news; a sheet without a table is news only when no sheet had one.
    const quiet = noTable && (anyTable || (multiSheet && emptySheets.has(f.sheet ?? "")));
    return { ...f, ...(quiet ? { severity: "info" as const } : {}), quiet };
  });
  const base = { file, path: resolved, format: read.format, sheets: read.sheets };
  if (!read.review) return { ...base, tables, findings: [...readFindings, ...findings], review: null };
  // Decisions on a sheet that is gone, or whose check failed, reach no checkSheet call: orphans too.
  const lost = read.review.overrides.filter((o) => !checkedSheets.has(o.sheet));
  const reviewed = reviewFindings(read.review, reviews, lost, language);
  return { ...base, tables, ...reviewed, findings: [...findings, ...reviewed.findings] };
}

/** A finding in the report language, with its place on the sheet when it has one. */
function worded(f: Finding, language: Language): Omit<FileFinding, "quiet"> {
  return {
    code: f.code,
    severity: f.severity,
    message: describe(f, language),
    params: f.params,
    ...(f.cell === undefined ? {} : { cell: f.cell }),
  };
}

/**
 * The sheets' reviews as one, in the order one review of the whole file would give: the stored part's own
 * findings, stale decisions table by table, then orphans in the order they are stored.
 */
function reviewFindings(
  stored: StoredReview,
  reviews: readonly Review[],
  lost: readonly Override[],
  language: Language,
): Pick<FileReport, "findings" | "review"> {
  const position = new Map(stored.overrides.map((o, i) => [o, i]));
  const orphans = [...reviews.flatMap((r) => r.orphans), ...lost].sort(
    (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
  const stale = reviews.flatMap((r) => r.findings.filter((f) => f.code === "review-stale"));
  const decisions = reviews.flatMap((r) => r.decisions);
  const findings = [...stored.findings, ...stale, ...orphanFindings(orphans)].map((f): FileFinding => {
    const sheet = f.code === "review-stale" ? f.params.sheet : undefined;
    return { ...worded(f, language), ...(sheet === undefined ? {} : { sheet }), quiet: false };
  });
  return { findings, review: { overrides: stored.overrides, decisions, orphans, parts: stored.parts } };
}
