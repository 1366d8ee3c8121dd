/**
 * What a language provides: one module per language exports these four parts, for the engine's findings
 * and reasons (and the planners' words), the command line, the task pane and the Excel adapter.
 */
import type {
  FileProblem,
  FindingCode,
  FindingParams,
  ParamValue,
  ReasonCode,
  ReasonParams,
  TargetShown,
  Wording,
} from "../core";

/** How a template writes its parameters, in its language's number style. */
export interface Formatters {
  /** A percentage: 83.333 → "83,33%". */
  pct(value: ParamValue | undefined): string;
  /** A plain number: 1240 → "1.240". */
  num(value: ParamValue | undefined): string;
  /** A text, quoted and shortened. */
  q(value: ParamValue | undefined): string;
  /** A text as is. */
  s(value: ParamValue | undefined): string;
  /** A target: "≥ 70%", "100%", "6,6–6,8%", "≥ 1 sáng kiến". */
  tgt(p: Partial<TargetShown>): string;
  /** A verdict's name. */
  verdict(value: ParamValue | undefined): string;
}

export type ReasonTemplates = { readonly [C in ReasonCode]: (p: ReasonParams[C], f: Formatters) => string };
export type FindingTemplates = {
  readonly [C in FindingCode]: (p: FindingParams[C], f: Formatters) => string;
};
export type FileProblemTemplates = {
  readonly [P in FileProblem]: (p: FindingParams["unreadable"], f: Formatters) => string;
};

/** The engine's words: a `Wording` for the planners, and the templates `describe` fills. */
export interface EngineTexts extends Wording {
  readonly reasons: ReasonTemplates;
  readonly findings: FindingTemplates;
  /** Why a file could not be read ("the text is not UTF-8"), inside unreadable and unsupported-format. */
  readonly fileProblems: FileProblemTemplates;
  readonly formatters: Formatters;
}

/** Causes of a failed write that people can act on; any other is shown in the host's own words. */
export type WriteFailure = "no-permission" | "not-a-folder" | "is-a-folder" | "disk-full";

