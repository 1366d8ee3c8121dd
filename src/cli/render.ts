/** Reports for people (text, fitted to a terminal width) and for programs (JSON). */
import {
  describeCounts,
  formatPercent,
  type Decision,
  type Finding,
  type Issue,
  type Override,
  type Params,
  type TableResult,
  type TaskResult,
  type Verdict,
  type VerdictCounts,
} from "../core";
import { CLI, describe, ENGINE, type Language } from "../i18n";
import type { FileReport } from "./check";
import type { VerdictPlacement } from "./write";

// ---------------------------------------------------------------------------------------------------------
// Text

export interface TextOptions {
  /** Columns available; lines never exceed it. */
  readonly width?: number;
  /** ANSI colours on verdict labels. */
  readonly color?: boolean;
}

/** Columns a string takes in a terminal: combining marks take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFC")) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Greedy word wrap; a word longer than a line is broken across lines. Always at least one line. */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const words = text.normalize("NFC").replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    while (displayWidth(word) > limit) {
      if (line) {
        lines.push(line);
        line = "";
      }
      const chars = [...word];
      lines.push(chars.slice(0, limit).join(""));
      word = chars.slice(limit).join("");
    }
    if (!word) continue;
    if (!line) line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= limit) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Continuation lines of a heading start with this. */
export const CONTINUATION = "  ";

/** A code point with the combining marks after it: what must stay together on a line. */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length > 0 && /\p{M}/u.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

const SEPARATOR = /[\\/]$/;
const SPACE = /^\s/;

/** A piece may end before a space or a dot, or after a dash or an underscore (never on a space). */
function softBreak(before: string, after: string): boolean {
  if (SPACE.test(before)) return false;
  return SPACE.test(after) || after === "." || /[-_]$/.test(before);
}

/**
 * Where the piece `units[start, end)` ends when the rest does not fit: after a path separator when that
 * keeps a third of the piece or more, else at the later of the last separator and the last soft break,
 * else at `end`, never ending on a space.
 */
function breakAt(units: readonly string[], start: number, end: number): number {
  let separator = -1;
  let soft = -1;
  for (let i = end; i > start + 1 && (separator < 0 || soft < 0); i--) {
    if (separator < 0 && SEPARATOR.test(units[i - 1] ?? "")) separator = i;
    if (soft < 0 && softBreak(units[i - 1] ?? "", units[i] ?? "")) soft = i;
  }
  if (separator > 0 && separator - start >= (end - start) / 3) return separator;
  if (separator > 0 || soft > 0) return Math.max(separator, soft);
  let at = end;
  while (at > start + 1 && SPACE.test(units[at - 1] ?? "")) at--;
  return at;
}

/**
 * A name (a file path, a sheet name) broken into pieces of at most `width` columns, the later pieces of at
 * most `next`: the pieces, concatenated, are the name unchanged. Never cut, never normalised.
 */
export function breakName(name: string, width: number, next: number = width): string[] {
  const units = clusters(name);
  const pieces: string[] = [];
  let start = 0;
  while (start < units.length) {
    const room = Math.max(1, pieces.length === 0 ? width : next);
    let end = start;
    let used = 0;
    while (end < units.length && used + displayWidth(units[end] ?? "") <= room) {
      used += displayWidth(units[end] ?? "");
      end++;
    }
    end = Math.max(end, start + 1);
    if (end < units.length) end = breakAt(units, start, end);
    pieces.push(units.slice(start, end).join(""));
    start = end;
  }
  return pieces.length > 0 ? pieces : [""];
}

/**
 * The heading that names a table: "name · part · part" on one line when it fits. Otherwise the name (the
 * file path) comes on lines of its own, broken only where it must be (by `breakName`, continuation lines
 * indented by CONTINUATION), and the parts follow on lines starting with CONTINUATION + "· ". Nothing is cut
 * or changed: a part too wide for a line is broken the same way, on lines indented twice.
 */
