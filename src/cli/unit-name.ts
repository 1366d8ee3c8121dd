/** The name of a unit's file for the batch summary: from its title rows (core), else its file name. */
import * as path from "path";
import { titleLines, unitNameFromLines, type SheetInput, type TableResult } from "../core";

/** The name of the unit whose file this is: from the title rows above its first table, else the file name. */
export function unitName(
  file: string,
  sheets: readonly SheetInput[],
  tables: readonly Pick<TableResult, "sheet" | "headerRow">[],
): string {
  for (const table of tables) {
    const sheet = sheets.find((s) => (s.sheetName ?? "") === table.sheet);
    const name = sheet ? unitNameFromLines(titleLines(sheet, table.headerRow)) : null;
    if (name) return name;
  }
  return path.basename(file, path.extname(file));
}
