/** English: for reviewers and readers outside Vietnam. */
import { ENGLISH_NUMBERS, type FindingParams, type Verdict } from "../core";
import { fileProblem, makeEngine } from "./formatters";
import type { LanguageModule as Module } from "./types";

export const code = "en";
export const name = "English";

const verdicts: Readonly<Record<Verdict, string>> = {
  met: "Met",
  unmet: "Unmet",
  "no-data": "No data",
  review: "Review",
};

const GROUPS = { unmet: "unmet", "no-data": "without data", review: "to review" } as const;

/** What each of par-check's bounds for untrusted files measures. */
const LIMIT_WORDS: Readonly<Record<string, string>> = {
  "file-mb": "the file's size, MB",
  "unpacked-mb": "its size unpacked, MB",
  ratio: "how much one part of it is compressed",
  parts: "parts in its zip",
  cells: "cells holding data",
  "cell-chars": "characters in one cell",
};

const problems: Module["engine"]["fileProblems"] = {
  pdf: () => "it is a PDF file",
  "old-xls": () => "old Excel 97-2003 .xls format; save it as .xlsx",
  ods: () => "it is an OpenDocument spreadsheet (.ods); save it as an Excel .xlsx",
  xlsb: () => "it is an Excel binary workbook (.xlsb); save it as .xlsx",
  "strict-ooxml": () => "the workbook is saved as “Strict Open XML”; save it as “Excel Workbook (.xlsx)”",
  "zip-not-xlsx": () => "a zip archive without an Excel workbook",
  binary: () => "binary content, not text",
  "workbook-as-text": () => "it is an Excel workbook; rename it to .xlsx",
  text: () => "text content, not an .xlsx workbook",
  extension: (p) => (p.ext ? `extension ${p.ext}` : "no file extension"),
  directory: () => "it is a directory",
  "damaged-zip": () => "the .xlsx zip container is damaged or truncated",
  "no-worksheets": () => "the workbook has no worksheets",
  "not-utf8": () => "the content is not text (it holds NUL bytes); save it as CSV UTF-8",
  "csv-syntax": (p, f) => `quote error on line ${p.line === undefined ? "?" : f.s(p.line)}`,
  "cannot-open": (p, f) => `cannot open: ${f.s(p.reason)}`,
  "too-large": (p, f) =>
    `over the limit ${f.s(p.limit)}: ${f.num(p.value ?? 0)} > ${f.num(p.max ?? 0)} (${LIMIT_WORDS[p.limit ?? ""] ?? ""}); if the file really is so, run again with --limit ${f.s(p.limit)}=…`,
  "xml-dtd": (p, f) =>
    `its part ${f.s(p.part)} declares a DTD or XML entities, which Excel never writes; it was not read, as such declarations are how attacks on XML readers begin`,
  other: (p, f) => f.s(p.reason),
};

const COLUMN_ROLES: Record<FindingParams["column-inferred"]["role"], string> = {
  ordinal: "the task number",
  content: "the task",
  target: "the target",
  result: "the result",
};
const ROLE_SHAPES: Record<FindingParams["column-inferred"]["role"], string> = {
  ordinal: "are task numbers",
  content: "are sentences describing a task",
  target: "read like targets (“tối thiểu…”, “đạt từ…”, “trước ngày…”)",
  result: "read like results (“đã…”, “đạt 83,3%”, “5/6”)",
};

