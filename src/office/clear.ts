/// <reference types="office-js" />
/**
 * Taking the add-in's marks away again, and selecting a task's row: what the task pane can do before the
 * engine has loaded (it arrives with the first check).
 */
import type { Language } from "../i18n";
import { hostError } from "./errors";
import {
  loadAddedSheets,
  loadOwnFormats,
  MARKS_KEY,
  ownAddedSheets,
  parseRecord,
  queueRemoval,
  queueSheetDeletion,
} from "./marks";
import type { ExcelHost, MarkState, OfficeResult, SheetMarks } from "./types";

export interface ClearOptions {
  readonly language?: Language;
  readonly state?: MarkState;
}

/**
 * Takes away everything the add-in added, on every sheet it marked, and its record; the verdict sheets it
 * added (for tables reaching XFD) are deleted while they still hold the header it wrote.
 */
export async function clearMarks(
  excel: ExcelHost,
  options: ClearOptions = {},
): Promise<OfficeResult<{ readonly sheets: string[] }>> {
  const language = options.language ?? "vi";
  const state = options.state;
  try {
    return await excel.run(async (context) => {
      const settings = context.workbook.settings;
      const setting = settings.getItemOrNullObject(MARKS_KEY);
      setting.load("value");
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      if (setting.isNullObject) return { ok: true as const, sheets: [] };
      const record = parseRecord(setting.value);

      const names = worksheets.items.map((ws) => ws.name);
      const targets = worksheets.items
        .filter((ws) => record.sheets[ws.name] !== undefined)
        .map((worksheet) => {
          const marks = record.sheets[worksheet.name] as SheetMarks;
          return {
            worksheet,
            marks,
            formats: loadOwnFormats(worksheet, marks),
            added: loadAddedSheets(worksheets, names, marks),
          };
        });
      await context.sync();

      if (state) state.writing = true;
      try {
        for (const t of targets) queueRemoval(t.worksheet, t.marks, t.formats);
        queueSheetDeletion(worksheets, ownAddedSheets(targets.flatMap((t) => t.added)));
        setting.delete();
        await context.sync();
      } finally {
        if (state) state.writing = false;
      }
      if (state) {
        state.added = [];
        state.tables = [];
      }
      return { ok: true as const, sheets: targets.map((t) => t.worksheet.name) };
    });
  } catch (error) {
    if (state) state.writing = false;
    return hostError(error, language);
  }
}

/** Selects a cell or row range ("A35:G35", or "Sheet!A35") when the user picks a task in the pane. */
export async function selectTaskRow(
  excel: ExcelHost,
  address: string,
  language: Language = "vi",
): Promise<OfficeResult<object>> {
  try {
    return await excel.run(async (context) => {
      const bang = address.lastIndexOf("!");
      const sheetName = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      const worksheet =
        sheetName === null
          ? context.workbook.worksheets.getActiveWorksheet()
          : context.workbook.worksheets.getItem(sheetName);
      if (sheetName !== null) worksheet.activate();
      worksheet.getRange(bang >= 0 ? address.slice(bang + 1) : address).select();
      await context.sync();
      return { ok: true as const };
    });
  } catch (error) {
    return hostError(error, language);
  }
}
