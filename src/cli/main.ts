/**
 * par-check: checks the appendix table of PAR Index / SIPAS reports in .xlsx, .csv and .tsv files.
 * `main` runs in-process: it writes only to the streams it is given and returns the exit code.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CLI, type Language } from "../i18n";
import { parseArgs } from "./args";
import { BatchSummary, expandInputs, progressBar, summaryFailure } from "./batch";
import { checkFile, findingLine } from "./check";
import { JsonReportStream, TextReportStream } from "./render";
import { writeAnnotated, type VerdictPlacement, type WriteResult } from "./write";
import { writeReportCopy } from "./report-sheet";
import { writeReason } from "./write-failure";

/** Anything with `write`: process.stdout, or a collector in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
}

export interface CliIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Colour the verdicts when the report goes to a terminal. */
  readonly isTTY?: boolean;
  /** Terminal width for the text report; 100 by default. */
  readonly columns?: number;
  /** stderr is a terminal: a batch run (--summary) draws a progress bar there. */
  readonly stderrIsTTY?: boolean;
  /** stderr's own width, for the progress bar (stdout may be piped while stderr is a terminal). */
  readonly stderrColumns?: number;
  /** Called after each file is checked (and reported), with how many of how many are done. */
  readonly onFileChecked?: (done: number, total: number, file: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_NOTHING_CHECKED = 1;
export const EXIT_USAGE = 2;

type OutPlan =
  | { readonly kind: "none" }
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "directory"; readonly path: string };

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/** Where annotated copies go, or a usage error. */
async function planOut(
  out: string | null,
  files: readonly string[],
  lang: Language,
): Promise<OutPlan | string> {
  const t = CLI[lang];
  if (out === null) return { kind: "none" };
  const resolved = path.resolve(out);
  if (files.some((file) => path.resolve(file) === resolved)) return t.usageError(t.outIsInput(out));
  if ((await isDirectory(out)) || /[\\/]$/.test(out)) return { kind: "directory", path: out };
  const isXlsx = /\.xlsx$/i.test(out);
  if (files.length > 1)
    return isXlsx ? t.usageError(t.outMustBeDirectory(out)) : { kind: "directory", path: out };
  return isXlsx ? { kind: "file", path: out } : t.usageError(t.outMustBeXlsx(out));
}