const findings: Module["engine"]["findings"] = {
  "numbering-gap": (p, f) =>
    `Numbering jumps from ${f.s(p.previous)} to ${f.s(p.ordinal)}: number ${f.s(p.missing)} is missing.`,
  "numbering-duplicate": (p, f) =>
    `Number ${f.s(p.ordinal)} is used twice (first on row ${f.s(p.firstRow)}).`,
  "missing-target": (p, f) => `Task ${f.s(p.ordinal)} has an empty target cell.`,
  "missing-result": (p, f) => `Task ${f.s(p.ordinal)} has an empty result cell.`,
  "percent-mismatch": (p, f) =>
    `Task ${f.s(p.ordinal)}: the stated ${f.pct(p.stated)} does not match ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}.`,
  "continuation-merged": (p, f) =>
    `Row ${f.s(p.row)} has no number and was merged into task ${f.s(p.ordinal)} (page break).`,
  "subitem-attached": (p, f) => `Row ${f.s(p.row)} is a sub-item of task ${f.s(p.ordinal)}.`,
  "result-column-chosen": (p, f) =>
    `Column ${f.s(p.letter)} (${f.q(p.label)}) was chosen as the result because ${
      p.basis === "same-period"
        ? "it covers the same period as the target"
        : p.basis === "after-target"
          ? "it stands after the target column (a column before it is an earlier period's baseline)"
          : "it is the first result column"
    }; column ${f.s(p.otherLetter)} (${f.q(p.otherLabel)}) is not used.`,
  "column-chosen": (p, f) =>
    `Column ${f.s(p.letter)} (${f.q(p.label)}) was taken as ${COLUMN_ROLES[p.role]} because ${
      p.basis === "label-words" ? "its label says so more clearly" : "it is the first that fits"
    }; column ${f.s(p.otherLetter)} (${f.q(p.otherLabel)}) is not used.`,
  "column-inferred": (p, f) =>
    `Column ${f.s(p.letter)}${p.label ? ` (${f.q(p.label)})` : ""} was taken as ${COLUMN_ROLES[p.role]} because ${f.num(p.count)} of its ${f.num(p.total)} cells ${ROLE_SHAPES[p.role]}.`,
  "results-only": (p, f) =>
    `The table on sheet ${f.q(p.sheet)} (header on row ${f.s(p.row)}) has no target column: ${f.num(p.planShares)} of ${f.num(p.total)} results state a share of the plan and are judged by it; the other tasks are judged on their result's wording alone.`,
  "text-encoding": (p) =>
    p.encoding === "windows-1258"
      ? "The file is not UTF-8 and was read as Windows-1258 (a CSV saved by Excel on Vietnamese Windows)."
      : `The file was read as ${p.encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} (it has a byte order mark).`,
  "merge-overlap": (p, f) =>
    `Sheet ${f.q(p.sheet)}: the merged area ${f.s(p.range)} overlaps ${f.s(p.other)} and is read as not merged (the file is not changed).`,
  "legacy-font": (p, f) =>
    `Text typed in the ${p.encoding === "tcvn3" ? "TCVN3 (.VnTime)" : "VNI (VNI-Times)"} font in ${f.num(p.count)} cells, e.g. ${f.s(p.cells)}; read after converting it to Unicode (the cells are not changed).`,
  "repeated-header": (p, f) => `Row ${f.s(p.row)} repeats the header (page break) and is skipped.`,
  "unrecognized-row": (p, f) => `Row ${f.s(p.row)} could not be recognised: ${f.q(p.text)}.`,
  "shared-merged-cell": (p, f) =>
    `Task ${f.s(p.ordinal)} shares the merged cell ${f.s(p.cell)} with the task above.`,
  "evaluation-disagrees": (p, f) =>
    `Task ${f.s(p.ordinal)}: the table's own evaluation says ${f.q(p.stated)}, but the check finds “${f.verdict(p.verdict)}”.`,
  "plan-claim-disagrees": (p, f) =>
    `Task ${f.s(p.ordinal)} claims ${f.num(p.done)}/${f.num(p.total)} tasks completed, but the appendix lists ${f.num(p.tasks)} tasks, of which ${f.num(p.met)} are met.`,
  "review-stale": (p, f) =>
    `Task ${f.s(p.ordinal)}: the reviewer decided when the check found “${f.verdict(p.before)}”; it now finds “${f.verdict(p.verdict)}” (the row was edited). The decision should be looked at again.`,
  "review-orphaned": (p, f) =>
    `The review decision on task ${f.s(p.ordinal)} (sheet ${f.q(p.sheet)}, row ${f.s(p.row)}: ${f.q(p.content)}) no longer matches a task in the table and is not applied.`,
  "review-unreadable": (p, f) =>
    p.detail === "entry"
      ? `Review decision no. ${f.s(p.index)} stored in the file could not be read and is skipped.`
      : p.detail === "doctype"
        ? `The part of the file that stores review decisions declares a DTD or XML entities (the add-in never writes one) and is not read.`
        : `The part of the file that stores review decisions is not in the expected format and is skipped.`,
  "no-table": (p, f) =>
    `No appendix table on sheet ${f.q(p.sheet)}: expected a header row with columns like “Số TT”, “Nội dung công việc”, “Yêu cầu…” and “Kết quả thực hiện”.${p.nearest ? ` Closest row (row ${f.s(p.nearestRow)}): ${f.q(p.nearest)}.` : ""}`,
  "no-target-column": (p, f) =>
    `The table on sheet ${f.q(p.sheet)} (header on row ${f.s(p.row)}) has no target column (“Yêu cầu năm…”, “Chỉ tiêu”, “Kế hoạch”). Columns found: ${f.s(p.found)}.`,
  "no-result-column": (p, f) =>
    `The table on sheet ${f.q(p.sheet)} (header on row ${f.s(p.row)}) has no result column (“Kết quả thực hiện”, “Thực hiện”). Columns found: ${f.s(p.found)}.`,
  "file-not-found": (p, f) =>
    `${f.s(p.file)}: file not found. Expected a path to an .xlsx, .csv or .tsv file.`,
  "unsupported-format": (p, f) =>
    `${f.s(p.file)}: not a spreadsheet (${fileProblem(problems, p, f)}). Expected an .xlsx, .csv or .tsv file.`,
  unreadable: (p, f) =>
    `${f.s(p.file)}: the file could not be read (${fileProblem(problems, p, f)}). ${
      p.detail === "csv-syntax" || p.detail === "not-utf8"
        ? "Expected a valid CSV file; open it in Excel and save it as “CSV UTF-8”."
        : p.detail === "cannot-open"
          ? "Check that the file is there and may be read."
          : p.detail === "too-large"
            ? "A real appendix is under 1 MB and a few thousand cells."
            : p.detail === "xml-dtd"
              ? "Ask the unit for the workbook as Excel saved it."
              : "Expected a valid .xlsx file; open and save it again in Excel."
    }`,
  "password-protected": (p, f) =>
    `${f.s(p.file)}: the file is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and check again.`,
  "empty-file": (p, f) =>
    `${f.s(p.file)}: the file is empty. Expected an appendix table with a header row and tasks.`,
  "engine-error": (p, f) => `checking sheet “${f.s(p.sheet)}” failed (${f.s(p.detail)}).`,
};