/** Texts that only the command line shows: usage, report labels, the batch workbook. */
export interface CliTexts {
  readonly usage: string;
  readonly usageError: (detail: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly badValue: (option: string, value: string, allowed: string) => string;
  readonly noFiles: string;
  readonly outIsInput: (path: string) => string;
  readonly outMustBeDirectory: (path: string) => string;
  readonly outMustBeXlsx: (path: string) => string;
  /** Why a file could not be written, by the host's error: `path` is where it failed. */
  readonly cannotWrite: Readonly<Record<WriteFailure, (path: string) => string>>;

  readonly report: {
    /** What names a table after its file, as separate parts: ["trang “Phụ lục”", "dòng tiêu đề 5"]. */
    readonly table: (sheet: string, headerRow: number) => readonly string[];
    readonly columns: string;
    readonly head: readonly [string, string, string, string];
    readonly noTasks: string;
    readonly bySection: string;
    readonly overall: string;
    readonly counts: (unmet: number, noData: number, review: number) => string;
    readonly meanCompletion: (value: string) => string;
    readonly findings: string;
    /** Where a finding without a cell points: "dòng 14". */
    readonly row: (row: number) => string;
    /** After "<file>: ". */
    readonly skippedSheets: (sheets: string) => string;
    readonly done: (tables: number, filesChecked: number, files: number) => string;
    readonly failed: (count: number) => string;
    readonly wrote: (path: string) => string;
    readonly reportWrote: (path: string) => string;
    readonly sentence: (text: string) => string;
    readonly notWritten: (file: string, reason: string) => string;
    readonly keptCells: (file: string, count: number) => string;
    /** The table reached XFD: its verdicts went to a sheet of their own. */
    readonly ownSheet: (verdictSheet: string) => string;
    /** The sheet of the --report workbook. */
    readonly reportSheet: string;
  };

  /** The reviewer's decisions a workbook stores, listed apart from the computed verdicts. */
  readonly review: {
    readonly heading: string;
    /** In place of the reviewer's verdict when it confirms the engine's. */
    readonly confirmed: string;
    readonly stale: (before: string) => string;
    readonly orphans: string;
    readonly place: (sheet: string, row: number) => string;
    /** "2026-12-02" as people in the language write it. */
    readonly date: (year: string, month: string, day: string) => string;
  };

  /** --summary: many units' files checked at once into one consolidated workbook. */
  readonly batch: {
    readonly summaryMustBeXlsx: (path: string) => string;
    readonly summaryIsInput: (path: string) => string;
    readonly summaryIsOut: (path: string) => string;
    readonly noSpreadsheets: string;
    readonly noTable: string;
    readonly summarySheet: string;
    readonly summaryHead: readonly string[];
    readonly errorsTitle: (count: number) => string;
    readonly errorsHead: readonly string[];
    readonly flaggedHead: readonly string[];
    readonly noFlagged: string;
    readonly overridden: (was: string) => string;
    readonly wrote: (units: number, path: string) => string;
    readonly notWritten: (path: string, reason: string) => string;
  };
}

export type PaneTextKey =
  | "title"
  | "intro"
  | "check"
  | "checkAgain"
  | "checking"
  | "clear"
  | "clearing"
  | "cleared"
  | "nothingToClear"
  | "live"
  | "liveHint"
  | "summary"
  | "tasksMet"
  | "meanCompletion"
  | "sections"
  | "findings"
  | "sheetFindings"
  | "truncated"
  | "verdictSheets"
  | "taskList"
  | "filter"
  | "all"
  | "noTasks"
  | "selectTask"
  | "completion"
  | "table"
  | "errorTitle"
  | "watchError"
  | "selectError"
  | "dismiss"
  | "outsideExcel"
  | "oldOffice"
  | "unsupportedHint"
  | "emptySheetHint"
  | "noTableHint"
  | "hostErrorHint"
  | "reportCopyHint"
  | "lostSheets"
  | "lostSheetsHint"
  | "lostSheet"
  | "adoptDecisions"
  | "dropDecisions"
  | "adopted"
  | "dropped"
  | "modes"
  | "modeCheck"
  | "modeReview"
  | "reviewIntro"
  | "reviewer"
  | "reviewerHint"
  | "score"
  | "computedScore"
  | "decisionCount"
  | "claims"
  | "reviewNotes"
  | "flaggedTasks"
  | "metTasks"
  | "showMet"
  | "hideMet"
  | "noFlagged"
  | "target"
  | "result"
  | "empty"
  | "computedVerdict"
  | "decidedVerdict"
  | "confirmedVerdict"
  | "decidedBy"
  | "decidedAt"
  | "staleDecision"
  | "confirm"
  | "confirmHint"
  | "override"
  | "changeDecision"
  | "undo"
  | "undoHint"
  | "verdictChoice"
  | "comment"
  | "commentRequired"
  | "save"
  | "cancel"
  | "saving"
  | "saved"
  | "undone"
  | "saveError"
  | "orphans"
  | "removeOrphan"
  | "otherSheets"
  | "reportCard"
  | "includeVerdict"
  | "includeCompletion"
  | "makeReport"
  | "makingReport"
  | "reportMade"
  | "reportNoPageSetup"
  | "reportError"
  | "copySentence"
  | "sentenceLabel"
  | "copied"
  | "copyFailed";

/** The task pane's texts; "{name}" marks a value filled in when shown. */
export type PaneTexts = Readonly<Record<PaneTextKey, string>>;

/** Why the Excel adapter could not do what it was asked. */
export type OfficeErrorCode = "unsupported" | "empty-sheet" | "no-table" | "report-copy" | "host-error";

export interface OfficeTexts {
  readonly errors: Readonly<Record<OfficeErrorCode, string>>;
  /**
   * The name of the report-ready sheet the add-in makes (" (2)", " (3)"… when taken): at most 31
   * characters, none of : \ / ? * [ ] and no leading or trailing apostrophe, as Excel wants.
   */
  readonly reportSheet: string;
}

/** What each language module exports. */
export interface LanguageModule {
  /** The language's code ("vi") and its own name ("Tiếng Việt"). */
  readonly code: string;
  readonly name: string;
  readonly engine: EngineTexts;
  readonly cli: CliTexts;
  readonly pane: PaneTexts;
  readonly office: OfficeTexts;
}
