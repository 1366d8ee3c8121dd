/** A1 addresses. Columns and rows are 0-based here, as in the grid. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`Column must be a whole number ≥ 0, got ${column}.`);
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** (0, 0) → "A1". */
export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Row must be a whole number ≥ 0, got ${row}.`);
  return `${columnLetter(column)}${row + 1}`;
}
