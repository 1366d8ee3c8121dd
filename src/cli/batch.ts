/**
 * Many units at once (`par-check DIR… --summary summary.xlsx`): every unit's file is checked in turn and
 * reduced at once to a small UnitSummary — its counts and its flagged tasks (unmet, no-data, review) as
 * plain strings — so that the run holds one file's grid at a time however many files there are. At the end
 * the consolidated workbook is streamed to disk with ExcelJS's WorkbookWriter: a ranked summary sheet first
 * (it needs every unit's counts, so it can only be written once all files are read), then one sheet per
 * unit, each committed and released as it is written.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { decisionKey, type Decision, type TableResult, type TaskResult, type Verdict } from "../core";
import { CLI, describe, ENGINE, type Language } from "../i18n";
import type { FileReport } from "./check";
import { breakName, CONTINUATION, displayWidth } from "./render";
import { unitName } from "./unit-name";
import { VERDICT_STYLES, safeSheetName } from "./write";
import { writeReason } from "./write-failure";

// ---------------------------------------------------------------------------------------------------------
// Inputs

/** Extensions a directory walk picks up. */
export const BATCH_EXTENSIONS: readonly string[] = [".xlsx", ".csv", ".tsv"];

export interface ExpandOptions {
  /** Files never taken from a directory: the summary workbook, the --out file. */
  readonly skip?: readonly string[];
  /** A directory whose *.checked.xlsx files are par-check's own annotated copies (the --out directory). */
  readonly outDirectory?: string;
}

export interface ExpandedInputs {
  /** Files to check, in order: each argument in turn, a directory's files sorted by path. */
  readonly files: readonly string[];
  /** Directories that held no file to check. */
  readonly emptyDirectories: readonly string[];
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/** Every .xlsx/.csv/.tsv under `directory`, recursively, skipping Office lock files (`~$…`). */
async function walk(directory: string, keep: (file: string) => boolean, found: string[]): Promise<void> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await walk(full, keep, found);
    else if (entry.isFile() && !entry.name.startsWith("~$") && keep(full)) found.push(full);
  }
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files named by the command line: a file stays as given (a missing one is reported when checked), a
 * directory becomes every spreadsheet inside it, sorted by path.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: ExpandOptions = {},
): Promise<ExpandedInputs> {
  const skip = new Set((options.skip ?? []).map((file) => path.resolve(file)));
  const outDirectory = options.outDirectory === undefined ? null : path.resolve(options.outDirectory);
  const keep = (file: string): boolean => {
    const resolved = path.resolve(file);
    if (skip.has(resolved)) return false;
    if (outDirectory !== null && path.dirname(resolved) === outDirectory && /\.checked\.xlsx$/i.test(file))
      return false;
    return BATCH_EXTENSIONS.includes(path.extname(file).toLowerCase());
  };
  const files: string[] = [];
  const emptyDirectories: string[] = [];
  for (const input of inputs) {
    if (!(await isDirectory(input))) {
      files.push(input);
      continue;
    }
    const found: string[] = [];
    try {
      await walk(input, keep, found);
    } catch {
      // An unreadable subdirectory: what was found so far still counts.
    }
    if (found.length === 0) emptyDirectories.push(input);
    files.push(...found.sort(byPath));
  }
  return { files, emptyDirectories };
}

// ---------------------------------------------------------------------------------------------------------
// One unit

export interface UnitCounts {
  readonly tasks: number;
  readonly met: number;
  readonly unmet: number;
  readonly noData: number;
  readonly review: number;
  /** Met as a share of tasks, 0–1; null when the unit has no numbered task. */
  readonly shareMet: number | null;
  /** Notes on the tables (numbering gaps, empty targets…) and file-level findings. */
  readonly findings: number;
  /** Reviewer's decisions applied (confirmations included); the counts above include them. */
  readonly decisions: number;
}

/** A task that needs a reviewer's eye, as the unit's sheet shows it. */
export interface FlaggedTask {
  readonly ordinal: string;
  readonly section: string;
  readonly content: string;
  readonly target: string;
  readonly result: string;
  readonly verdict: Verdict;
  readonly reasons: string;
  /** “Phụ lục!A35”: where the task's number sits. */
  readonly cell: string;
  /** A reviewer set the verdict, other than the engine's. */
  readonly overridden: boolean;
  /** The reviewer's comment and name, when a reviewer decided on the task; else "". */
  readonly comment: string;
}

export interface UnitSummary {
  readonly file: string;
  readonly name: string;
  readonly counts: UnitCounts;
  readonly flagged: readonly FlaggedTask[];
}

export interface UnitFailure {
  readonly file: string;
  readonly reason: string;
}

export type UnitOutcome =
  { readonly ok: true; readonly unit: UnitSummary } | { readonly ok: false; readonly failure: UnitFailure };

const FLAGGED: ReadonlySet<Verdict> = new Set<Verdict>(["unmet", "no-data", "review"]);

/** A fresh copy of a string, so that a kept field does not keep a large parent string alive. */
function own(text: string): string {
  return (" " + text).slice(1);
}

