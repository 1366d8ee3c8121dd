/**
 * Columns found by what their cells hold, when no label names them: a table pasted without its header, or a
 * header whose target or result label is unknown. A column is taken for a part only on strong evidence
 * (most of its cells read so, few read the other way), and a finding says which and why.
 */
import { columnLetter } from "../address";
import type { Grid } from "../grid/grid";
import { finding, type Finding, type FindingParams } from "../issues";
import type { CompiledLexicon } from "../lexicon";
import { readNormalizedText, type ReadOptions } from "../readings";
import { classifyOrdinal, type RowGrammar } from "../rows/ordinals";
import { foldText } from "../text";
import type { ColumnInfo, ColumnRole, NumberStyle, Status } from "../types";
import type { Header } from "./header";

/** What one cell reads like. */
export type CellShape = "target" | "result" | "text" | "neutral";

type InferredRole = FindingParams["column-inferred"]["role"];

/** Cells looked at per column: enough to judge, few enough for a sheet of 100,000 rows. */
const SAMPLE = 400;
/** A column needs this many cells of a shape, this share of its filled cells, and twice the other shape. */
const MIN_CELLS = 3;
const MIN_SHARE = 0.3;
const DOMINANCE = 2;
/** Task text: a sentence, not a figure. */
const TEXT_LENGTH = 15;

/** Statuses only a result has: a target does not deny, hedge or lack its own data. */
const TELLING: ReadonlySet<Status> = new Set<Status>([
  "negated",
  "no-data",
  "in-progress",
  "not-arising",
  "caveat",
]);

/** Reads cells for their shape, with the lexicon's shape words and the engine's own readings. */
export class ShapeReader {
  private readonly targetLead;
  private readonly resultLead;
  private readonly options: ReadOptions;

  constructor(lexicon: CompiledLexicon, numberStyle?: NumberStyle) {
    this.targetLead = lexicon.matcher("{target-shape}");
    this.resultLead = lexicon.matcher("{result-shape}");
    this.options = numberStyle ? { lexicon, numberStyle } : { lexicon };
  }

  shapeOf(text: string): CellShape {
    if (text === "") return "neutral";
    const folded = foldText(text);
    const asks = this.targetLead.test(folded);
    const tells = this.resultLead.test(folded);
    if (asks !== tells) return asks ? "target" : "result";
    const result = readNormalizedText(text, "result", this.options);
    // "Done" words are in targets too ("Công khai đầy đủ, đúng quy định"): only the others tell a result.
    if (result.kind === "fraction" || result.statuses.some((s) => TELLING.has(s))) return "result";
    const target = readNormalizedText(text, "target", this.options);
    const bound =
      (target.kind === "threshold" || target.kind === "range" || target.kind === "count") &&
      target.quantity.comparator !== "eq";
    if (bound || (target.kind === "qualitative" && target.deadline !== undefined)) return "target";
    return text.length >= TEXT_LENGTH && target.kind === "qualitative" ? "text" : "neutral";
  }

  /** A result stated as a share of the plan ("đạt 101% kế hoạch", "bằng 95% KH"). */
  isPlanShare(text: string): boolean {
    if (text === "") return false;
    const reading = readNormalizedText(text, "result", this.options);
    if ("quantity" in reading && reading.quantity.basis === "plan") return true;
    return reading.percents.some((q) => q.basis === "plan");
  }
}

interface Evidence {
  readonly column: number;
  readonly filled: number;
  readonly target: number;
  readonly result: number;
  readonly text: number;
}

function evidenceOf(grid: Grid, rows: readonly number[], column: number, shapes: ShapeReader): Evidence {
  let filled = 0;
  let target = 0;
  let result = 0;
  let text = 0;
  for (const row of rows.length > SAMPLE ? rows.slice(0, SAMPLE) : rows) {
    if (grid.isEmpty(row, column)) continue;
    filled++;
    const cell = grid.cell(row, column);
    if (typeof cell?.value !== "string") continue;
    const shape = shapes.shapeOf(grid.text(row, column));
    if (shape === "target") target++;
    else if (shape === "result") result++;
    else if (shape === "text") text++;
  }
  return { column, filled, target, result, text };
}

function strong(count: number, other: number, filled: number): boolean {
  return count >= MIN_CELLS && count >= MIN_SHARE * filled && count >= DOMINANCE * other;
}

