/**
 * What is the pane's own about its texts: which hint goes with each adapter error. The texts themselves
 * are in src/i18n (`PANE[language]`), one module per language.
 */
import type { OfficeErrorCode, PaneTextKey } from "../i18n";

/** What to do about each adapter error. */
export const ERROR_HINTS: Readonly<Record<OfficeErrorCode, PaneTextKey>> = {
  unsupported: "unsupportedHint",
  "empty-sheet": "emptySheetHint",
  "no-table": "noTableHint",
  "report-copy": "reportCopyHint",
  "host-error": "hostErrorHint",
};
