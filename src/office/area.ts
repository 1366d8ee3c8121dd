/** Rectangles on a sheet, 0-based and inclusive, and their A1 addresses. */
import { columnLetter } from "../core";

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "C5" → column 2; null when it is not a column name. */
function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * "Sheet1!$B$3:D7", "E7", "5:5" or "C:C" → an area; null when unreadable. Whole rows and columns
 * span the sheet (1,048,576 rows, 16,384 columns).
 */
export function parseArea(address: string): Area | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const [from = "", to = from] = local.split(":");
  const a = /^([A-Za-z]{0,3})(\d*)$/.exec(from);
  const b = /^([A-Za-z]{0,3})(\d*)$/.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const col = (s: string | undefined, whole: number): number => (s ? columnIndex(s) : whole);
  const row = (s: string | undefined, whole: number): number => (s ? Number(s) - 1 : whole);
  const top = row(a[2], 0);
  const bottom = row(b[2], 1_048_575);
  const left = col(a[1], 0);
  const right = col(b[1], 16_383);
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** {top: 6, left: 4, bottom: 39, right: 6} → "E7:G40"; one cell → "E7". */
export function formatArea(area: Area): string {
  const first = `${columnLetter(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetter(area.right)}${area.bottom + 1}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    outer.top <= inner.top &&
    inner.bottom <= outer.bottom &&
    outer.left <= inner.left &&
    inner.right <= outer.right
  );
}

export function rows(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columns(area: Area): number {
  return area.right - area.left + 1;
}
