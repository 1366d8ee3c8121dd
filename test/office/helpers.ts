/** Shared set-up for the adapter tests. */
import { makeAppendix } from "../../bench/synth";
import { seedGrid } from "../helpers/seed";
import { FakeExcel, type CellState } from "./fake-excel";

export const SHEET = "Phụ lục";

export const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };

/** The look of the seed's header row, as an officer formats it. */
export const HEADER_LOOK: CellState = {
  bold: true,
  fill: "#D9E1F2",
  wrap: true,
  borders: { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN },
};

/** The seed appendix on a fresh workbook, header row formatted. */
export function seedWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.seed(SHEET, seedGrid());
  for (const column of ["A", "B", "C", "D"]) excel.setCell(SHEET, 4, column.charCodeAt(0) - 65, HEADER_LOOK);
  return excel;
}

/** A generated appendix of `tasks` tasks. */
export function generatedWorkbook(tasks: number): FakeExcel {
  const excel = new FakeExcel();
  excel.seed(SHEET, makeAppendix(tasks, { seed: 7 }).sheet.cells);
  return excel;
}

/** Cells of the snapshot by address, for one sheet. */
export function cellsOf(excel: FakeExcel, sheet = SHEET): Record<string, CellState> {
  const snap = excel.snapshot() as { sheets: { name: string; cells: [string, CellState][] }[] };
  return Object.fromEntries(snap.sheets.find((s) => s.name === sheet)?.cells ?? []);
}

/** Values of one column, rows first..last (1-based), "" for empty. */
export function column(excel: FakeExcel, letter: string, first: number, last: number): unknown[] {
  const cells = cellsOf(excel);
  const out: unknown[] = [];
  for (let r = first; r <= last; r++) out.push(cells[`${letter}${r}`]?.value ?? "");
  return out;
}
