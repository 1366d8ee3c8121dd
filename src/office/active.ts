/// <reference types="office-js" />
/**
 * The active sheet read, analysed and reviewed, in two syncs: what a check and the report copy both start
 * from. Anything the caller queued before riding on sync 1.
 */
import { checkSheet, type ParsedReview, type Review, type SheetResult } from "../core";
import { describe, type Language } from "../i18n";
import { failure } from "./errors";
import { loadAddedSheets, ownAddedSheets } from "./marks";
import { queueLocate, queueRead, type Located, type SheetRead } from "./read";
import { isReportCopyName } from "./report-names";
import { queueReviewRead } from "./review";
import type { ExcelHost, OfficeResult } from "./types";

export interface ActiveSheet {
  readonly located: Located;
  readonly sheet: SheetRead;
  /** The engine's own result, before the reviewer's decisions. */
  readonly computed: SheetResult;
  /** The result with this sheet's decisions in place. */
  readonly result: SheetResult;
  readonly review: Review;
  /** Every decision stored in the workbook, this sheet's and others'. */
  readonly stored: ParsedReview;
  /** Every sheet of the workbook, to tell decisions on a renamed or deleted sheet from other sheets'. */
  readonly sheetNames: readonly string[];
  /** Every worksheet, its name and position loaded (one load of the collection serves every caller). */
  readonly worksheets: readonly Excel.Worksheet[];
  /** Verdict sheets an earlier check of this sheet added and that are still as it left them. */
  readonly ownSheets: readonly string[];
}

/**
 * Sync 1 finds the data and the stored decisions, sync 2 reads the cells (a third only when the merged
 * areas cannot be read). An empty sheet or one without a table is a failure in the user's language.
 */
export async function readActiveSheet(
  context: Excel.RequestContext,
  excel: ExcelHost,
  language: Language,
): Promise<OfficeResult<ActiveSheet>> {
  // Sync 1: where the data is, what was added before, and which reviewer's decisions are stored.
  const locate = queueLocate(context);
  const reviewRead = queueReviewRead(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  await context.sync();
  const located = locate();
  if (!located.used) return failure("empty-sheet", language);
  // Marks or a copy of a copy would put helper cells on the sheet meant to be pasted into Word.
  if (isReportCopyName(located.sheetName)) return failure("report-copy", language);
  let reviewDone = reviewRead();

  // Sync 2: the cells, in row blocks queued together, and the header rows of verdict sheets added before.
  const names = worksheets.items.map((ws) => ws.name);
  const oldMarks = located.record.sheets[located.sheetName];
  let read: () => SheetRead = queueRead(located, located.used, excel.supports("1.13"));
  let added = loadAddedSheets(worksheets, names, oldMarks);
  try {
    await context.sync();
  } catch (error) {
    // getMergedAreasOrNullObject fails above 512 areas: read again without merges (one more sync, rare).
    if (!excel.supports("1.13")) throw error;
    read = queueRead(located, located.used, false);
    reviewDone = reviewRead();
    added = loadAddedSheets(worksheets, names, oldMarks);
    await context.sync();
  }
  const sheet = read();
  const stored = reviewDone();
  // Decisions on other sheets wait for their sheet (checkSheet leaves them); they are saved back untouched.
  const { computed, result, review } = checkSheet(sheet.input, { overrides: stored.overrides });
  if (computed.tables.length === 0) {
    // The engine's own words: which labels were expected, and the closest row it found.
    const said = computed.findings.map((finding) => describe(finding, language)).join(" ");
    return said ? { ok: false, code: "no-table", message: said } : failure("no-table", language);
  }
  const sheetNames = worksheets.items.map((ws) => ws.name);
  return {
    ok: true,
    located,
    sheet,
    computed,
    result,
    review,
    stored,
    sheetNames,
    worksheets: worksheets.items,
    ownSheets: ownAddedSheets(added),
  };
}
