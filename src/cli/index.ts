/** The par-check command line, for use in-process. */
export { main, EXIT_OK, EXIT_NOTHING_CHECKED, EXIT_USAGE, type CliIO, type OutputStream } from "./main";
export { parseArgs, type CliOptions, type OutputFormat, type ParsedArgs } from "./args";
export { checkFile, findingLine, type FileFinding, type FileReport, type FileReview } from "./check";
export {
  BATCH_EXTENSIONS,
  BatchSummary,
  expandInputs,
  progressBar,
  rankUnits,
  sheetLink,
  SheetNames,
  summarizeReport,
  summaryFailure,
  writeSummary,
  type ExpandedInputs,
  type ExpandOptions,
  type FlaggedTask,
  type UnitCounts,
  type UnitFailure,
  type UnitOutcome,
  type UnitSummary,
} from "./batch";
export { unitName } from "./unit-name";
export {
  detectDelimiter,
  isoDate,
  parseAddress,
  parseRange,
  percentDecimals,
  plainValue,
  readInput,
  sniff,
  toCell,
  worksheetMerges,
  worksheetToSheet,
  type FileIssue,
  type InputFormat,
  type Magic,
  type ReadOutcome,
} from "./read";
export {
  displayWidth,
  fileToJson,
  JsonReportStream,
  renderClosing,
  renderFileBlocks,
  renderJson,
  renderTable,
  renderText,
  tableToJson,
  truncate,
  wrap,
  TextReportStream,
  type JsonDecision,
  type JsonFile,
  type JsonFinding,
  type JsonMessage,
  type JsonReport,
  type JsonReview,
  type JsonTable,
  type JsonTask,
  type RunTally,
  type TextOptions,
} from "./render";
export {
  loadReview,
  readReviewPart,
  writeReviewPart,
  writeReviewParts,
  type StoredReview,
} from "./review-part";
export { safeSheetName, writeAnnotated, VERDICT_STYLES, type WriteResult } from "./write";
