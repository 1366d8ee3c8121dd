/**
 * The test appendices in other shapes (test/fixtures/appendices/<slug>/): each folder's sheet as cells
 * (appendix.tsv), how to lay it out as a workbook and what a reviewer expects of its structure
 * (appendix.json), and the reviewer's verdicts (expected.tsv). The .xlsx is built from them at test time.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Verdict } from "../../src/core/types";

export const APPENDICES_DIR = join(__dirname, "..", "fixtures", "appendices");

export type PartRole = "ordinal" | "content" | "target" | "result";

export interface AppendixSpec {
  /** The worksheet's name in the built .xlsx. */
  readonly sheet: string;
  /** Merged areas of the built .xlsx ("A1:E1"): title lines, merged header cells. */
  readonly merges: readonly string[];
  /** Columns whose cells holding only a number or a percentage are written as numbers. */
  readonly numbers?: readonly string[];
  /** The sheet column a reviewer sees playing each part. */
  readonly columns: Readonly<Partial<Record<PartRole, string>>>;
  /** By task ordinal: the verdicts of its sub-items, in row order ("met|review" allows either). */
  readonly subitems?: Readonly<Record<string, readonly string[]>>;
  /** By task ordinal: 1-based sheet rows that only carry the task on (a page break) and belong to it. */
  readonly continuations?: Readonly<Record<string, readonly number[]>>;
}

export interface ExpectedTask {
  readonly ordinal: string;
  readonly section: string;
  /** Acceptable verdicts; more than one where a careful reviewer would accept either. */
  readonly verdicts: readonly Verdict[];
  readonly completion: number | null;
  readonly why: string;
}

export interface Appendix {
  readonly slug: string;
  readonly dir: string;
  readonly tsvPath: string;
  /** The .tsv's cells as par-check reads a .tsv: empty cells null, no empty trailing cells. */
  readonly cells: (string | null)[][];
  readonly spec: AppendixSpec;
  readonly expected: readonly ExpectedTask[];
}