export function headingLines(name: string, parts: readonly string[], width: number): string[] {
  const whole = [name, ...parts].join(" · ");
  if (displayWidth(whole) <= width) return [whole];
  const indent = displayWidth(CONTINUATION);
  const [first = "", ...rest] = breakName(name, width, width - indent);
  const lines = [first, ...rest.map((piece) => CONTINUATION + piece)];
  let line = "";
  for (const part of parts) {
    const item = `· ${part}`;
    if (line && displayWidth(line) + 1 + displayWidth(item) <= width) {
      line += ` ${item}`;
      continue;
    }
    if (line) lines.push(line);
    const [head = "", ...more] = breakName(item, width - indent, width - 2 * indent);
    line = CONTINUATION + head;
    if (more.length > 0) {
      lines.push(line, ...more.map((piece) => CONTINUATION + CONTINUATION + piece));
      line = "";
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `prefix` then `text`, wrapped to fit `width` with the later lines indented to the text's column; when
 * that leaves under 20 columns, the prefix stands on its own line and the text goes below it.
 */
function hanging(prefix: string, text: string, width: number): string[] {
  const indent = displayWidth(prefix);
  const room = width - indent;
  if (room < 20) {
    const head = prefix.trimEnd();
    const heads = head === "" ? [] : displayWidth(head) <= width ? [head] : wrap(head, width);
    return [...heads, ...wrap(text, width - 4).map((l) => `    ${l}`)];
  }
  return wrap(text, room).map((line, i) => (i === 0 ? prefix : " ".repeat(indent)) + line);
}

const COLOURS: Readonly<Record<Verdict, string>> = { met: "32", unmet: "31", "no-data": "90", review: "33" };

function completionText(completion: number | null, language: Language): string {
  return completion === null ? "—" : formatPercent(completion, ENGINE[language].numbers);
}

function reasonsText(reasons: readonly Issue[], language: Language): string {
  return reasons.map((reason) => describe(reason, language)).join(" ");
}

function countsLine(counts: VerdictCounts, language: Language): string {
  const r = CLI[language].report;
  const mean =
    counts.meanCompletion === null
      ? ""
      : `; ${r.meanCompletion(formatPercent(counts.meanCompletion, ENGINE[language].numbers))}`;
  return `${describeCounts(counts, ENGINE[language])}; ${r.counts(counts.unmet, counts.noData, counts.review)}${mean}`;
}

function findingPlace(finding: Finding, language: Language): string {
  if (finding.cell) return finding.cell;
  if (finding.row !== undefined) return CLI[language].report.row(finding.row);
  return "—";
}

/** "2026-12-02T08:30:00Z" as a date people read; anything else as it is. */
function decisionDate(at: string, language: Language): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(at);
  return date ? CLI[language].review.date(date[1]!, date[2]!, date[3]!) : at.trim();
}

/** "Chưa đạt → Đạt · reviewer · date · “comment”": what was decided, apart from the computed verdict. */
function decisionText(computed: Verdict, override: Override, language: Language): string {
  const labels = ENGINE[language].verdicts;
  const decided =
    override.verdict === computed ? CLI[language].review.confirmed : (labels[override.verdict] ?? "");
  return [
    `${labels[computed] ?? computed} → ${decided}`,
    override.reviewer,
    decisionDate(override.at, language),
    override.comment && `“${override.comment}”`,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** One line (wrapped) per decision: task number, the engine's verdict → the reviewer's, and a stale warning. */
function decisionLines(decisions: readonly Decision[], language: Language, width: number): string[] {
  const t = CLI[language].review;
  const labels = ENGINE[language].verdicts;
  const wOrdinal = Math.max(...decisions.map((d) => displayWidth(d.ordinal)));
  return decisions.flatMap((d) => {
    const prefix = `  ${padEnd(d.ordinal, wOrdinal)}  `;
    const lines = hanging(prefix, decisionText(d.computed, d.override, language), width);
    if (d.stale) {
      const before = labels[d.override.computed] ?? d.override.computed;
      lines.push(...hanging(" ".repeat(displayWidth(prefix)), t.stale(before), width));
    }
    return lines;
  });
}

/** Decisions whose task is gone: where they were, and what they said. */
function orphanLines(orphans: readonly Override[], language: Language, width: number): string[] {
  const t = CLI[language].review;
  const wOrdinal = Math.max(...orphans.map((o) => displayWidth(o.ordinal)));
  return [
    ...wrap(t.orphans, width),
    ...orphans.flatMap((o) =>
      hanging(
        `  ${padEnd(o.ordinal, wOrdinal)}  `,
        `${t.place(o.sheet, o.row)} · ${decisionText(o.computed, o, language)}`,
        width,
      ),
    ),
  ];
}

/**
 * A table's block of the text report. `decisions` are the reviewer's decisions on its tasks: listed after
 * the counts, which already include them.
 */
export function renderTable(
  file: string,
  table: TableResult,
  language: Language,
  options: TextOptions = {},
  decisions: readonly Decision[] = [],
): string[] {
  const width = options.width ?? 100;
  const r = CLI[language].report;
  const labels = ENGINE[language].verdicts;
  // The heading is kept exactly as the file and sheet are named: it alone is not trimmed.
  const heading = headingLines(file, r.table(table.sheet, table.headerRow), width);
  const lines: string[] = [];

  const parts = ENGINE[language].report.parts;
  // A column found by its cells has no label of its own: its part's name stands in brackets.
  const columns = table.columns.map((c) => {
    const label = c.label.replace(/\s+/g, " ").trim();
    if (label !== "") return `${c.letter} “${label}”`;
    const part = c.role in parts ? parts[c.role as keyof typeof parts] : c.role;
    return `${c.letter} (${part})`;
  });
  lines.push(...hanging(`${r.columns}: `, columns.join(" · "), width));
  lines.push("");

  if (table.tasks.length === 0) {
    lines.push(r.noTasks);
  } else {
    const ordinals = table.tasks.flatMap((t) => [t.ordinal, ...t.subitems.map((s) => `  ${s.label}`)]);
    const wOrdinal = Math.max(displayWidth(r.head[0]), ...ordinals.map(displayWidth));
    const wVerdict = Math.max(displayWidth(r.head[1]), ...Object.values(labels).map(displayWidth));
    const wCompletion = Math.max(
      displayWidth(r.head[2]),
      displayWidth(formatPercent(100, ENGINE[language].numbers)),
      6,
    );
    const cols = (a: string, b: string, c: string): string =>
      `${padEnd(a, wOrdinal)}  ${padEnd(b, wVerdict)}  ${padEnd(c, wCompletion)}  `;
    const paint = (verdict: Verdict, text: string): string =>
      options.color ? `\u001b[${COLOURS[verdict]}m${text}\u001b[0m` : text;

    const row = (ordinal: string, verdict: Verdict, completion: number | null, reasons: string): string[] => {
      const label = labels[verdict] ?? verdict;
      const prefix = cols(ordinal, label, completionText(completion, language));
      const out = hanging(prefix, reasons || "—", width);
      const first = out[0] ?? "";
      const at = wOrdinal + 2;
      if (options.color && first.slice(at, at + label.length) === label) {
        out[0] = first.slice(0, at) + paint(verdict, label) + first.slice(at + label.length);
      }
      return out;
    };

    lines.push(cols(r.head[0], r.head[1], r.head[2]) + r.head[3]);
    let section: string | null | undefined;
    for (const task of table.tasks) {
      if (task.section !== section) {
        section = task.section;
        const info = table.sections.find((s) => s.ordinal === (section ?? ""));
        if (info && (info.ordinal || info.title)) {
          const head = info.ordinal ? `${info.ordinal}. ` : "";
          lines.push(...(info.title ? hanging(head, info.title, width) : [head]));
        }
      }
      lines.push(...row(task.ordinal, task.verdict, task.completion, reasonsText(task.reasons, language)));
      for (const sub of task.subitems) {
        lines.push(...row(`  ${sub.label}`, sub.verdict, sub.completion, reasonsText(sub.reasons, language)));
      }
    }
  }

  lines.push("");
  const named = table.sections.filter((s) => s.ordinal || s.title);
  if (named.length > 0) {
    lines.push(r.bySection);
    const wSection = Math.max(...named.map((s) => displayWidth(s.ordinal)));
    const counts = named.map((s) => describeCounts(s.summary, ENGINE[language]));
    const wCounts = Math.max(...counts.map(displayWidth));
    const titles = named.map((s) => s.title.replace(/\s+/g, " ").trim());
    // Titles as wide as the longest one needs, within what the counts leave free.
    const room = Math.max(
      10,
      Math.min(width - wSection - wCounts - 6, Math.max(...titles.map(displayWidth))),
    );
    // A title too long for its column goes on under itself.
    named.forEach((s, i) => {
      const [first = "", ...more] = wrap(titles[i] ?? "", room);
      lines.push(`  ${padEnd(s.ordinal, wSection)}  ${padEnd(first, room)}  ${counts[i] ?? ""}`);
      for (const line of more) lines.push(`  ${" ".repeat(wSection)}  ${line}`);
    });
  }
  lines.push(...hanging(`${r.overall}: `, countsLine(table.summary, language), width));

  if (decisions.length > 0) {
    lines.push("", ...wrap(CLI[language].review.heading, width));
    lines.push(...decisionLines(decisions, language, width));
  }

  if (table.findings.length > 0) {
    lines.push("");
    lines.push(r.findings);
    const places = table.findings.map((f) => findingPlace(f, language));
    const wPlace = Math.max(...places.map(displayWidth));
    table.findings.forEach((finding, i) => {
      lines.push(...hanging(`  ${padEnd(places[i] ?? "", wPlace)}  `, describe(finding, language), width));
    });
  }
  return [...heading, ...lines.map((line) => line.trimEnd())];
}

/**
 * "file: text" on one line when it fits; else the file and its colon on lines of their own, broken as
 * `breakName` breaks them, and the text wrapped below, indented by CONTINUATION.
 */
function fileLines(file: string, text: string, width: number): string[] {
  const whole = `${file}: ${text}`;
  if (displayWidth(whole) <= width) return [whole];
  const indent = displayWidth(CONTINUATION);
  const [first = "", ...rest] = breakName(`${file}:`, width, width - indent);
  return [
    first,
    ...rest.map((piece) => CONTINUATION + piece),
    ...wrap(text, width - indent).map((line) => CONTINUATION + line),
  ];
}

/** The blocks one file adds to the text report: one per table, and a line for sheets without a table. */
export function renderFileBlocks(
  report: FileReport,
  language: Language,
  options: TextOptions = {},
): string[][] {
  const width = options.width ?? 100;
  const r = CLI[language].report;
  const blocks: string[][] = [];
  const decisions = report.review?.decisions ?? [];
  for (const table of report.tables) {
    const rows = new Set(table.tasks.map((task) => task.row));
    const own = decisions.filter((d) => d.sheet === table.sheet && rows.has(d.row));
    blocks.push(renderTable(report.file, table, language, options, own));
  }
  const orphans = report.review?.orphans ?? [];
  if (orphans.length > 0) blocks.push(orphanLines(orphans, language, width));
  const quiet = report.findings.filter((f) => f.quiet && f.code === "no-table" && f.sheet !== undefined);
  const names = quiet.map((f) => `“${f.sheet ?? ""}”`);
  if (names.length > 0 && report.tables.length > 0) {
    blocks.push(fileLines(report.file, r.skippedSheets(names.join(", ")), width));
  }
  return blocks;
}

/** What the report's closing block counts. */
export interface RunTally {
  readonly tables: number;
  /** Files where at least one table was checked. */
  readonly checked: number;
  readonly files: number;
}

/** The closing block: tables checked, and files that could not be. */
export function renderClosing(tally: RunTally, language: Language, options: TextOptions = {}): string[] {
  const width = options.width ?? 100;
  const r = CLI[language].report;
  const closing = [r.done(tally.tables, tally.checked, tally.files)];
  const failed = tally.files - tally.checked;
  if (failed > 0) closing.push(r.failed(failed));
  return closing.flatMap((line) => wrap(line, width));
}

export function renderText(
  reports: readonly FileReport[],
  language: Language,
  options: TextOptions = {},
): string {
  const blocks = reports.flatMap((report) => renderFileBlocks(report, language, options));
  const tally = {
    tables: reports.reduce((n, report) => n + report.tables.length, 0),
    checked: reports.filter((report) => report.tables.length > 0).length,
    files: reports.length,
  };
  blocks.push(renderClosing(tally, language, options));
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}

/** Anything with `write`. */
interface Sink {
  write(chunk: string): unknown;
}

/**
 * The text report written file by file, so that a run over many files holds one file at a time. The
 * output is the same as renderText over all the reports, with `extra` lines after the closing block.
 */
export class TextReportStream {
  private started = false;
  private readonly tally = { tables: 0, checked: 0, files: 0 };

  constructor(
    private readonly out: Sink,
    private readonly language: Language,
    private readonly options: TextOptions = {},
  ) {}

  private block(lines: readonly string[]): void {
    this.out.write(`${this.started ? "\n\n" : ""}${lines.join("\n")}`);
    this.started = true;
  }

  file(report: FileReport): void {
    for (const block of renderFileBlocks(report, this.language, this.options)) this.block(block);
    this.tally.files++;
    this.tally.tables += report.tables.length;
    if (report.tables.length > 0) this.tally.checked++;
  }

  end(extra: readonly string[] = []): void {
    this.block(renderClosing(this.tally, this.language, this.options));
    this.out.write("\n");
    for (const line of extra) this.out.write(`${line}\n`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON

export interface JsonMessage {
  readonly code: string;
  readonly message: string;
  readonly params: Params;
}

export interface JsonFinding extends JsonMessage {
  readonly severity: string;
  readonly cell?: string;
  readonly row?: number;
  readonly sheet?: string;
}

export interface JsonTask {
  readonly ordinal: string;
  readonly row: number;
  readonly rows: readonly number[];
  readonly section: string | null;
  readonly content: string;
  readonly target: string;
  readonly result: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly completion: number | null;
  readonly reasons: readonly JsonMessage[];
  readonly cells: TaskResult["cells"];
  readonly subitems: readonly {
    readonly row: number;
    readonly label: string;
    readonly target: string;
    readonly result: string;
    readonly verdict: Verdict;
    readonly completion: number | null;
    readonly reasons: readonly JsonMessage[];
  }[];
}

export interface JsonTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** 0-based column where --out adds its three columns. */
  readonly freeColumn: number;
  readonly columns: readonly { readonly role: string; readonly letter: string; readonly label: string }[];
  readonly tasks: readonly JsonTask[];
  readonly sections: readonly {
    readonly ordinal: string;
    readonly title: string;
    readonly row: number | null;
    readonly summary: VerdictCounts;
  }[];
  readonly summary: VerdictCounts;
  readonly findings: readonly JsonFinding[];
}

/** A reviewer's decision as applied: the engine's verdict now, the reviewer's, and the one they saw. */
export interface JsonDecision {
  readonly sheet: string;
  readonly row: number;
  readonly ordinal: string;
  readonly kind: Decision["kind"];
  /** The engine's verdict now. */
  readonly computed: Verdict;
  readonly computedLabel: string;
  /** The reviewer's verdict, which the table's verdict and counts use. */
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  /** The engine's verdict when the reviewer decided; it differs from `computed` when `stale`. */
  readonly decidedOn: Verdict;
  readonly stale: boolean;
  readonly reviewer: string;
  readonly comment: string;
  readonly at: string;
}

export interface JsonReview {
  readonly decisions: readonly JsonDecision[];
  /** Stored decisions whose task is no longer in the tables: not applied. */
  readonly orphans: readonly Override[];
}

export interface JsonFile {
  readonly file: string;
  readonly format: string | null;
  readonly findings: readonly JsonFinding[];
  readonly tables: readonly JsonTable[];
  /** Present when the workbook stores reviewer's decisions. */
  readonly review?: JsonReview;
  readonly output?: string;
  /** Tables whose verdicts went to a sheet of their own in the output (they reach XFD). */
  readonly verdictSheets?: readonly JsonVerdictSheet[];
}

export interface JsonVerdictSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly verdictSheet: string;
  readonly message: string;
}

export interface JsonReport {
  readonly language: Language;
  readonly files: readonly JsonFile[];
}

function message(issue: Issue, language: Language): JsonMessage {
  return { code: issue.code, message: describe(issue, language), params: issue.params };
}

function jsonFinding(finding: Finding, language: Language): JsonFinding {
  return {
    ...message(finding, language),
    severity: finding.severity,
    ...(finding.cell === undefined ? {} : { cell: finding.cell }),
    ...(finding.row === undefined ? {} : { row: finding.row }),
  };
}

export function tableToJson(table: TableResult, language: Language): JsonTable {
  const labels = ENGINE[language].verdicts;
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstRow: table.firstRow,
    lastRow: table.lastRow,
    firstColumn: table.firstColumn,
    lastColumn: table.lastColumn,
    freeColumn: table.freeColumn,
    columns: table.columns.map((c) => ({ role: c.role, letter: c.letter, label: c.label })),
    tasks: table.tasks.map((task) => ({
      ordinal: task.ordinal,
      row: task.row,
      rows: task.rows,
      section: task.section,
      content: task.content,
      target: task.target,
      result: task.result,
      verdict: task.verdict,
      verdictLabel: labels[task.verdict] ?? task.verdict,
      completion: task.completion,
      reasons: task.reasons.map((reason) => message(reason, language)),
      cells: task.cells,
      subitems: task.subitems.map((sub) => ({
        row: sub.row,
        label: sub.label,
        target: sub.target,
        result: sub.result,
        verdict: sub.verdict,
        completion: sub.completion,
        reasons: sub.reasons.map((reason) => message(reason, language)),
      })),
    })),
    sections: table.sections.map((s) => ({
      ordinal: s.ordinal,
      title: s.title,
      row: s.row,
      summary: s.summary,
    })),
    summary: table.summary,
    findings: table.findings.map((finding) => jsonFinding(finding, language)),
  };
}

function reviewToJson(review: NonNullable<FileReport["review"]>, language: Language): JsonReview {
  const labels = ENGINE[language].verdicts;
  return {
    decisions: review.decisions.map((d) => ({
      sheet: d.sheet,
      row: d.row,
      ordinal: d.ordinal,
      kind: d.kind,
      computed: d.computed,
      computedLabel: labels[d.computed] ?? d.computed,
      verdict: d.override.verdict,
      verdictLabel: labels[d.override.verdict] ?? d.override.verdict,
      decidedOn: d.override.computed,
      stale: d.stale,
      reviewer: d.override.reviewer,
      comment: d.override.comment,
      at: d.override.at,
    })),
    orphans: review.orphans,
  };
}

/** One file's entry of the JSON report. */
export function fileToJson(
  report: FileReport,
  language: Language,
  output?: string,
  ownSheets: readonly VerdictPlacement[] = [],
): JsonFile {
  return {
    file: report.file,
    format: report.format,
    findings: report.findings.map((f) => ({
      code: f.code,
      message: f.message,
      params: f.params,
      severity: f.severity,
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      ...(f.cell === undefined ? {} : { cell: f.cell }),
    })),
    tables: report.tables.map((table) => tableToJson(table, language)),
    ...(report.review === null ? {} : { review: reviewToJson(report.review, language) }),
    ...(output === undefined ? {} : { output }),
    ...(ownSheets.length === 0
      ? {}
      : {
          verdictSheets: ownSheets.map((p) => ({
            sheet: p.sheet,
            headerRow: p.headerRow,
            verdictSheet: p.verdictSheet,
            message: CLI[language].report.ownSheet(p.verdictSheet),
          })),
        }),
  };
}

export function renderJson(
  reports: readonly FileReport[],
  language: Language,
  outputs: ReadonlyMap<FileReport, string> = new Map(),
): JsonReport {
  return { language, files: reports.map((report) => fileToJson(report, language, outputs.get(report))) };
}

/** `JSON.stringify(value, null, 2)` with every line after the first indented by `indent` more spaces. */
function indented(value: unknown, indent: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${" ".repeat(indent)}`);
}

/**
 * The JSON report written file by file: the same text as `JSON.stringify(renderJson(…), null, 2)`, plus
 * any `extra` top-level keys after "files".
 */
export class JsonReportStream {
  private files = 0;

  constructor(
    private readonly out: Sink,
    private readonly language: Language,
  ) {}

  file(report: FileReport, output?: string, ownSheets: readonly VerdictPlacement[] = []): void {
    const head =
      this.files === 0 ? `{\n  "language": ${JSON.stringify(this.language)},\n  "files": [\n` : ",\n";
    this.out.write(`${head}    ${indented(fileToJson(report, this.language, output, ownSheets), 4)}`);
    this.files++;
  }

  end(extra: Readonly<Record<string, unknown>> = {}): void {
    let text =
      this.files === 0 ? `{\n  "language": ${JSON.stringify(this.language)},\n  "files": []` : "\n  ]";
    for (const [key, value] of Object.entries(extra))
      text += `,\n  ${JSON.stringify(key)}: ${indented(value, 2)}`;
    this.out.write(`${text}\n}\n`);
  }
}