/** `<basename>.checked.xlsx` in the directory, made unique when two inputs share a name. */
function outPathIn(directory: string, file: string, taken: Set<string>): string {
  const stem = path.basename(file, path.extname(file));
  let candidate = path.join(directory, `${stem}.checked.xlsx`);
  for (let n = 2; taken.has(path.resolve(candidate)); n++) {
    candidate = path.join(directory, `${stem}-${n}.checked.xlsx`);
  }
  taken.add(path.resolve(candidate));
  return candidate;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`${parsed.message}\n\n${CLI[parsed.lang].usage}`);
    return EXIT_USAGE;
  }
  const { lang, format, files, help } = parsed.options;
  const t = CLI[lang];
  if (help) {
    io.stdout.write(t.usage);
    return EXIT_OK;
  }

  const summaryPath = parsed.options.summary ?? null;
  if (summaryPath !== null) {
    const problem = summaryProblem(summaryPath, parsed.options.out, files, lang);
    if (problem !== null) {
      io.stderr.write(`${t.usageError(problem)}\n\n${t.usage}`);
      return EXIT_USAGE;
    }
  }

  // With --summary, a directory stands for every spreadsheet inside it.
  let inputs: readonly string[] = files;
  let emptyDirectories: readonly string[] = [];
  if (summaryPath !== null) {
    const out = parsed.options.out;
    const expanded = await expandInputs(files, {
      skip: [summaryPath, ...(out === null ? [] : [out])],
      ...(out === null ? {} : { outDirectory: out }),
    });
    inputs = expanded.files;
    emptyDirectories = expanded.emptyDirectories;
  }

  const out = await planOut(parsed.options.out, inputs, lang);
  if (typeof out === "string") {
    io.stderr.write(`${out}\n\n${t.usage}`);
    return EXIT_USAGE;
  }

  const batch = summaryPath === null ? null : new BatchSummary(lang);
  for (const directory of emptyDirectories) {
    io.stderr.write(`${directory}: ${t.batch.noSpreadsheets}.\n`);
    batch?.fail({ file: directory, reason: t.batch.noSpreadsheets });
  }

  const width = io.columns ?? 100;
  const progress = batch !== null && io.stderrIsTTY === true;
  // Lines the progress display takes on stderr now: a long file name may need more than one.
  let drawn = 0;
  const drawProgress = (done: number, file: string): void => {
    const shown = progressBar(done, inputs.length, path.basename(file), io.stderrColumns ?? width);
    io.stderr.write(`\r${shown.join("\n")}`);
    drawn = shown.length;
  };
  const clearProgress = (): void => {
    if (drawn > 0) io.stderr.write(`\r\u001b[K${"\u001b[1A\u001b[K".repeat(drawn - 1)}`);
    drawn = 0;
  };
  const text =
    format === "text" ? new TextReportStream(io.stdout, lang, { width, color: io.isTTY === true }) : null;
  const json = format === "json" ? new JsonReportStream(io.stdout, lang) : null;

  // One file at a time: check, write its annotated copy, report it, keep only its summary, let it go.
  const inputSet = new Set(inputs.map((file) => path.resolve(file)));
  const taken = new Set<string>(inputSet);
  const written: WriteResult[] = [];
  let checked = false;
  let writeFailed = false;
  // --report lays out the first checked file's tables for the Word report.
  const reportPath = parsed.options.report ?? null;
  let reportWritten = false;
  const sentences: string[] = [];
  for (const [index, file] of inputs.entries()) {
    if (progress) drawProgress(index + 1, file);
    const report = await checkFile(file, lang, parsed.options.limits);
    clearProgress();
    for (const finding of report.findings) {
      if (!finding.quiet) io.stderr.write(`${findingLine(report, finding)}\n`);
    }

    let output: string | undefined;
    let ownSheets: readonly VerdictPlacement[] = [];
    if (out.kind !== "none" && report.tables.length > 0) {
      const target = out.kind === "file" ? out.path : outPathIn(out.path, report.file, taken);
      try {
        if (inputSet.has(path.resolve(target))) throw new Error(t.outIsInput(target));
        const result = await writeAnnotated(report, target, lang);
        output = result.path;
        ownSheets = result.placements.filter((p) => p.placement === "own-sheet");
        written.push(result);
        if (result.kept > 0) io.stderr.write(`${t.report.keptCells(report.file, result.kept)}\n`);
      } catch (error) {
        writeFailed = true;
        io.stderr.write(`${t.report.notWritten(report.file, writeReason(error, lang))}\n`);
      }
    }

    if (reportPath !== null && report.tables.length > 0 && !reportWritten) {
      try {
        sentences.push(...(await writeReportCopy(report, reportPath, lang)));
        reportWritten = true;
      } catch (error) {
        writeFailed = true;
        io.stderr.write(`${t.report.notWritten(report.file, writeReason(error, lang))}\n`);
      }
    }

    text?.file(report);
    json?.file(report, output, ownSheets);
    batch?.add(report);
    if (report.tables.length > 0) checked = true;
    io.onFileChecked?.(index + 1, inputs.length, file);
  }

  let summaryFailed = false;
  // Where the verdicts are, when a table left no room for them beside it.
  const closing: string[] = written.flatMap((result) => [
    t.report.wrote(result.path),
    ...result.placements
      .filter((p) => p.placement === "own-sheet")
      .map((p) => t.report.ownSheet(p.verdictSheet)),
  ]);
  if (reportWritten && reportPath !== null) {
    closing.push(
      t.report.reportWrote(reportPath),
      ...sentences.map((sentence) => t.report.sentence(sentence)),
    );
  }
  if (batch !== null && summaryPath !== null) {
    try {
      await batch.write(summaryPath);
      closing.push(t.batch.wrote(batch.units.length, summaryPath));
    } catch (error) {
      summaryFailed = true;
      io.stderr.write(`${summaryFailure(summaryPath, error, lang)}\n`);
    }
  }

  text?.end(closing);
  json?.end(
    batch === null || summaryPath === null || summaryFailed
      ? {}
      : { summary: { path: summaryPath, units: batch.units.length, failed: batch.failures.length } },
  );

  if (!checked || writeFailed || summaryFailed) return EXIT_NOTHING_CHECKED;
  return EXIT_OK;
}

/** Why --summary cannot be used as given, or null. */
function summaryProblem(
  summary: string,
  out: string | null,
  files: readonly string[],
  lang: Language,
): string | null {
  const t = CLI[lang].batch;
  if (!/\.xlsx$/i.test(summary)) return t.summaryMustBeXlsx(summary);
  const resolved = path.resolve(summary);
  if (files.some((file) => path.resolve(file) === resolved)) return t.summaryIsInput(summary);
  if (out !== null && path.resolve(out) === resolved) return t.summaryIsOut(summary);
  return null;
}
