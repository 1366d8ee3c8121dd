/** The appendix engine: plain cells in, plain data out. */
export type {
  Cell,
  CellInput,
  CellValue,
  ColumnInfo,
  ColumnRole,
  Comparator,
  EngineOptions,
  Finding,
  Fraction,
  Issue,
  MergedArea,
  NumberStyle,
  Params,
  Quantity,
  Reading,
  ReadingKind,
  RowInfo,
  RowKind,
  SectionResult,
  Severity,
  SheetInput,
  SheetResult,
  Status,
  SubitemResult,
  TableResult,
  TaskResult,
  Verdict,
  VerdictCounts,
} from "./types";
export { VERDICTS } from "./types";
export { analyzeSheet } from "./analyze";
export { readPhrase } from "./phrases";
export { judgeTask, type Judgement } from "./judge";
export { normalizeText, foldText } from "./text";
export { describe, hasText, MESSAGE_CODES, FINDING_CODES, REASON_CODES, VERDICT_LABELS } from "./messages";
export type { FindingCode, MessageCode, ReasonCode } from "./messages";
export { formatCount, formatNumber, formatPercent, round, LANGUAGES, type Language } from "./format";
export { columnLetter, cellAddress } from "./address";
export {
  describeCounts,
  planAnnotations,
  type AnnotationPlan,
  type AnnotationRow,
  type AnnotationRowKind,
} from "./annotate";
export {
  characterBudget,
  LANDSCAPE_FROM_COLUMNS,
  planReportSheet,
  REPORT_MARGINS_MM,
  rowHeight,
  summarySentence,
  summaryText,
  wrappedLines,
  type ReportColumn,
  type ReportColumnRole,
  type ReportMargins,
  type ReportOptions,
  type ReportOrientation,
  type ReportPage,
  type ReportPlan,
  type ReportRow,
  type ReportRowKind,
  type ReportStyle,
} from "./report";
export { checkClaims, statedClaim } from "./claims";
export {
  applyReview,
  decide,
  decisionKey,
  parseReview,
  serializeReview,
  withOverride,
  withoutOverride,
  CONTENT_KEPT,
  REVIEW_NAMESPACE,
  type Choice,
  type Decision,
  type Override,
  type ParsedReview,
  type Review,
} from "./review";
