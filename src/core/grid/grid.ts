/** Uniform access to a sheet given as rows of cells, with merged areas resolved. */
import { columnLetter } from "../address";
import { normalizeText } from "../text";
import type { Cell, CellInput, MergedArea, SheetInput } from "../types";

/** Merged areas larger than this are not expanded cell by cell; only their top-left cell counts. */
const MAX_MERGE_CELLS = 200_000;

export class Grid {
  readonly rowCount: number;
  readonly sheet: string;
  private readonly rows: readonly (readonly CellInput[])[];
  private readonly originRow: number;
  private readonly originColumn: number;
  /** For each cell covered by a merge but not its top-left: the top-left, as "row,column" → [row, column]. */
  private readonly mergeMaster = new Map<number, readonly [number, number]>();
  private readonly width: number;

  constructor(input: SheetInput) {
    this.rows = Array.isArray(input.cells) ? input.cells : [];
    this.rowCount = this.rows.length;
    this.sheet = input.sheetName ?? "";
    this.originRow = Math.max(0, Math.trunc(input.origin?.row ?? 0)) || 0;
    this.originColumn = Math.max(0, Math.trunc(input.origin?.column ?? 0)) || 0;
    let width = 0;
    for (const row of this.rows) if (Array.isArray(row) && row.length > width) width = row.length;
    this.width = width;
    this.indexMerges(input.merges ?? []);
  }

  private key(row: number, column: number): number {
    return row * (this.width + 1) + column;
  }

  private indexMerges(merges: readonly MergedArea[]): void {
    let budget = MAX_MERGE_CELLS;
    for (const m of merges) {
      if (!m || ![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) continue;
      const top = Math.max(0, m.top);
      const left = Math.max(0, m.left);
      const bottom = Math.min(this.rowCount - 1, m.bottom);
      const right = Math.min(this.width - 1, m.right);
      if (top !== m.top || left !== m.left || bottom < top || right < left) continue;
      const area = (bottom - top + 1) * (right - left + 1);
      if (area > budget) continue;
      budget -= area;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          if (r !== top || c !== left) this.mergeMaster.set(this.key(r, c), [top, left]);
        }
      }
    }
  }

  /** The cell as given, or null. Merged-over cells are null; see `master`. */
  cell(row: number, column: number): Cell | null {
    const raw = this.rows[row]?.[column];
    if (raw === undefined || raw === null) return null;
    if (typeof raw === "object") return raw;
    return { value: raw };
  }

  /** The cell when it holds a number, without wrapping the strings that most cells are. */
  numberCell(row: number, column: number): Cell | null {
    const raw = this.rows[row]?.[column];
    if (typeof raw === "number") return { value: raw };
    return typeof raw === "object" && raw !== null && typeof raw.value === "number" ? raw : null;
  }

  /** The top-left cell of the merge covering (row, column), when it is not that cell itself. */
  master(row: number, column: number): readonly [number, number] | undefined {
    return this.mergeMaster.size === 0 ? undefined : this.mergeMaster.get(this.key(row, column));
  }

  /** The text a person sees in the cell, normalised; "" for empty and merged-over cells. */
  text(row: number, column: number): string {
    const raw = this.rows[row]?.[column];
    // Bare strings are the common case: read them without wrapping them in a cell.
    if (typeof raw === "string") return normalizeText(raw);
    if (raw === undefined || raw === null) return "";
    const cell: Cell = typeof raw === "object" ? raw : { value: raw };
    const { value } = cell;
    if (typeof value === "string") return normalizeText(value);
    if (cell.text !== undefined && cell.text !== "") return normalizeText(cell.text);
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
    return String(value);
  }

  /** A string cell's text with leading space trimmed but not normalised, for quick checks; "" otherwise. */
  rawText(row: number, column: number): string {
    const value = this.cell(row, column)?.value;
    return typeof value === "string" ? value.trimStart() : "";
  }

  isEmpty(row: number, column: number): boolean {
    const raw = this.rows[row]?.[column];
    if (typeof raw === "string") return raw.trim() === "";
    const cell = this.cell(row, column);
    if (cell === null) return true;
    const { value } = cell;
    if (value === null || value === undefined) return (cell.text ?? "").trim() === "";
    return typeof value === "string" && value.trim() === "";
  }

  rowWidth(row: number): number {
    const r = this.rows[row];
    return Array.isArray(r) ? r.length : 0;
  }

  /** 1-based sheet row of a grid row. */
  sheetRow(row: number): number {
    return row + this.originRow + 1;
  }

  sheetColumn(column: number): number {
    return column + this.originColumn;
  }

  address(row: number, column: number): string {
    // Tables use a handful of columns: their letters are made once.
    let letter = this.letters.get(column);
    if (letter === undefined) {
      letter = columnLetter(column + this.originColumn);
      this.letters.set(column, letter);
    }
    return `${letter}${row + this.originRow + 1}`;
  }

  private readonly letters = new Map<number, string>();
}