/** The column whose cells most read as `shape`, among candidates, when the evidence is strong. */
function best(evidence: readonly Evidence[], shape: "target" | "result"): Evidence | undefined {
  const other = shape === "target" ? "result" : "target";
  let chosen: Evidence | undefined;
  for (const e of evidence) {
    if (!strong(e[shape], e[other], e.filled)) continue;
    if (!chosen || e[shape] - e[other] > chosen[shape] - chosen[other]) chosen = e;
  }
  return chosen;
}

interface Inferred {
  readonly role: InferredRole;
  readonly column: number;
  readonly count: number;
  readonly total: number;
}

function inferredFinding(grid: Grid, row: number, labelRow: number | undefined, i: Inferred): Finding {
  const label = labelRow === undefined ? "" : grid.text(labelRow, i.column);
  return finding(
    "column-inferred",
    "warning",
    { role: i.role, letter: columnLetter(grid.sheetColumn(i.column)), label, count: i.count, total: i.total },
    grid.sheetRow(row),
    grid.address(row, i.column),
  );
}

/** Target and result among candidate columns (results to the right of targets where both are strong). */
function targetAndResult(
  evidence: readonly Evidence[],
  need: { readonly target: boolean; readonly result: boolean },
): { target?: Evidence; result?: Evidence } {
  const target = need.target ? best(evidence, "target") : undefined;
  const rest = target ? evidence.filter((e) => e !== target) : evidence;
  const result = need.result
    ? best(
        target && rest.some((e) => e.column > target.column && strong(e.result, e.target, e.filled))
          ? rest.filter((e) => e.column > target.column)
          : rest,
        "result",
      )
    : undefined;
  return { ...(target ? { target } : {}), ...(result ? { result } : {}) };
}

function widthOf(grid: Grid, rows: readonly number[]): number {
  let width = 0;
  for (const row of rows.length > SAMPLE ? rows.slice(0, SAMPLE) : rows)
    width = Math.max(width, grid.rowWidth(row));
  return width;
}

/**
 * A table with no header row: its task numbers find its rows, and the shapes of its cells its columns.
 * Undefined unless an ordinal column, a target and a result column are all clear.
 */
export function inferTable(grid: Grid, grammar: RowGrammar, shapes: ShapeReader): Header | undefined {
  const ordinals = ordinalColumn(grid, grammar);
  if (!ordinals) return undefined;
  const { column: ordinal, rows, first } = ordinals;
  if (first < 1) return undefined;
  const width = widthOf(grid, rows);
  const evidence: Evidence[] = [];
  for (let c = ordinal + 1; c < width; c++) evidence.push(evidenceOf(grid, rows, c, shapes));
  const content = evidence.find(
    (e) => e.text + e.target + e.result >= MIN_SHARE * rows.length && e.text >= MIN_CELLS,
  );
  if (!content) return undefined;
  const { target, result } = targetAndResult(
    evidence.filter((e) => e.column > content.column),
    { target: true, result: true },
  );
  if (!target || !result) return undefined;
  const row = first - 1;
  // The row above may be a header in words the lexicon lacks ("Số | Việc | Cần đạt | Được"): keep its labels.
  const labelRow = filledCells(grid, row) >= 2 ? row : undefined;
  const found: Inferred[] = [
    { role: "ordinal", column: ordinal, count: rows.length, total: rows.length },
    { role: "content", column: content.column, count: content.text, total: content.filled },
    { role: "target", column: target.column, count: target.target, total: target.filled },
    { role: "result", column: result.column, count: result.result, total: result.filled },
  ];
  const label = (column: number): string => (labelRow === undefined ? "" : grid.text(labelRow, column));
  const columns: ColumnInfo[] = found.map((i) => columnInfo(grid, i.role, i.column, label(i.column)));
  const byRole: Partial<Record<ColumnRole, number>> = {};
  for (const i of found) byRole[i.role] = i.column;
  return {
    row,
    firstRow: row,
    columns,
    byRole,
    roleColumns: new Set(found.map((i) => i.column)),
    left: ordinal,
    right: Math.max(width - 1, ...found.map((i) => i.column)),
    findings: found.map((i) => inferredFinding(grid, first, labelRow, i)),
    signature: "",
  };
}

function filledCells(grid: Grid, row: number): number {
  let filled = 0;
  for (let c = 0; c < grid.rowWidth(row); c++) if (!grid.isEmpty(row, c)) filled++;
  return filled;
}