const reasons: Module["engine"]["reasons"] = {
  "rate-meets": (p, f) => `Result ${f.pct(p.actual)} meets the target ${f.tgt(p)}.`,
  "rate-below": (p, f) => `Result ${f.pct(p.actual)} is below the target ${f.tgt(p)}.`,
  "limit-meets": (p, f) => `Result ${f.pct(p.actual)} is within the limit ${f.tgt(p)}.`,
  "limit-exceeded": (p, f) => `Result ${f.pct(p.actual)} exceeds the limit ${f.tgt(p)}.`,
  "fraction-meets": (p, f) =>
    `Completed ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), meeting the target ${f.tgt(p)}.`,
  "fraction-below": (p, f) =>
    `Completed ${f.num(p.done)}/${f.num(p.total)} (${f.pct(p.percent)}), short of the target ${f.tgt(p)}.`,
  "count-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} meets the target ${f.tgt(p)}.`,
  "count-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.noun ? ` ${f.s(p.noun)}` : ""} is below the target ${f.tgt(p)}.`,
  "range-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} reaches the target range ${f.tgt(p)}.`,
  "range-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} is below the target range ${f.tgt(p)}.`,
  "approx-meets": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} reaches the approximate target ${f.tgt(p)}.`,
  "approx-below": (p, f) =>
    `Result ${f.num(p.actual)}${p.tu === "%" ? "%" : ""} is below the approximate target ${f.tgt(p)}.`,
  "bound-below-target": (p, f) => `The result says ${f.q(p.phrase)}: short of the target ${f.tgt(p)}.`,
  "bound-undecided": (p, f) =>
    `The result says ${f.q(p.phrase)}: not enough to compare with the target ${f.tgt(p)}; needs a person's review.`,
  "negated-result": (p, f) => `The result says ${f.q(p.phrase)}: the requirement is not met.`,
  "no-data-result": (p, f) => `The result says ${f.q(p.phrase)}: there is no data to judge yet.`,
  "empty-result": () => `No result has been written.`,
  "in-progress-result": (p, f) =>
    `The result says ${f.q(p.phrase)}: still in progress, completion unclear; needs a person's review.`,
  "pending-note": (p, f) => `Note: the result still says ${f.q(p.phrase)}.`,
  "not-arising": (p, f) => `The result says ${f.q(p.phrase)}: nothing arose to judge.`,
  "not-arising-existence": (p, f) =>
    `The target expects cases to arise, but the result says ${f.q(p.phrase)}.`,
  "caveat-result": (p, f) => `The result admits a shortfall: ${f.q(p.phrase)}.`,
  "caveat-with-numbers": (p, f) =>
    `The figures meet the target but the result admits a shortfall: ${f.q(p.phrase)}; needs a person's review.`,
  "qualitative-done": (p, f) => `The result confirms the work was done: ${f.q(p.phrase)}.`,
  "qualitative-restates": () => `The result restates the requirement and names no shortfall.`,
  "qualitative-unclear": (p, f) =>
    `Cannot tell whether the result ${f.q(p.phrase)} meets the requirement; needs a person's review.`,
  "qualitative-for-rate": (p, f) =>
    `The result confirms completion (${f.q(p.phrase)}) without a rate; taken as meeting the target ${f.tgt(p)}.`,
  "no-number-in-result": (p, f) =>
    `The target is ${f.tgt(p)} but the result gives no figure to compare; needs a person's review.`,
  "number-without-target": (p, f) =>
    `The figure ${f.s(p.value)} in the result has no numeric target to compare with; judged on the wording.`,
  "zero-met": (p, f) =>
    `The requirement is none${p.thing ? ` of ${f.s(p.thing)}` : ""}; the result confirms there was none.`,
  "zero-unmet": (p, f) =>
    `The requirement is none${p.thing ? ` of ${f.s(p.thing)}` : ""}; the result reports ${f.num(p.actual)}.`,
  "existence-met": (p, f) => `The requirement expects ${f.s(p.noun)}; the result says ${f.q(p.phrase)}.`,
  "existence-unmet": (p, f) => `The requirement expects ${f.s(p.noun)}; the result reports none.`,
  "target-missing": () => `The target is empty; judged on the result's wording.`,
  "target-unclear": (p, f) =>
    `The target ${f.q(p.phrase)} could not be read for comparison; needs a person's review.`,
  "units-differ": (p, f) =>
    `The target ${f.tgt(p)} and the result ${f.s(p.actual)} are in different units; needs a person's review.`,
  "deadline-met": (p, f) => `Done on ${f.s(p.date)}, within the deadline (${f.s(p.deadline)}).`,
  "deadline-missed": (p, f) => `Done on ${f.s(p.date)}, after the deadline ${f.q(p.deadline)}.`,
  "deadline-no-date": (p, f) =>
    `The result gives no completion date to check against the deadline ${f.q(p.deadline)}.`,
  "relative-target": (p, f) =>
    `The target is a change (${f.tgt(p)}) but the result states a level (${f.s(p.actual)}); needs a person's review.`,
  "per-period-meets": (p, f) =>
    `The target is ${f.tgt(p)} (${f.num(p.annual)} a year); the result ${f.s(p.actual)} meets it.`,
  "per-period-review": (p, f) =>
    `The target is ${f.tgt(p)} (${f.num(p.annual)} a year); the result ${f.s(p.actual)} is short of a full year; check the reporting period.`,
  "per-period-unmet": (p, f) =>
    `The target is ${f.tgt(p)} (${f.num(p.annual)} a year); the result ${f.s(p.actual)} (${f.num(p.actualAnnual)} a year) does not meet it.`,
  "fraction-percent-mismatch": (p, f) =>
    `The stated ${f.pct(p.stated)} does not match ${f.num(p.done)}/${f.num(p.total)} = ${f.pct(p.computed)}; ${f.pct(p.computed)} is used.`,
  "number-read-as-share": (p, f) =>
    `The number ${f.s(p.raw)} in the result cell is read as ${f.pct(p.percent)}.`,
  "subitems-rollup": (p, f) => `${f.s(p.met)}/${f.s(p.total)} sub-items met.`,
  "evaluation-stated": (p, f) => `The table's own evaluation: ${f.q(p.phrase)}.`,
  "reviewer-confirmed": (p, f) =>
    `The reviewer${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} confirmed “${f.verdict(p.verdict)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "reviewer-changed": (p, f) =>
    `The reviewer${p.reviewer ? ` ${f.s(p.reviewer)}` : ""} decided “${f.verdict(p.verdict)}” instead of the check's “${f.verdict(p.computed)}”${p.comment ? `: “${f.s(p.comment)}”` : ""}.`,
  "plan-share-meets": (p, f) => `The result ${f.q(p.phrase)} is ${f.pct(p.share)} of the plan.`,
  "plan-share-below": (p, f) => `The result ${f.q(p.phrase)} is only ${f.pct(p.share)} of the plan.`,
  "relative-result": (p, f) =>
    `The target is a level (${f.tgt(p)}) but the result states a change (${f.s(p.actual)}) without the level it started from; needs a person's review.`,
  "relative-only": (p, f) =>
    `The result ${f.q(p.phrase)} states only a change or a comparison with another period, not a share of the target or plan; needs a person's review.`,
  "change-opposite": (p, f) =>
    `The target is ${p.direction === "fall" ? "a fall" : "a rise"} of ${f.tgt(p)}, but the result ${f.s(p.actual)} went the other way.`,
  "derived-from-start": (p, f) =>
    p.direction === "fall"
      ? `From the starting level ${f.pct(p.start)}: down ${f.pct(p.change)}, to ${f.pct(p.level)}.`
      : `From the starting level ${f.pct(p.start)}: up ${f.pct(p.change)}, to ${f.pct(p.level)}.`,
};

