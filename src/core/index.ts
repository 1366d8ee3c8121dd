/**
 * The appendix engine: plain cells in, plain data out. `checkSheet` runs the pipeline (grid → header and
 * columns → row kinds → tasks → readings → verdicts → findings → summary) and lays a reviewer's decisions
 * over it; the other exports are its stages' public parts and the planners front ends apply.
 */
export type {
  BlankReading,
  Cell,
  CellInput,
  CellValue,
  ColumnInfo,
  ColumnRole,
  ExtraRole,
  Comparator,
  DateMark,
  EngineOptions,
  FigureReading,
  Fraction,
  FractionReading,
  MergedArea,
  NumberStyle,
  ParamValue,
  Params,
  QualitativeReading,
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
  ZeroReading,
} from "./types";
export { VERDICTS } from "./types";
export { checkSheet, type CheckOptions, type SheetCheck } from "./check";
export { analyzeSheet, type AnalyzeOptions } from "./analyze";
export { readResult, readTarget, type PhraseRole, type ReadOptions } from "./readings";
export { ENGLISH_NUMBERS, VIETNAMESE_NUMBERS } from "./readings";
export { judgeTask, type Judgement } from "./verdicts";
export {
  FILE_PROBLEMS,
  FINDING_CODES,
  finding,
  MESSAGE_CODES,
  reason,
  REASON_CODES,
  type FileProblem,
  type Finding,
  type FindingCode,
  type FindingParams,
  type Issue,
  type MessageCode,
  type Reason,
  type ReasonCode,
  type ReasonParams,
  type TargetShown,
} from "./issues";
export type { SummaryLabels, Wording } from "./wording";
export { normalizeText, foldText } from "./text";
export { formatCount, formatNumber, formatPercent, round } from "./format";
export { columnLetter, cellAddress } from "./address";
export {
  compileLexicon,
  defaultLexicon,
  VIETNAMESE,
  type CompiledLexicon,
  type Entry,
  type Example,
  type Lexicon,
} from "./lexicon";
export {
  ANNOTATION_COLUMNS,
  describeCounts,
  freeSheetName,
  MAX_SHEET_NAME,
  placementOf,
  planAnnotations,
  SHEET_COLUMNS,
  sheetReference,
  verdictSheetName,
  type AnnotationOptions,
  type AnnotationPlacement,
  type AnnotationPlan,
  type AnnotationRow,
  type AnnotationRowKind,
  type VerdictSheet,
  type VerdictSheetRow,
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
export { checkClaims, statedClaim } from "./findings";
export { titleLines, unitNameFromLines } from "./titles";
export {
  applyReview,
  decide,
  decisionKey,
  orphanFindings,
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