function columnInfo(grid: Grid, role: ColumnRole, column: number, label: string): ColumnInfo {
  const sheetColumn = grid.sheetColumn(column);
  return { role, column: sheetColumn, letter: columnLetter(sheetColumn), label };
}

/** The column of task numbers: the one among the first few that numbers most rows as tasks. */
function ordinalColumn(
  grid: Grid,
  grammar: RowGrammar,
): { column: number; rows: number[]; first: number } | undefined {
  let chosen: { column: number; rows: number[]; first: number } | undefined;
  for (let c = 0; c < 4; c++) {
    const rows: number[] = [];
    let first = -1;
    for (let r = 0; r < grid.rowCount; r++) {
      const text = grid.text(r, c);
      if (text === "" || text.length > 12) continue;
      const kind = classifyOrdinal(text, grammar).kind;
      if (kind === "task") rows.push(r);
      if ((kind === "task" || kind === "section") && first < 0) first = r;
    }
    if (rows.length >= MIN_CELLS && (!chosen || rows.length > chosen.rows.length))
      chosen = { column: c, rows, first };
  }
  return chosen;
}

/** The table's task rows: numbered in the ordinal column, or with task text where there is none. */
function taskRows(grid: Grid, header: Header, end: number, grammar: RowGrammar): number[] {
  const rows: number[] = [];
  const ordinal = header.byRole.ordinal;
  const content = header.byRole.content;
  for (let r = header.row + 1; r < end && rows.length < SAMPLE; r++) {
    if (ordinal !== undefined) {
      if (classifyOrdinal(grid.text(r, ordinal), grammar).kind === "task") rows.push(r);
    } else if (content !== undefined && !grid.isEmpty(r, content)) rows.push(r);
  }
  return rows;
}

/** Whether a table can be checked without a target column: how many results state a share of the plan. */
export interface ResultsOnly {
  readonly planShares: number;
  readonly total: number;
}

/**
 * A found header without a target or a result column: the missing part from the unlabelled columns' cells,
 * or, with no target at all, results stated as shares of the plan (`resultsOnly`).
 */
export function completeHeader(
  grid: Grid,
  header: Header,
  end: number,
  grammar: RowGrammar,
  shapes: ShapeReader,
): { header: Header; resultsOnly?: ResultsOnly } {
  const needTarget = header.byRole.target === undefined;
  const needResult = header.byRole.result === undefined;
  if (!needTarget && !needResult) return { header };
  const rows = taskRows(grid, header, end, grammar);
  const width = Math.max(header.right + 1, widthOf(grid, rows));
  const contentColumn = header.byRole.content ?? header.left;
  const evidence: Evidence[] = [];
  for (let c = contentColumn + 1; c < width; c++)
    if (!header.roleColumns.has(c)) evidence.push(evidenceOf(grid, rows, c, shapes));
  const { target, result } = targetAndResult(evidence, { target: needTarget, result: needResult });
  const found: Inferred[] = [];
  if (target)
    found.push({ role: "target", column: target.column, count: target.target, total: target.filled });
  if (result)
    found.push({ role: "result", column: result.column, count: result.result, total: result.filled });
  const completed = found.length === 0 ? header : withColumns(grid, header, found);
  if (completed.byRole.target !== undefined || completed.byRole.result === undefined)
    return { header: completed };
  const resultColumn = completed.byRole.result;
  let planShares = 0;
  let total = 0;
  for (const r of rows) {
    if (grid.isEmpty(r, resultColumn)) continue;
    total++;
    if (shapes.isPlanShare(grid.text(r, resultColumn))) planShares++;
  }
  if (planShares < 1 || planShares < MIN_SHARE * total) return { header: completed };
  return { header: completed, resultsOnly: { planShares, total } };
}

function withColumns(grid: Grid, header: Header, found: readonly Inferred[]): Header {
  const byRole = { ...header.byRole };
  const roleColumns = new Set(header.roleColumns);
  const columns = [...header.columns];
  for (const i of found) {
    byRole[i.role] = i.column;
    roleColumns.add(i.column);
    columns.push(columnInfo(grid, i.role, i.column, grid.text(header.row, i.column)));
  }
  columns.sort((a, b) => a.column - b.column);
  return {
    ...header,
    byRole,
    roleColumns,
    columns,
    right: Math.max(header.right, ...found.map((i) => i.column)),
    findings: [...header.findings, ...found.map((i) => inferredFinding(grid, header.row, header.row, i))],
  };
}