export const engine: Module["engine"] = makeEngine({
  numbers: ENGLISH_NUMBERS,
  verdicts,
  reasons,
  findings,
  fileProblems: problems,
  annotations: {
    headers: ["Verdict", "Completion", "Reason"],
    met: "met",
    summary: {
      title: "Appendix check summary",
      tasks: "Tasks",
      met: "Met",
      unmet: "Unmet",
      noData: "No data",
      review: "Review",
      percent: "Share of tasks met",
      mean: "Mean completion",
    },
    ownSheet: {
      name: (sheet) => `Verdicts - ${sheet}`,
      headers: ["Row", "No.", "Task"],
    },
  },
  report: {
    verdict: "Verdict",
    completion: "Completion",
    parts: { ordinal: "No.", content: "Task", target: "Target", result: "Result" },
    done: (met, tasks, percent) => `completed ${met} of ${tasks} tasks (${percent})`,
    none: "the appendix lists no tasks",
    group: (count, what, ordinals) =>
      `${count} ${count === 1 ? "task" : "tasks"} ${GROUPS[what]} (${count === 1 ? "no." : "nos."} ${ordinals})`,
  },
});

const USAGE = `Usage: par-check [options] FILE...

Checks the appendix table of PAR Index / SIPAS plan reports (Kiểm tra phụ lục CCHC)
in .xlsx, .csv or .tsv files.

Options:
  --lang vi|en        report language (default: vi)
  --format text|json  report format on stdout (default: text)
  --out PATH          write an .xlsx copy with three verdict columns added; with several
                      files, PATH is a directory and each copy is named <name>.checked.xlsx
  --summary FILE.xlsx check many units at once and write a consolidated workbook: a
                      “Summary” sheet ranking the units by share of tasks met, and one
                      sheet per unit listing its unmet, no-data and review tasks;
                      with --summary, an input may be a directory (every .xlsx,
                      .csv, .tsv inside it, subdirectories included)
  --report FILE.xlsx  write the table laid out for the official report (Times New Roman 13,
                      borders, A4) to paste into Word, and print the summary sentence
  --limit NAME=N      change a bound for untrusted files (may be repeated): file-mb 100,
                      unpacked-mb 500, ratio 200, parts 10000, cells 2000000,
                      cell-chars 32767
  -h, --help          show this help

Reviewers' decisions stored in an .xlsx (by the add-in) are applied to the verdicts
and counts and listed apart; the --out copy keeps them.

Exit code: 0 when at least one table was checked, 1 when none could be checked,
2 for a usage error.
`;

