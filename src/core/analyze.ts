/**
 * The engine as a pipeline: cells → grid → header and columns → row kinds → tasks → readings and
 * verdicts → findings → summary. Each stage is a module of its own; this file only composes them.
 */
import { checkClaims, checkNumbering, rowFindings, taskFindings } from "./findings";
import { Grid } from "./grid";
import {
  completeHeader,
  findHeaders,
  freeColumn,
  inferTable,
  missingColumns,
  nearestHeaderText,
  ShapeReader,
  tableStarts,
  type ResultsOnly,
  type TableStart,
} from "./header";
import { finding, type Finding } from "./issues";
import { readLegacy } from "./legacy";
import { defaultLexicon, type CompiledLexicon } from "./lexicon";
import { classifyRows, rowGrammarOf, type RowGrammar } from "./rows";
import { countVerdicts, summarizeSections } from "./summary";
import { assembleTasks } from "./tasks";
import type { EngineOptions, SheetInput, SheetResult, TableResult } from "./types";
import { judgeContext, judgeDraft, taskContext } from "./verdicts";

export interface AnalyzeOptions extends EngineOptions {
  /** The vocabulary to read with; the Vietnamese lexicon by default. */
  readonly lexicon?: CompiledLexicon;
}

/** Checks every appendix table on a sheet. Never throws on content. */
export function analyzeSheet(input: SheetInput, options: AnalyzeOptions = {}): SheetResult {
  const lexicon = options.lexicon ?? defaultLexicon();
  const grammar = rowGrammarOf(lexicon);
  // Old-font text ("Kh«ng ®¹t") is read in Unicode; the sheet's own cells are left as they are.
  const legacy = readLegacy(input);
  const grid = new Grid(legacy.input);
  const shapes = new ShapeReader(lexicon, options.numberStyle);
  let headers = findHeaders(grid, lexicon);
  if (headers.length === 0) {
    // No header row: a table whose numbers and cells show its columns is still checked.
    const inferred = inferTable(grid, grammar, shapes);
    if (!inferred)
      return { sheet: grid.sheet, tables: [], findings: [...legacy.findings, noTable(grid, lexicon)] };
    headers = [inferred];
  }

  const findings: Finding[] = [...legacy.findings];
  const tables: TableResult[] = [];
  for (const start of tableStarts(grid, headers, grammar)) {
    const { header, resultsOnly } = completeHeader(grid, start.header, start.end, grammar, shapes);
    const missing = missingColumns(grid, header, resultsOnly !== undefined);
    if (missing.length > 0) findings.push(...missing);
    else tables.push(analyzeTable(grid, { ...start, header }, grammar, lexicon, options, resultsOnly));
  }
  return { sheet: grid.sheet, tables, findings };
}

function analyzeTable(
  grid: Grid,
  { header, repeats, end }: TableStart,
  grammar: RowGrammar,
  lexicon: CompiledLexicon,
  options: EngineOptions,
  resultsOnly: ResultsOnly | undefined,
): TableResult {
  const classified = classifyRows(grid, header, repeats, end, grammar);
  const assembled = assembleTasks(grid, header, classified.rows);
  const context = taskContext(judgeContext(lexicon), options);
  const findings: Finding[] = [...header.findings, ...rowFindings(grid, header, classified.rows)];
  if (resultsOnly) {
    const row = grid.sheetRow(header.row);
    findings.push(finding("results-only", "warning", { sheet: grid.sheet, row, ...resultsOnly }, row));
  }
  const tasks = assembled.tasks.map((draft) => {
    const task = judgeDraft(grid, header, draft, context);
    taskFindings(grid, header, draft, task, findings);
    return task;
  });
  // Tasks come in row order; numbered groups only sometimes sit between them.
  const numbered =
    assembled.groups.length === 0
      ? assembled.tasks
      : [...assembled.tasks, ...assembled.groups].sort((a, b) => a.row - b.row);
  findings.push(...checkNumbering(grid, header, numbered, assembled.sectionRows));
  const summary = countVerdicts(tasks);
  findings.push(...checkClaims(tasks, summary, lexicon));
  return {
    sheet: grid.sheet,
    headerRow: grid.sheetRow(header.row),
    firstRow: grid.sheetRow(header.firstRow),
    lastRow: grid.sheetRow(classified.lastRow),
    firstColumn: grid.sheetColumn(header.left),
    lastColumn: grid.sheetColumn(header.right),
    freeColumn: grid.sheetColumn(freeColumn(grid, header, classified.lastRow)),
    columns: header.columns,
    tasks,
    sections: summarizeSections(grid, assembled.sections, tasks),
    summary,
    findings: sortByPlace(findings),
    rows: assembled.rows,
  };
}

/** The sheet has no header row: say which labels were expected and the row that came closest. */
function noTable(grid: Grid, lexicon: CompiledLexicon): Finding {
  const nearest = nearestHeaderText(grid, lexicon);
  if (!nearest) return finding("no-table", "error", { sheet: grid.sheet });
  const row = grid.sheetRow(nearest.row);
  return finding("no-table", "error", { sheet: grid.sheet, nearest: nearest.text, nearestRow: row }, row);
}

/** Findings in reading order: by row, then by column (keys made once, not per comparison). */
function sortByPlace(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, row: finding.row ?? 0, column: columnOf(finding.cell), index }))
    .sort((a, b) => a.row - b.row || a.column - b.column || a.index - b.index)
    .map((keyed) => keyed.finding);
}

function columnOf(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? "")?.[0] ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
