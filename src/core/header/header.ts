/** Finds the appendix's header row by its labels and decides which column plays which part. */
import { columnLetter } from "../address";
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../issues";
import type { CompiledLexicon, LabelRole } from "../lexicon";
import type { ColumnInfo, ColumnRole } from "../types";
import { cleanLabel, readLabel, type LabelReading } from "./labels";

const YEAR = /(?:19|20)\d{2}/g;

function periodOf(label: string): string {
  return (label.match(YEAR) ?? []).join("-");
}

export interface Header {
  /** Grid row of the (last) header row. */
  readonly row: number;
  /** Grid row where the header starts (two-row headers start one row earlier). */
  readonly firstRow: number;
  readonly columns: readonly ColumnInfo[];
  readonly byRole: Readonly<Partial<Record<ColumnRole, number>>>;
  /** The grid columns that have a role, for telling other text apart. */
  readonly roleColumns: ReadonlySet<number>;
  /** Columns the table spans, 0-based grid. */
  readonly left: number;
  readonly right: number;
  readonly findings: readonly Finding[];
  /** Folded labels in column order, to recognise a repeated header. */
  readonly signature: string;
}

interface Labelled {
  readonly column: number;
  readonly label: string;
  readonly role: LabelRole;
  readonly scores: LabelReading["scores"];
}

const QUICK_REJECT = /^\s*(?:\d|[IVXivx]+[.)]?\s*$|[-+•*])/;

/** Labels of one row, or undefined when the row cannot be a header (cheap checks first). */
function rowLabels(grid: Grid, row: number, lexicon: CompiledLexicon): Labelled[] | undefined {
  const width = grid.rowWidth(row);
  let labelled: Labelled[] | undefined;
  let firstText = true;
  for (let c = 0; c < width; c++) {
    const cell = grid.cell(row, c);
    if (cell === null) continue;
    const value = cell.value;
    if (typeof value !== "string") {
      if (value !== null && value !== undefined && firstText) return undefined;
      continue;
    }
    if (value.length > 120) continue;
    if (firstText && QUICK_REJECT.test(value)) return undefined;
    firstText = false;
    const reading = readLabel(value, lexicon);
    if (reading === undefined) continue;
    (labelled ??= []).push({
      column: c,
      label: grid.text(row, c),
      role: reading.role,
      scores: reading.scores,
    });
  }
  return labelled;
}

function hasRole(labels: readonly Labelled[], role: LabelRole): boolean {
  return labels.some((l) => l.role === role);
}

/** Whether a row's labels make a header: a task column plus a target or result, or a number column and two more. */
function isHeaderLike(labels: readonly Labelled[]): boolean {
  const content = hasRole(labels, "content") || hasRole(labels, "ambiguous");
  const target = hasRole(labels, "target") || hasRole(labels, "ambiguous");
  const result = hasRole(labels, "result");
  const ordinal = hasRole(labels, "ordinal");
  const parts = [content, target, result, ordinal].filter(Boolean).length;
  return (content && (target || result) && parts >= 3) || (content && target && result);
}

/** Whether a cell is part of a merge that spans more than its own column. */
function mergedAcross(grid: Grid, row: number, column: number): boolean {
  // Covered cells know their merge's top-left; the top-left itself is known by the cell to its right.
  const master = grid.master(row, column) ?? [row, column];
  if (master[1] !== column) return true;
  const right = grid.master(row, column + 1);
  return right !== undefined && right[0] === master[0] && right[1] === master[1];
}