export const cli: Module["cli"] = {
  usage: USAGE,
  usageError: (detail) => `par-check: ${detail} See par-check --help.`,
  unknownOption: (option) => `unknown option ${option}.`,
  missingValue: (option) => `option ${option} needs a value.`,
  badValue: (option, value, allowed) => `invalid value “${value}” for ${option}; expected ${allowed}.`,
  noFiles: "no files to check.",
  cannotWrite: {
    "no-permission": (path) => `no permission to write to ${path}`,
    "not-a-folder": (path) => `${path} is a file, not a folder`,
    "is-a-folder": (path) => `${path} is a folder`,
    "disk-full": (path) => `the disk holding ${path} is full`,
  },
  outIsInput: (path) => `--out ${path} is one of the input files; the original is never overwritten.`,
  outMustBeDirectory: (path) => `with several files, --out ${path} must be a directory.`,
  outMustBeXlsx: (path) => `--out ${path} must be an .xlsx file or an existing directory.`,

  report: {
    table: (sheet, headerRow) => [`sheet “${sheet}”`, `header row ${headerRow}`],
    columns: "Columns",
    head: ["No.", "Verdict", "Completion", "Reason"],
    noTasks: "The table has no numbered tasks.",
    bySection: "By section:",
    overall: "Whole table",
    counts: (unmet, noData, review) => `unmet ${unmet}, no data ${noData}, review ${review}`,
    meanCompletion: (value) => `mean completion ${value}`,
    findings: "Notes on the table:",
    row: (row) => `row ${row}`,
    reportSheet: "Report",
    skippedSheets: (sheets) => `sheets without an appendix table: ${sheets}.`,
    done: (tables, filesChecked, files) =>
      `Checked ${tables} table${tables === 1 ? "" : "s"} in ${filesChecked}/${files} file${files === 1 ? "" : "s"}.`,
    failed: (count) =>
      `${count} file${count === 1 ? "" : "s"} could not be checked (see the error messages).`,
    wrote: (path) => `Annotated copy written to ${path}`,
    reportWrote: (path) => `Report-ready copy written to ${path}`,
    sentence: (text) => `Summary sentence: ${text}`,
    notWritten: (file, reason) => `${file}: the annotated copy could not be written (${reason}).`,
    keptCells: (file, count) =>
      `${file}: ${count} annotation cell${count === 1 ? " was" : "s were"} not written because the cell already holds data (the original is kept).`,
    ownSheet: (verdictSheet) =>
      `The verdict columns are on a sheet of their own, “${verdictSheet}”, because the table reaches the sheet's last column (XFD).`,
  },
  review: {
    heading: "Reviewer's decisions (the counts above include them):",
    confirmed: "confirmed",
    stale: (before) =>
      `When the reviewer decided, the check found “${before}”; the row has been edited since, so the decision should be looked at again.`,
    orphans: "Review decisions that no longer match a task in the table (not applied):",
    place: (sheet, row) => `sheet “${sheet}”, row ${row}`,
    date: (year, month, day) => `${year}-${month}-${day}`,
  },
  batch: {
    summaryMustBeXlsx: (path) => `--summary ${path} must be an .xlsx file.`,
    summaryIsInput: (path) =>
      `--summary ${path} is one of the input files; the original is never overwritten.`,
    summaryIsOut: (path) => `--summary ${path} is the same file as --out.`,
    noSpreadsheets: "the directory holds no .xlsx, .csv or .tsv file",
    noTable: "no appendix table found",
    summarySheet: "Summary",
    summaryHead: [
      "Rank",
      "Unit",
      "File",
      "Tasks",
      "Met",
      "Unmet",
      "No data",
      "Review",
      "% met",
      "Findings",
      "Review decisions",
    ],
    errorsTitle: (count) => `Errors: ${count} file${count === 1 ? "" : "s"} could not be checked`,
    errorsHead: ["No.", "File", "Reason"],
    flaggedHead: [
      "No.",
      "Section",
      "Task",
      "Target",
      "Result",
      "Verdict",
      "Reason",
      "Cell",
      "Reviewer's comment",
    ],
    noFlagged: "No unmet, no-data or review tasks.",
    overridden: (was) => `Verdict set by a reviewer (the check found “${was}”).`,
    wrote: (units, path) => `Summarised ${units} unit${units === 1 ? "" : "s"} into ${path}`,
    notWritten: (path, reason) => `the summary workbook ${path} could not be written (${reason}).`,
  },
};