/**
 * One checked file reduced to what the summary keeps. The report's tables already carry the reviewer's
 * decisions the workbook stores, so the counts include them.
 */
export function summarizeReport(report: FileReport, language: Language): UnitOutcome {
  if (report.tables.length === 0) {
    const loud = report.findings.filter((f) => !f.quiet);
    const reasons = (loud.length > 0 ? loud : report.findings).map((f) =>
      f.message.replace(/\s*[\r\n]+\s*/g, " "),
    );
    const reason = reasons.length > 0 ? reasons.join(" ") : CLI[language].batch.noTable;
    return { ok: false, failure: { file: report.file, reason } };
  }

  let tasks = 0;
  const tally: Record<Verdict, number> = { met: 0, unmet: 0, "no-data": 0, review: 0 };
  let findings = report.findings.filter((f) => !f.quiet).length;
  const flagged: FlaggedTask[] = [];
  const decisions = new Map((report.review?.decisions ?? []).map((d) => [decisionKey(d.sheet, d.row), d]));
  for (const table of report.tables) {
    findings += table.findings.length;
    for (const task of table.tasks) {
      tasks++;
      tally[task.verdict]++;
      const decision = decisions.get(decisionKey(table.sheet, task.row));
      if (FLAGGED.has(task.verdict)) flagged.push(flaggedTask(table, task, decision, language));
    }
  }
  return {
    ok: true,
    unit: {
      file: report.file,
      name: unitName(report.file, report.sheets, report.tables),
      counts: {
        tasks,
        met: tally.met,
        unmet: tally.unmet,
        noData: tally["no-data"],
        review: tally.review,
        shareMet: tasks === 0 ? null : tally.met / tasks,
        findings,
        decisions: decisions.size,
      },
      flagged,
    },
  };
}

/** The reasons a reviewer's decision adds to a task: the sheet has a column of its own for them. */
const REVIEWER_REASONS: ReadonlySet<string> = new Set(["reviewer-changed", "reviewer-confirmed"]);