/** Labels of a second header row, merged under the first ("Năm 2024" over "Kế hoạch" and "Thực hiện"). */
function mergeSubheader(
  grid: Grid,
  row: number,
  top: readonly Labelled[],
  lexicon: CompiledLexicon,
): Labelled[] | undefined {
  if (row + 1 >= grid.rowCount) return undefined;
  const below = rowLabels(grid, row + 1, lexicon);
  if (!below || below.length === 0) return undefined;
  if (!below.some((l) => l.role === "target" || l.role === "result" || l.role === "ambiguous"))
    return undefined;
  const byColumn = new Map<number, Labelled>();
  for (const l of top) byColumn.set(l.column, l);
  // Sub-labels stand under a cell merged across them or under no label: not under "Nội dung" (a section row).
  if (below.some((l) => byColumn.has(l.column) && !mergedAcross(grid, row, l.column))) return undefined;
  for (const l of below) {
    const parentColumn = grid.master(row, l.column)?.[1] ?? l.column;
    const parentText = grid.text(row, parentColumn);
    const label = parentText && parentText !== l.label ? `${parentText} ${l.label}` : l.label;
    byColumn.set(l.column, { ...l, label });
  }
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

/** Chooses one column per role. Returns findings that explain a choice between candidates. */
function assignRoles(grid: Grid, row: number, labels: readonly Labelled[]): Header {
  const findings: Finding[] = [];
  const of = (role: LabelRole): Labelled[] => labels.filter((l) => l.role === role);
  const ordinal = of("ordinal")[0];
  const contents = of("content");
  const ambiguous = of("ambiguous");
  let targets = of("target");
  let content = choose(grid, row, "content", contents, contents, findings);
  // "Chỉ tiêu" is the task column beside "Kế hoạch", and the target column beside "Nội dung".
  if (!content && ambiguous[0]) content = ambiguous[0];
  else if (ambiguous.length > 0 && targets.length === 0) targets = ambiguous;
  // A second task-like label that also names a target ("Nhiệm vụ được giao" beside "Nội dung") is the target.
  if (targets.length === 0)
    targets = labels.filter(
      (l) => l !== content && (l.role === "content" || l.role === "ambiguous") && (l.scores.target ?? 0) > 0,
    );
  const results = of("result");

  const placed = targets.filter((t) => !content || t.column > content.column);
  let target = choose(grid, row, "target", targets, placed, findings);
  let result: Labelled | undefined;
  if (results.length > 0) {
    const after = target ? results.filter((r) => r.column > target!.column) : results;
    const period = target ? periodOf(target.label) : "";
    const samePeriod = period ? after.filter((r) => periodOf(r.label) === period) : [];
    result = samePeriod[0] ?? after[0] ?? results[results.length - 1];
    const basis = samePeriod[0]
      ? "same-period"
      : target && after[0] && after.length < results.length
        ? "after-target"
        : "first";
    const other = results.find((r) => r !== result);
    if (result && other) {
      findings.push(
        finding(
          "result-column-chosen",
          "info",
          {
            letter: columnLetter(grid.sheetColumn(result.column)),
            label: result.label,
            otherLetter: columnLetter(grid.sheetColumn(other.column)),
            otherLabel: other.label,
            basis,
          },
          grid.sheetRow(row),
          grid.address(row, result.column),
        ),
      );
    }
  }
  // A target can only be a column other than the result.
  if (target && result && target.column === result.column) target = undefined;

  const chosen: [ColumnRole, Labelled | undefined][] = [
    ["ordinal", ordinal],
    ["content", content],
    ["target", target],
    ["result", result],
    ["unit", of("unit")[0]],
    ["note", of("note")[0]],
    ["evaluation", of("evaluation")[0]],
    ["deadline", of("deadline")[0]],
  ];
  const columns: ColumnInfo[] = [];
  const byRole: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  for (const [role, labelled] of chosen) {
    if (!labelled || taken.has(labelled.column)) continue;
    taken.add(labelled.column);
    byRole[role] = labelled.column;
    columns.push({
      role,
      column: grid.sheetColumn(labelled.column),
      letter: columnLetter(grid.sheetColumn(labelled.column)),
      label: labelled.label,
    });
  }
  columns.sort((a, b) => a.column - b.column);
  const spanned = labels.map((l) => l.column);
  let right = Math.max(...spanned);
  // The header may have unlabelled columns at its right edge (a merged title cell, "Ghi chú" left blank).
  for (let c = right + 1; c < grid.rowWidth(row); c++) if (!grid.isEmpty(row, c)) right = c;
  return {
    row,
    firstRow: row,
    columns,
    byRole,
    roleColumns: taken,
    left: Math.min(...spanned),
    right,
    findings,
    signature: labels.map((l) => cleanLabel(l.label)).join("|"),
  };
}

/**
 * One column among several that could play a part: the one whose label says it most, in `pool` (the
 * candidates placed where the part belongs), then the first; a finding names the one left out.
 */
function choose(
  grid: Grid,
  row: number,
  role: "content" | "target",
  candidates: readonly Labelled[],
  pool: readonly Labelled[],
  findings: Finding[],
): Labelled | undefined {
  const from = pool.length > 0 ? pool : candidates;
  const score = (l: Labelled | undefined): number => l?.scores[role] ?? 0;
  let chosen = from[0];
  for (const l of from) if (score(l) > score(chosen)) chosen = l;
  const other = candidates.find((l) => l !== chosen);
  if (chosen && other) {
    findings.push(
      finding(
        "column-chosen",
        "info",
        {
          role,
          letter: columnLetter(grid.sheetColumn(chosen.column)),
          label: chosen.label,
          otherLetter: columnLetter(grid.sheetColumn(other.column)),
          otherLabel: other.label,
          basis: score(chosen) > score(other) ? "label-words" : "first",
        },
        grid.sheetRow(row),
        grid.address(row, chosen.column),
      ),
    );
  }
  return chosen;
}

/** Every header row on the sheet, top to bottom. */
export function findHeaders(grid: Grid, lexicon: CompiledLexicon): Header[] {
  const headers: Header[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const labels = rowLabels(grid, row, lexicon);
    if (!labels || labels.length < 2) continue;
    const merged = mergeSubheader(grid, row, labels, lexicon);
    if (merged && isHeaderLike(merged)) {
      headers.push({ ...assignRoles(grid, row + 1, merged), firstRow: row });
      row++;
      continue;
    }
    if (isHeaderLike(labels)) headers.push(assignRoles(grid, row, labels));
  }
  return headers;
}

/** The row that looks most like a header, for the message when none does. */
export function nearestHeaderText(
  grid: Grid,
  lexicon: CompiledLexicon,
): { row: number; text: string } | undefined {
  let best: { row: number; text: string; score: number } | undefined;
  const limit = Math.min(grid.rowCount, 200);
  for (let row = 0; row < limit; row++) {
    const labels = rowLabels(grid, row, lexicon);
    if (!labels) continue;
    const score = new Set(labels.map((l) => l.role)).size;
    if (score > 0 && (!best || score > best.score)) {
      const texts: string[] = [];
      for (let c = 0; c < grid.rowWidth(row); c++) {
        const t = grid.text(row, c);
        if (t) texts.push(t);
      }
      best = { row, text: texts.join(" | "), score };
    }
  }
  return best && { row: best.row, text: best.text };
}