export const pane: Module["pane"] = {
  title: "PAR Appendix Checker",
  intro:
    "Open the sheet with the appendix table and press Check. The results go into three columns right of the table.",
  check: "Check",
  checkAgain: "Check again",
  checking: "Checking…",
  clear: "Clear marks",
  clearing: "Clearing…",
  cleared: "Marks cleared on {sheets}.",
  nothingToClear: "There were no marks to clear.",
  live: "Check again on edit",
  liveHint: "Check again after every edit inside the table",
  summary: "Check result",
  tasksMet: "{met}/{tasks} tasks met, {percent}",
  meanCompletion: "Mean completion: {value}",
  sections: "By section",
  findings: "Notes about the table",
  sheetFindings: "Notes about the sheet",
  truncated: "The sheet is very long: only its first rows were checked.",
  verdictSheets:
    "The table reaches the sheet's last column (XFD), so its verdicts are on a sheet of their own, {sheets}, right after this one; each row links back to its task.",
  taskList: "Tasks",
  filter: "Filter by verdict",
  all: "All",
  noTasks: "No task in this group.",
  selectTask: "Select the row of task {ordinal} on the sheet",
  completion: "Completion",
  table: "Sheet “{sheet}” · header row {row}",
  errorTitle: "The check could not run",
  watchError: "Checking on edit could not be turned on",
  selectError: "The task's row could not be selected",
  dismiss: "Dismiss message",
  outsideExcel: "Open this pane inside Excel: it works only in Excel (Home › PAR appendix).",
  oldOffice:
    "This version of Office is too old for the checker pane. Please update to Microsoft 365 or Office 2021 or later.",
  unsupportedHint: "Use Microsoft 365, Excel on the web or Office 2019 or later.",
  emptySheetHint: "Switch to the sheet that holds the appendix table and press Check again.",
  noTableHint:
    "Make sure the table has a header row with No., Task, Target and Result, then press Check again.",
  hostErrorHint: "Press Check again; if it still fails, save the file, close Excel and open it again.",
  reportCopyHint: "Switch to the sheet with the original appendix table and press the button again.",
  lostSheets: "Decisions on a sheet no longer in the file",
  lostSheetsHint: "The sheet may have been renamed. If it is this one, apply the decisions to this sheet.",
  lostSheet: "Sheet “{sheet}”: {count} decisions",
  adoptDecisions: "Apply to this sheet",
  dropDecisions: "Remove these decisions",
  adopted: "{count} decisions moved to this sheet.",
  dropped: "{count} decisions removed.",
  modes: "Mode",
  modeCheck: "Check",
  modeReview: "Review",
  reviewIntro:
    "See the scores, then confirm or change each task's verdict. Decisions are stored in the file and travel with it.",
  reviewer: "Reviewer",
  reviewerHint: "Your name is recorded with each decision",
  score: "Score after review",
  computedScore: "As checked: {met}/{tasks} tasks met, {percent}",
  decisionCount: "{count} decisions: {changed} changed, {confirmed} confirmed",
  claims: "The table's own claims that disagree with the check",
  reviewNotes: "Notes about review decisions",
  flaggedTasks: "Tasks to look at ({count})",
  metTasks: "Tasks met ({count})",
  showMet: "Show the tasks met",
  hideMet: "Hide the tasks met",
  noFlagged: "No task is unmet, without data or to review.",
  target: "Target",
  result: "Result",
  empty: "(empty)",
  computedVerdict: "Check: {verdict}",
  decidedVerdict: "Reviewer: {verdict}",
  confirmedVerdict: "Confirmed: {verdict}",
  decidedBy: "{reviewer} · {date}",
  decidedAt: "{day} {time}",
  staleDecision: "The row was edited after the review (the check said {verdict} then). Look at it again.",
  confirm: "Confirm",
  confirmHint: "Confirm the check's verdict for task {ordinal}",
  override: "Change verdict",
  changeDecision: "Change decision",
  undo: "Undo",
  undoHint: "Undo the decision on task {ordinal} and go back to the check's verdict",
  verdictChoice: "Reviewer's verdict",
  comment: "Comment",
  commentRequired: "Give a reason when you change the check's verdict.",
  save: "Save",
  cancel: "Cancel",
  saving: "Saving…",
  saved: "Decision on task {ordinal} saved.",
  undone: "Decision on task {ordinal} removed.",
  saveError: "The decision could not be saved",
  orphans: "Decisions that no longer match a task",
  removeOrphan: "Remove this decision",
  otherSheets: "{count} decisions on other sheets are kept as they are.",
  reportCard: "Report",
  includeVerdict: "Include the verdict column",
  includeCompletion: "Include the completion column",
  makeReport: "Create the copy for the report",
  makingReport: "Creating…",
  reportMade: "Sheet “{sheet}” created ({rows} rows): select the table, copy it and paste it into Word.",
  reportNoPageSetup:
    "This version of Excel cannot set up the printed page: choose A4 and the margins in Page Layout.",
  reportError: "The copy for the report could not be created",
  copySentence: "Copy the summary sentence",
  sentenceLabel: "Summary sentence (review decisions counted)",
  copied: "Summary sentence copied.",
  copyFailed: "Copying failed. Select the sentence below and press Ctrl+C.",
};

export const office: Module["office"] = {
  errors: {
    unsupported: "This version of Excel cannot run the add-in (ExcelApi 1.7 or later is needed).",
    "empty-sheet": "The active sheet holds no data.",
    "no-table": "No appendix table (No., Task, Target, Result) was found on this sheet.",
    "report-copy": "The active sheet is a report copy the add-in made, not the original appendix table.",
    "host-error": "Excel reported an error while reading or writing the sheet",
  },
  reportSheet: "Report copy",
};
