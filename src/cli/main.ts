/**
 * par-check: checks the appendix table of PAR Index / SIPAS reports in .xlsx, .csv and .tsv files.
 * `main` runs in-process: it writes only to the streams it is given and returns the exit code.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Language } from "../core";
import { parseArgs } from "./args";
import { checkFile, findingLine, type FileReport } from "./check";
import { renderJson, renderText } from "./render";
import { shortReason } from "./read";
import { TEXTS } from "./texts";
import { writeAnnotated } from "./write";

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
  const t = TEXTS[lang];
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
    io.stderr.write(`${parsed.message}\n\n${TEXTS[parsed.lang].usage}`);
    return EXIT_USAGE;
  }
  const { lang, format, files, help } = parsed.options;
  const t = TEXTS[lang];
  if (help) {
    io.stdout.write(t.usage);
    return EXIT_OK;
  }

  const out = await planOut(parsed.options.out, files, lang);
  if (typeof out === "string") {
    io.stderr.write(`${out}\n\n${t.usage}`);
    return EXIT_USAGE;
  }

  const reports: FileReport[] = [];
  for (const file of files) {
    const report = await checkFile(file, lang);
    reports.push(report);
    for (const finding of report.findings) {
      if (!finding.quiet) io.stderr.write(`${findingLine(report, finding)}\n`);
    }
  }

  // Annotated copies, for files where a table was checked.
  const outputs = new Map<FileReport, string>();
  let writeFailed = false;
  if (out.kind !== "none") {
    const inputs = new Set(reports.map((report) => report.path));
    const taken = new Set<string>(inputs);
    for (const report of reports) {
      if (report.tables.length === 0) continue;
      const target = out.kind === "file" ? out.path : outPathIn(out.path, report.file, taken);
      try {
        if (inputs.has(path.resolve(target))) throw new Error(t.outIsInput(target));
        const result = await writeAnnotated(report, target, lang);
        outputs.set(report, result.path);
        if (result.kept > 0) io.stderr.write(`${t.report.keptCells(report.file, result.kept)}\n`);
      } catch (error) {
        writeFailed = true;
        io.stderr.write(`${t.report.notWritten(report.file, shortReason(error))}\n`);
      }
    }
  }

  if (format === "json") {
    io.stdout.write(`${JSON.stringify(renderJson(reports, lang, outputs), null, 2)}\n`);
  } else {
    const textOptions = { width: io.columns ?? 100, color: io.isTTY === true };
    let text = renderText(reports, lang, textOptions);
    for (const written of outputs.values()) text += `${t.report.wrote(written)}\n`;
    io.stdout.write(text);
  }

  const checked = reports.some((report) => report.tables.length > 0);
  if (!checked || writeFailed) return EXIT_NOTHING_CHECKED;
  return EXIT_OK;
}