/** A .tsv's rows, read as par-check reads one (quoted cells may hold line breaks). */
export function parseTsv(text: string): (string | null)[][] {
  const records = parse(text, {
    delimiter: "\t",
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  const rows = records.map((record) => {
    const row: (string | null)[] = record.map((value) => (value.trim() === "" ? null : value));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

function parseExpected(text: string): ExpectedTask[] {
  const [, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const [ordinal = "", section = "", verdicts = "", completion = "", why = ""] = line.split("\t");
    return {
      ordinal,
      section,
      verdicts: verdicts.split("|") as Verdict[],
      completion: completion.trim() === "" ? null : Number(completion),
      why,
    };
  });
}

export function loadAppendix(slug: string): Appendix {
  const dir = join(APPENDICES_DIR, slug);
  const tsvPath = join(dir, "appendix.tsv");
  return {
    slug,
    dir,
    tsvPath,
    cells: parseTsv(readFileSync(tsvPath, "utf8")),
    spec: JSON.parse(readFileSync(join(dir, "appendix.json"), "utf8")) as AppendixSpec,
    expected: parseExpected(readFileSync(join(dir, "expected.tsv"), "utf8")),
  };
}

/** Every appendix folder, sorted by name. */
export function loadAppendices(): Appendix[] {
  return readdirSync(APPENDICES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map(loadAppendix);
}

// ---------------------------------------------------------------------------------------------------------
// The workbook

/** "C" → 2. */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

const NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const PERCENT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s?%$/;

function vietnameseNumber(whole: string, decimals: string | undefined): number {
  return Number(`${whole.replace(/\./g, "")}.${decimals ?? "0"}`);
}

/** A cell as an officer types it into Excel: a bare number or percentage as a number with its format. */
export function typedCell(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  const trimmed = text.trim();
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const [, whole = "", decimals] = percent;
    const places = decimals?.length ?? 0;
    // Hundredths of a percent as Excel stores them, without the float noise of dividing by 100.
    const value = Number((vietnameseNumber(whole, decimals) / 100).toFixed(places + 2));
    return { value, numFmt: places === 0 ? "0%" : `0.${"0".repeat(places)}%` };
  }
  const number = NUMBER.exec(trimmed);
  if (number) {
    const [, whole = "", decimals] = number;
    const places = decimals?.length ?? 0;
    const grouped = whole.includes(".");
    const format = `${grouped ? "#,##0" : "0"}${places === 0 ? "" : `.${"0".repeat(places)}`}`;
    return format === "0"
      ? { value: vietnameseNumber(whole, decimals) }
      : { value: vietnameseNumber(whole, decimals), numFmt: format };
  }
  return { value: text };
}

/**
 * Writes the appendix as the .xlsx an officer would have made: the spec's merges, wrapped text where a cell
 * holds a line break, whole-number ordinals and the spec's number columns as numbers, readable widths.
 */
export async function writeAppendixXlsx(appendix: Appendix, file: string): Promise<string> {
  const { spec } = appendix;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheet);
  const numberColumns = new Set((spec.numbers ?? []).map(columnIndex));
  const ordinalColumn = spec.columns.ordinal === undefined ? -1 : columnIndex(spec.columns.ordinal);
  const contentColumn = spec.columns.content === undefined ? -1 : columnIndex(spec.columns.content);
  appendix.cells.forEach((row, r) => {
    // A column-number row ("1 | 2 | 3 …") is typed as numbers across.
    const filled = row.filter((text): text is string => text !== null);
    const numbering = filled.length > 2 && filled.every((text) => /^\d{1,2}$/.test(text.trim()));
    row.forEach((text, c) => {
      if (text === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const typed =
        numbering || numberColumns.has(c) || (c === ordinalColumn && /^\d+$/.test(text.trim()))
          ? typedCell(text)
          : { value: text };
      cell.value = typed.value;
      if (typed.numFmt !== undefined) cell.numFmt = typed.numFmt;
      if (text.includes("\n")) cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    });
  });
  for (const range of spec.merges) sheet.mergeCells(range);
  const width = Math.max(...appendix.cells.map((row) => row.length));
  for (let c = 0; c < width; c++) sheet.getColumn(c + 1).width = c === contentColumn ? 55 : 18;
  await workbook.xlsx.writeFile(file);
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Comparing with the reviewer

/** A task as both front ends give it, with its reasons already worded. */
export interface SeenTask {
  readonly target: string;
  readonly result: string;
  readonly verdict: Verdict;
  readonly completion: number | null;
  readonly reasons: readonly string[];
}

/** A matcher for one of the acceptable verdicts, printed as /^(met|review)$/. */
export function oneOf(options: readonly string[]): unknown {
  return expect.stringMatching(new RegExp(`^(?:${options.join("|")})$`));
}

/**
 * What the test compares for one task: the engine's verdict and completion beside the reviewer's, with the
 * texts it read and its reasons shown (they always match) so a failing diff explains itself.
 */
export function compareTask(
  seen: SeenTask | undefined,
  expected: ExpectedTask,
): { readonly actual: unknown; readonly wanted: unknown } {
  const judged = {
    verdict: oneOf(expected.verdicts),
    completion: expected.completion === null ? "(any)" : expect.closeTo(expected.completion, 2),
  };
  if (!seen) return { actual: `no task numbered ${expected.ordinal}`, wanted: judged };
  // The texts and reasons are copied to both sides: jest prints them as context lines of the diff.
  const context = { target: seen.target, result: seen.result, reasons: seen.reasons };
  return {
    actual: {
      verdict: seen.verdict,
      completion: expected.completion === null ? "(any)" : seen.completion,
      ...context,
    },
    wanted: { ...judged, ...context },
  };
}

export interface Counts {
  readonly tasks: number;
  readonly met: number;
  readonly unmet: number;
  readonly noData: number;
  readonly review: number;
}

const COUNT_OF: Readonly<Record<Verdict, keyof Omit<Counts, "tasks">>> = {
  met: "met",
  unmet: "unmet",
  "no-data": "noData",
  review: "review",
};

/**
 * The summary counts outside what the reviewer's verdicts allow, as readable lines ("met 7, expected
 * 9–10"); empty when every count fits. A count may be as low as the tasks that allow only that verdict and
 * as high as the tasks that allow it at all.
 */
export function countsOutsideExpected(counts: Counts, expected: readonly ExpectedTask[]): string[] {
  const problems: string[] = [];
  if (counts.tasks !== expected.length) problems.push(`tasks ${counts.tasks}, expected ${expected.length}`);
  for (const [verdict, key] of Object.entries(COUNT_OF) as [Verdict, keyof Omit<Counts, "tasks">][]) {
    const low = expected.filter((e) => e.verdicts.length === 1 && e.verdicts[0] === verdict).length;
    const high = expected.filter((e) => e.verdicts.includes(verdict)).length;
    const got = counts[key];
    if (got < low || got > high)
      problems.push(`${key} ${got}, expected ${low === high ? low : `${low}–${high}`}`);
  }
  return problems;
}

/** A table as both front ends give it, its reasons worded: what the reviewer's checks look at. */
export type SeenTable = TableLike<string>;
type SeenTableTask = SeenTable["tasks"][number];

/**
 * The reviewer's checks of one appendix's table, as `it`s: its columns, its tasks and sections, each task's
 * verdict, the counts, the sub-items and the continuation rows. `tableOf` is called inside each test.
 */
export function itMatchesTheReviewer(appendix: Appendix, tableOf: () => SeenTable | undefined): void {
  const taskOf = (ordinal: string): SeenTableTask | undefined =>
    tableOf()?.tasks.find((t) => t.ordinal === ordinal);

  it("gives each part to the column a reviewer sees playing it", () => {
    const columns = tableOf()?.columns ?? [];
    const roles = Object.keys(appendix.spec.columns);
    expect(
      Object.fromEntries(columns.filter((c) => roles.includes(c.role)).map((c) => [c.role, c.letter])),
    ).toEqual(appendix.spec.columns);
  });

  it("lists the tasks the reviewer lists, in their sections", () => {
    expect(tableOf()?.tasks.map((t) => [t.ordinal, t.section ?? ""])).toEqual(
      appendix.expected.map((e) => [e.ordinal, e.section]),
    );
  });

  it.each(appendix.expected.map((e) => [e.ordinal, e.verdicts.join("|"), e] as const))(
    "judges task %s %s",
    (ordinal, _verdicts, expected) => {
      const { actual, wanted } = compareTask(taskOf(ordinal), expected);
      expect(actual).toEqual(wanted);
    },
  );

  it("counts verdicts as the reviewer's allow", () => {
    const summary = tableOf()?.summary ?? { tasks: 0, met: 0, unmet: 0, noData: 0, review: 0 };
    expect(countsOutsideExpected(summary, appendix.expected)).toEqual([]);
  });

  const subitems = Object.entries(appendix.spec.subitems ?? {});
  if (subitems.length > 0) {
    it.each(subitems)("judges the sub-items of task %s on their own", (ordinal, verdicts) => {
      expect(
        taskOf(ordinal)?.subitems.map(({ label, verdict, reasons }) => ({ label, verdict, reasons })),
      ).toEqual(
        verdicts.map((v) => ({
          label: expect.any(String),
          verdict: oneOf(v.split("|")),
          reasons: expect.any(Array),
        })),
      );
    });
  }

  const continuations = Object.entries(appendix.spec.continuations ?? {}).flatMap(([ordinal, rows]) =>
    rows.map((row) => [ordinal, row] as const),
  );
  if (continuations.length > 0) {
    it.each(continuations)("glues onto task %s its continuation row %s", (ordinal, row) => {
      const tasks = tableOf()?.tasks ?? [];
      expect({
        inTask: taskOf(ordinal)?.rows.includes(row) ?? false,
        aTaskOfItsOwn: tasks.some((t) => t.row === row),
        aSubitem: tasks.some((t) => t.subitems.some((s) => s.row === row)),
      }).toEqual({ inTask: true, aTaskOfItsOwn: false, aSubitem: false });
    });
  }
}

/** What the engine's TableResult and par-check's JSON table both hold; `R` is their reason's type. */
export interface TableLike<R> {
  readonly columns: readonly { readonly role: string; readonly letter: string }[];
  readonly summary: Counts;
  readonly tasks: readonly {
    readonly ordinal: string;
    readonly section?: string | null | undefined;
    readonly row: number;
    readonly rows: readonly number[];
    readonly target: string;
    readonly result: string;
    readonly verdict: Verdict;
    readonly completion: number | null;
    readonly reasons: readonly R[];
    readonly subitems: readonly {
      readonly label: string;
      readonly row: number;
      readonly verdict: Verdict;
      readonly reasons: readonly R[];
    }[];
  }[];
}

/** A front end's table as the reviewer's checks see it, each reason worded by `word`. */
export function seenTableOf<R>(
  table: TableLike<R> | undefined,
  word: (reason: R) => string,
): SeenTable | undefined {
  return (
    table && {
      columns: table.columns,
      summary: table.summary,
      tasks: table.tasks.map((task) => ({
        ordinal: task.ordinal,
        section: task.section ?? "",
        row: task.row,
        rows: task.rows,
        target: task.target,
        result: task.result,
        verdict: task.verdict,
        completion: task.completion,
        reasons: task.reasons.map(word),
        subitems: task.subitems.map((s) => ({
          label: s.label,
          row: s.row,
          verdict: s.verdict,
          reasons: s.reasons.map(word),
        })),
      })),
    }
  );
}
