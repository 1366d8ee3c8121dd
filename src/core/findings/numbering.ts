/** Gaps and duplicates in the task numbers, per level ("1.2" counts within "1") and per section. */
import type { Grid } from "../grid/grid";
import type { Header } from "../header/header";
import { finding, type Finding } from "../issues";

export interface Numbered {
  readonly ordinal: string;
  /** Grid row. */
  readonly row: number;
}

/**
 * Numbering findings for tasks and numbered groups in row order. A section whose first task is 1 opens
 * its own numbering scope (numbering that restarts in each section is accepted).
 */
export function checkNumbering(
  grid: Grid,
  header: Header,
  numbered: readonly Numbered[],
  sectionRows: readonly number[],
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const last = new Map<string, number>();
  let nextSection = 0;
  const column = header.byRole.ordinal ?? header.left;
  for (const d of numbered) {
    let opened = false;
    while (nextSection < sectionRows.length && sectionRows[nextSection]! < d.row) {
      nextSection++;
      opened = true;
    }
    if (opened && /^0?1(?:\.|$)/.test(d.ordinal) && (last.get("") ?? 0) > 1) {
      last.clear();
      seen.clear();
    }
    const parts = d.ordinal.split(".");
    const n = Number(parts[parts.length - 1]);
    const parent = parts.slice(0, -1).join(".");
    const address = grid.address(d.row, column);
    const firstRow = seen.get(d.ordinal);
    if (firstRow !== undefined) {
      findings.push(
        finding(
          "numbering-duplicate",
          "warning",
          { ordinal: d.ordinal, firstRow: grid.sheetRow(firstRow) },
          grid.sheetRow(d.row),
          address,
        ),
      );
      continue;
    }
    seen.set(d.ordinal, d.row);
    const previous = last.get(parent);
    if (previous !== undefined && n > previous + 1) {
      const prefix = parent ? `${parent}.` : "";
      const missing =
        n - previous === 2 ? `${prefix}${previous + 1}` : `${prefix}${previous + 1}–${prefix}${n - 1}`;
      findings.push(
        finding(
          "numbering-gap",
          "warning",
          { previous: `${prefix}${previous}`, ordinal: d.ordinal, missing },
          grid.sheetRow(d.row),
          address,
        ),
      );
    }
    if (previous === undefined || n > previous) last.set(parent, n);
  }
  return findings;
}