function flaggedTask(
  table: TableResult,
  task: TaskResult,
  decision: Decision | undefined,
  language: Language,
): FlaggedTask {
  const reasons = task.reasons
    .filter((reason) => !REVIEWER_REASONS.has(reason.code))
    .map((reason) => describe(reason, language));
  const overridden = decision?.kind === "changed";
  if (decision && overridden)
    reasons.unshift(CLI[language].batch.overridden(ENGINE[language].verdicts[decision.computed] ?? ""));
  const { comment = "", reviewer = "" } = decision?.override ?? {};
  return {
    ordinal: own(task.ordinal),
    section: own(task.section ?? ""),
    content: own(task.content),
    target: own(task.target),
    result: own(task.result),
    verdict: task.verdict,
    reasons: reasons.join(" "),
    cell: `${table.sheet}!${task.cells.ordinal}`,
    overridden,
    comment: own([comment, reviewer && `(${reviewer})`].filter(Boolean).join(" ")),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The whole batch

/** Units ranked by share met (highest first; units without tasks last), ties by name, then by file. */
export function rankUnits(units: readonly UnitSummary[]): UnitSummary[] {
  const collator = new Intl.Collator("vi");
  return [...units].sort((a, b) => {
    const x = a.counts.shareMet ?? -1;
    const y = b.counts.shareMet ?? -1;
    if (x !== y) return y - x;
    return collator.compare(a.name, b.name) || byPath(a.file, b.file);
  });
}

/** Collects the units of a batch run, one file at a time. */
export class BatchSummary {
  private readonly unitList: UnitSummary[] = [];
  private readonly failureList: UnitFailure[] = [];

  constructor(private readonly language: Language) {}

  /** Reduces a checked file to its summary; the report itself is not kept. */
  add(report: FileReport): UnitOutcome {
    const outcome = summarizeReport(report, this.language);
    if (outcome.ok) this.unitList.push(outcome.unit);
    else this.failureList.push(outcome.failure);
    return outcome;
  }

  /** A file that never reached the checker (an empty directory). */
  fail(failure: UnitFailure): void {
    this.failureList.push(failure);
  }

  get units(): readonly UnitSummary[] {
    return this.unitList;
  }

  get failures(): readonly UnitFailure[] {
    return this.failureList;
  }

  write(file: string): Promise<void> {
    return writeSummary(file, this.unitList, this.failureList, this.language);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The consolidated workbook

/** Names Excel reserves or that differ only in case from one taken are made unique: “xã An (2)”. */
export class SheetNames {
  private readonly taken = new Set<string>(["history"]);

  claim(wanted: string): string {
    const base = safeSheetName(wanted.replace(/!/g, "_"));
    let name = base;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase("vi")); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
    }
    this.taken.add(name.toLocaleLowerCase("vi"));
    return name;
  }
}

/** A hyperlink to cell A1 of a sheet of the same workbook. */
export function sheetLink(sheet: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!A1`;
}

const SUMMARY_WIDTHS = [7, 32, 36, 12, 8, 10, 16, 13, 11, 10, 14];
const FLAGGED_WIDTHS = [7, 8, 48, 34, 40, 16, 60, 16, 40];
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function headerRow(worksheet: ExcelJS.Worksheet, values: readonly string[]): void {
  const row = worksheet.addRow([...values]);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  row.commit();
}

/** Writes the consolidated workbook: the ranked summary sheet, then one sheet of flagged tasks per unit. */
export async function writeSummary(
  file: string,
  units: readonly UnitSummary[],
  failures: readonly UnitFailure[],
  language: Language,
): Promise<void> {
  const t = CLI[language].batch;
  const labels = ENGINE[language].verdicts;
  const ranked = rankUnits(units);
  const names = new SheetNames();
  const summaryName = names.claim(t.summarySheet);
  const sheetNames = ranked.map((unit) => names.claim(unit.name));

  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: partial,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = "par-check";

  const summary = workbook.addWorksheet(summaryName, { views: [{ state: "frozen", ySplit: 1 }] });
  summary.columns = SUMMARY_WIDTHS.map((width) => ({ width }));
  headerRow(summary, t.summaryHead);
  ranked.forEach((unit, i) => {
    const c = unit.counts;
    const row = summary.addRow([
      i + 1,
      { text: unit.name, hyperlink: sheetLink(sheetNames[i] ?? "") },
      unit.file,
      c.tasks,
      c.met,
      c.unmet,
      c.noData,
      c.review,
      c.shareMet,
      c.findings,
      c.decisions,
    ]);
    row.getCell(2).font = LINK_FONT;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
    row.getCell(9).numFmt = "0.00%";
    row.commit();
  });
  if (failures.length > 0) {
    summary.addRow([]).commit();
    const title = summary.addRow([t.errorsTitle(failures.length)]);
    title.getCell(1).font = { bold: true, color: { argb: "FF9C0006" } };
    title.commit();
    headerRow(summary, t.errorsHead);
    failures.forEach((failure, i) => {
      const row = summary.addRow([i + 1, failure.file, failure.reason]);
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
      row.getCell(3).alignment = { wrapText: true, vertical: "top" };
      row.commit();
    });
  }
  summary.commit();

  for (const [i, unit] of ranked.entries()) {
    const sheet = workbook.addWorksheet(sheetNames[i] ?? unit.name, {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = FLAGGED_WIDTHS.map((width) => ({ width }));
    headerRow(sheet, t.flaggedHead);
    if (unit.flagged.length === 0) sheet.addRow([t.noFlagged]).commit();
    for (const task of unit.flagged) {
      const row = sheet.addRow([
        task.ordinal,
        task.section,
        task.content,
        task.target,
        task.result,
        labels[task.verdict] ?? task.verdict,
        task.reasons,
        task.cell,
        task.comment,
      ]);
      row.eachCell((cell) => {
        cell.alignment = { wrapText: true, vertical: "top" };
      });
      const style = VERDICT_STYLES[task.verdict];
      const verdict = row.getCell(6);
      verdict.font = { color: { argb: style.font }, ...(task.overridden ? { italic: true } : {}) };
      verdict.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
      row.commit();
    }
    sheet.commit();
  }

  try {
    await workbook.commit();
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** The reason a summary could not be written, for one line on stderr. */
export function summaryFailure(file: string, error: unknown, language: Language): string {
  return `par-check: ${CLI[language].batch.notWritten(file, writeReason(error, language, file))}`;
}

// ---------------------------------------------------------------------------------------------------------
// Progress

const BAR_CELLS = 20;
/** Below this many cells the bar says nothing and is left out. */
const MIN_BAR_CELLS = 5;

function bar(current: number, total: number, cells: number): string {
  const filled = total === 0 ? cells : Math.min(cells, Math.round((cells * current) / total));
  return `[${"#".repeat(filled)}${"-".repeat(cells - filled)}]`;
}

/**
 * The progress display's lines, each under `width` columns (a terminal's last column is left free):
 * `[#####---------------] 12/40 ten-file.xlsx`. A narrower terminal gets a shorter bar, then none; when the
 * count and the name still do not fit, the name goes on lines of its own, broken only where it must be
 * (continuation lines indented), never cut.
 */
export function progressBar(current: number, total: number, label: string, width = 100): string[] {
  const room = Math.max(1, width - 1);
  const count = `${current}/${total}`;
  for (let cells = BAR_CELLS; cells >= MIN_BAR_CELLS; cells--) {
    const line = `${bar(current, total, cells)} ${count} ${label}`;
    if (displayWidth(line) <= room) return [line];
  }
  if (displayWidth(`${count} ${label}`) <= room) return [`${count} ${label}`];
  const cells = Math.min(BAR_CELLS, room - displayWidth(count) - 3);
  const head = cells >= MIN_BAR_CELLS ? `${bar(current, total, cells)} ${count}` : count;
  const indent = displayWidth(CONTINUATION);
  const [first = "", ...rest] = breakName(label, room, room - indent);
  return [head, first, ...rest.map((piece) => CONTINUATION + piece)];
}
