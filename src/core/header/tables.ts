/**
 * Tables on a sheet: each header row opens one, unless it repeats the header above across a page break;
 * a table without a target or result column is not checked, and says why.
 */
import type { Grid } from "../grid/grid";
import { finding, type Finding } from "../issues";
import { classifyOrdinal, type RowGrammar } from "../rows/ordinals";
import type { Header } from "./header";

export interface TableStart {
  readonly header: Header;
  /** Later header rows that only repeat this one across a page break. */
  readonly repeats: readonly Header[];
  /** Grid row where the next table starts (or the sheet ends). */
  readonly end: number;
}

/** Groups header rows: a header that repeats the previous one mid-table is a page break, not a new table. */
export function tableStarts(grid: Grid, headers: readonly Header[], grammar: RowGrammar): TableStart[] {
  const starts: { header: Header; repeats: Header[] }[] = [];
  for (const header of headers) {
    const current = starts[starts.length - 1];
    if (current && header.signature === current.header.signature && !startsAfresh(grid, header, grammar)) {
      current.repeats.push(header);
    } else {
      starts.push({ header, repeats: [] });
    }
  }
  return starts.map((start, i) => ({ ...start, end: starts[i + 1]?.header.firstRow ?? grid.rowCount }));
}

/**
 * Whether a header that repeats the one before opens a new table: it does unless it sits right under a
 * task's rows (a page break in a pasted table) and the numbering carries on after it.
 */
function startsAfresh(grid: Grid, header: Header, grammar: RowGrammar): boolean {
  const ordinalColumn = header.byRole.ordinal;
  const above = header.firstRow - 1;
  if (above < 0 || ordinalColumn === undefined) return true;
  const aboveOrdinal = classifyOrdinal(grid.text(above, ordinalColumn), grammar);
  const aboveIsTableRow =
    aboveOrdinal.kind === "task" ||
    (aboveOrdinal.kind === "none" &&
      !rowIsBlank(grid, above, header.left, header.right) &&
      !isTitleRow(grid, above, header));
  if (!aboveIsTableRow) return true;
  const contentColumn = header.byRole.content;
  for (let r = header.row + 1; r < Math.min(grid.rowCount, header.row + 12); r++) {
    // A column-number row ("1 | 2 | 3 …") under a repeated header numbers columns, not tasks.
    if (contentColumn !== undefined && /^[([]?\d{1,2}[)\]]?$/.test(grid.text(r, contentColumn))) continue;
    const kind = classifyOrdinal(grid.text(r, ordinalColumn), grammar);
    if (kind.kind === "task") return /^0?1(?:\.1)?$/.test(kind.ordinal);
    if (kind.kind === "section" && (kind.label === "I" || kind.label === "A")) return true;
  }
  return false;
}

/** A row with text in one cell only, like "PHỤ LỤC 2" above a second table. */
function isTitleRow(grid: Grid, row: number, header: Header): boolean {
  let filled = 0;
  for (let c = 0; c <= Math.max(header.right, grid.rowWidth(row) - 1); c++)
    if (!grid.isEmpty(row, c)) filled++;
  return filled === 1 && header.byRole.content !== undefined && grid.isEmpty(row, header.byRole.content);
}

/** Whether a row holds nothing from its first column to its last. */
export function rowIsBlank(grid: Grid, row: number, left: number, right: number): boolean {
  const end = Math.max(right, grid.rowWidth(row) - 1);
  for (let c = Math.min(left, 0); c <= end; c++) if (!grid.isEmpty(row, c)) return false;
  return true;
}

/** no-target-column and no-result-column findings, when the header lacks them (a target may be left out). */
export function missingColumns(grid: Grid, header: Header, targetOptional = false): Finding[] {
  const found = header.columns.map((c) => `${c.letter}: ${c.label}`).join("; ");
  const params = { sheet: grid.sheet, row: grid.sheetRow(header.row), found };
  const out: Finding[] = [];
  if (header.byRole.target === undefined && !targetOptional)
    out.push(finding("no-target-column", "error", params, grid.sheetRow(header.row)));
  if (header.byRole.result === undefined)
    out.push(finding("no-result-column", "error", params, grid.sheetRow(header.row)));
  return out;
}

/** Rows kept free under a table for the summary block that front ends write. */
const SUMMARY_ROWS = 10;

/** The grid column where added columns can go: right of the table, empty on every row it spans. */
export function freeColumn(grid: Grid, header: Header, lastRow: number): number {
  let right = header.right;
  const bottom = Math.min(grid.rowCount - 1, lastRow + SUMMARY_ROWS);
  for (let r = header.firstRow; r <= bottom; r++) {
    for (let c = grid.rowWidth(r) - 1; c > right; c--) {
      if (!grid.isEmpty(r, c)) {
        right = c;
        break;
      }
    }
  }
  return right + 1;
}
