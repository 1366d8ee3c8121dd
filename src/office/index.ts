/// <reference types="office-js" />
/** The Excel adapter: the only code that talks to Excel. */
export { checkActiveSheet, type CheckOptions, type CheckResult, type CheckSuccess } from "./check";
export { clearMarks, selectTaskRow, type ClearOptions } from "./clear";
export {
  watchSheet,
  isTableEdit,
  DEBOUNCE_MS,
  type ChangeEvent,
  type WatchOptions,
  type Watcher,
} from "./watch";
export {
  createMarkState,
  type ExcelHost,
  type ExcelRun,
  type ErrorCode,
  type MarkRecord,
  type MarkState,
  type OfficeError,
  type OfficeResult,
  type SheetMarks,
} from "./types";
export { MARKS_KEY } from "./marks";
export { queueReviewRead, readReview, saveReview, REVIEW_API, type ReviewRead } from "./review";
export {
  createReportCopy,
  PAGE_LAYOUT_API,
  type ReportCopyOptions,
  type ReportCopyResult,
  type ReportCopySuccess,
} from "./report";
export { isReportCopyName } from "./report-names";
export { BLOCK_ROWS, MAX_READ_ROWS } from "./read";
export { MAX_BATCH_BYTES, VERDICT_COLOURS } from "./write";

/** The production host: Excel.run and Office's requirement-set check. */
export function officeHost(): import("./types").ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (set) => Office.context.requirements.isSetSupported("ExcelApi", set),
  };
}
