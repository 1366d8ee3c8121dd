/** One file from path to checked tables and findings: read, then hand every sheet to the engine. */
import * as path from "path";
import {
  analyzeSheet,
  applyReview,
  describe,
  type FindingCode,
  type Language,
  type Override,
  type Params,
  type Review,
  type Severity,
  type SheetInput,
  type TableResult,
} from "../core";
import { readInput, shortReason, type InputFormat } from "./read";
import type { StoredReview } from "./review-part";
import { TEXTS } from "./texts";

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
const FILE_CODES: ReadonlySet<string> = new Set<FindingCode>([
  "file-not-found",
  "unsupported-format",
  "unreadable",
  "password-protected",
  "empty-file",
]);

/** The one line on stderr for a finding: it always names the file. */
export function findingLine(report: Pick<FileReport, "file">, finding: FileFinding): string {
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, " ");
  return FILE_CODES.has(finding.code) ? message : `${report.file}: ${message}`;
}

function isEmptySheet(sheet: SheetInput): boolean {
  return sheet.cells.every((row) =>
    row.every((cell) => {
      const value = cell !== null && typeof cell === "object" ? cell.value : cell;
      return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
    }),
  );
}

export async function checkFile(file: string, language: Language): Promise<FileReport> {
  const resolved = path.resolve(file);
  const read = await readInput(file, language, file);
  if (!read.ok) {
    return {
      file,
      path: resolved,
      format: null,
      sheets: [],
      tables: [],
      findings: [
        {
          code: read.issue.code,
          severity: "error",
          message: describe(read.issue, language),
          params: read.issue.params,
          quiet: false,
        },
      ],
      review: null,
    };
  }

  const tables: TableResult[] = [];
  const sheetFindings: Omit<FileFinding, "quiet">[] = [];
  const emptySheets = new Set<string>();
  for (const sheet of read.sheets) {
    const name = sheet.sheetName ?? "";
    if (isEmptySheet(sheet)) emptySheets.add(name);
    try {
      const result = analyzeSheet(sheet);
      tables.push(...result.tables);
      for (const finding of result.findings) {
        sheetFindings.push({
          code: finding.code,
          severity: finding.severity,
          message: describe(finding, language),
          params: finding.params,
          sheet: result.sheet || name,
          ...(finding.cell === undefined ? {} : { cell: finding.cell }),
        });
      }
    } catch (error) {
      sheetFindings.push({
        code: "engine-error",
        severity: "error",
        message: TEXTS[language].report.engineFailed(name, shortReason(error)),
        params: { sheet: name, detail: shortReason(error) },
        sheet: name,
      });
    }
  }

  const anyTable = tables.length > 0;
  const multiSheet = read.sheets.length > 1;
  const findings = sheetFindings.map((finding): FileFinding => {
    const noTable = finding.code === "no-table";
    // An empty extra sheet ("Sheet2") is never news; a sheet without a table is news only when no sheet had one.
    const quiet = noTable && (anyTable || (multiSheet && emptySheets.has(finding.sheet ?? "")));
    return { ...finding, ...(quiet ? { severity: "info" as const } : {}), quiet };
  });
  const base = { file, path: resolved, format: read.format, sheets: read.sheets };
  if (!read.review) return { ...base, tables, findings, review: null };
  const reviewed = reviewTables(tables, read.review, language);
  return { ...base, ...reviewed, findings: [...findings, ...reviewed.findings] };
}

/** The stored decisions laid over the tables, with their findings worded for the report. */
function reviewTables(
  tables: readonly TableResult[],
  stored: StoredReview,
  language: Language,
): Pick<FileReport, "tables" | "findings" | "review"> {
  const applied = applyReview(tables, stored.overrides);
  const findings = [...stored.findings, ...applied.findings].map((f): FileFinding => {
    const sheet = f.code === "review-stale" ? String(f.params.sheet) : undefined;
    return {
      code: f.code,
      severity: f.severity,
      message: describe(f, language),
      params: f.params,
      ...(sheet === undefined ? {} : { sheet }),
      ...(f.cell === undefined ? {} : { cell: f.cell }),
      quiet: false,
    };
  });
  const { decisions, orphans } = applied;
  return {
    tables: applied.tables,
    findings,
    review: { overrides: stored.overrides, decisions, orphans, parts: stored.parts },
  };
}
