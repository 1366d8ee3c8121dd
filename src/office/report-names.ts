/** The names of the report-ready copies the add-in makes, and how to tell such a sheet by its name. */
import { LANGUAGES, OFFICE } from "../i18n";

const MAX_SHEET_NAME = 31;

/** `base`, or `base (2)`, `base (3)`… cut to Excel's 31 characters, not used by any sheet in any case. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  let name = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toUpperCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

/** Whether a sheet is one of the add-in's report copies ("Bản báo cáo", "Report copy (3)"). */
export function isReportCopyName(name: string): boolean {
  const bare = name.replace(/ \(\d+\)$/, "").toUpperCase();
  return LANGUAGES.some((language) => OFFICE[language].reportSheet.toUpperCase() === bare);
}
