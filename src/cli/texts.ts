/**
 * Texts that only the command line shows: usage, report labels, details for file problems.
 * Findings and reasons come from src/core/messages; these are the words around them.
 */
import type { Language } from "../core";

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

  readonly detail: {
    readonly pdf: string;
    readonly oldXls: string;
    readonly zipNotXlsx: string;
    readonly binary: string;
    readonly workbookAsText: string;
    readonly text: string;
    readonly extension: (ext: string) => string;
    readonly directory: string;
    readonly damagedZip: string;
    readonly noWorksheets: string;
    readonly notUtf8: string;
    readonly csvSyntax: (line: string) => string;
    readonly cannotOpen: (reason: string) => string;
  };

  readonly report: {
    readonly file: (file: string, sheet: string, headerRow: number) => string;
    readonly columns: string;
    readonly head: readonly [string, string, string, string];
    readonly noTasks: string;
    readonly bySection: string;
    readonly overall: string;
    readonly counts: (unmet: number, noData: number, review: number) => string;
    readonly meanCompletion: (value: string) => string;
    readonly findings: string;
    readonly skippedSheets: (file: string, sheets: string) => string;
    readonly done: (tables: number, filesChecked: number, files: number) => string;
    readonly failed: (count: number) => string;
    readonly wrote: (path: string) => string;
    readonly reportWrote: (path: string) => string;
    readonly sentence: (text: string) => string;
    readonly notWritten: (file: string, reason: string) => string;
    readonly keptCells: (file: string, count: number) => string;
    readonly engineFailed: (sheet: string, reason: string) => string;
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

const USAGE_VI = `Cách dùng: par-check [tùy chọn] TỆP...

Kiểm tra bảng phụ lục kết quả thực hiện kế hoạch CCHC (Chỉ số PAR Index, SIPAS)
trong các tệp .xlsx, .csv hoặc .tsv.

Tùy chọn:
  --lang vi|en        ngôn ngữ báo cáo (mặc định: vi)
  --format text|json  dạng báo cáo trên stdout (mặc định: text)
  --out ĐƯỜNG_DẪN     ghi bản .xlsx có thêm cột đánh giá; với nhiều tệp, ĐƯỜNG_DẪN
                      là thư mục và mỗi bản được đặt tên <tên>.checked.xlsx
  --summary TỆP.xlsx  kiểm tra nhiều đơn vị một lượt và ghi sổ tổng hợp: trang
                      “Tổng hợp” xếp hạng các đơn vị theo tỷ lệ đạt, mỗi đơn vị một
                      trang liệt kê nhiệm vụ chưa đạt, chưa có số liệu, cần xem lại;
                      với --summary, đầu vào có thể là thư mục (mọi tệp .xlsx,
                      .csv, .tsv bên trong, kể cả thư mục con)
  --report TỆP.xlsx   ghi bảng theo thể thức văn bản hành chính (Times New Roman 13,
                      kẻ khung, A4) để dán vào báo cáo, và in câu tổng hợp
  -h, --help          hiện hướng dẫn này

Quyết định của người thẩm định lưu trong tệp .xlsx (bằng add-in) được áp dụng vào
đánh giá và số liệu, và được liệt kê riêng; bản --out giữ nguyên các quyết định đó.

Mã thoát: 0 khi kiểm tra được ít nhất một bảng, 1 khi không kiểm tra được bảng nào,
2 khi dùng sai tùy chọn.
`;

const USAGE_EN = `Usage: par-check [options] FILE...

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
  -h, --help          show this help

Reviewers' decisions stored in an .xlsx (by the add-in) are applied to the verdicts
and counts and listed apart; the --out copy keeps them.

Exit code: 0 when at least one table was checked, 1 when none could be checked,
2 for a usage error.
`;

const vi: CliTexts = {
  usage: USAGE_VI,
  usageError: (detail) => `par-check: ${detail} Xem par-check --help.`,
  unknownOption: (option) => `tùy chọn không hợp lệ ${option}.`,
  missingValue: (option) => `tùy chọn ${option} cần một giá trị.`,
  badValue: (option, value, allowed) => `giá trị “${value}” không hợp lệ cho ${option}; cần ${allowed}.`,
  noFiles: "chưa chỉ ra tệp nào để kiểm tra.",
  outIsInput: (path) => `--out ${path} trùng với tệp đầu vào; tệp gốc không bao giờ bị ghi đè.`,
  outMustBeDirectory: (path) => `với nhiều tệp, --out ${path} phải là một thư mục.`,
  outMustBeXlsx: (path) => `--out ${path} phải là tệp .xlsx hoặc một thư mục có sẵn.`,
  detail: {
    pdf: "đây là tệp PDF",
    oldXls: "định dạng Excel 97-2003 .xls cũ; hãy lưu lại thành .xlsx",
    zipNotXlsx: "tệp nén không chứa sổ làm việc Excel",
    binary: "nội dung nhị phân, không phải văn bản",
    workbookAsText: "đây là sổ làm việc Excel; hãy đổi phần mở rộng thành .xlsx",
    text: "nội dung là văn bản, không phải sổ làm việc .xlsx",
    extension: (ext) => (ext ? `phần mở rộng ${ext}` : "tệp không có phần mở rộng"),
    directory: "đây là một thư mục",
    damagedZip: "tệp nén .xlsx bị hỏng hoặc không đầy đủ",
    noWorksheets: "sổ làm việc không có trang tính nào",
    notUtf8: "văn bản không ở mã UTF-8; hãy lưu lại dạng CSV UTF-8",
    csvSyntax: (line) => `lỗi dấu ngoặc kép ở dòng ${line}`,
    cannotOpen: (reason) => `không mở được: ${reason}`,
  },
  report: {
    file: (file, sheet, headerRow) => `${file} · trang “${sheet}” · dòng tiêu đề ${headerRow}`,
    columns: "Cột",
    head: ["STT", "Đánh giá", "Hoàn thành", "Lý do"],
    noTasks: "Bảng không có nhiệm vụ nào được đánh số.",
    bySection: "Theo mục:",
    overall: "Toàn bảng",
    counts: (unmet, noData, review) => `chưa đạt ${unmet}, chưa có số liệu ${noData}, cần xem lại ${review}`,
    meanCompletion: (value) => `mức độ hoàn thành bình quân ${value}`,
    findings: "Lưu ý về bảng:",
    skippedSheets: (file, sheets) => `${file}: các trang không có bảng phụ lục: ${sheets}.`,
    done: (tables, filesChecked, files) => `Đã kiểm tra ${tables} bảng trong ${filesChecked}/${files} tệp.`,
    failed: (count) => `${count} tệp không kiểm tra được (xem thông báo lỗi).`,
    wrote: (path) => `Đã ghi bản có đánh giá: ${path}`,
    reportWrote: (path) => `Đã ghi bản để dán vào báo cáo: ${path}`,
    sentence: (text) => `Câu tổng hợp: ${text}`,
    notWritten: (file, reason) => `${file}: không ghi được bản có đánh giá (${reason}).`,
    keptCells: (file, count) =>
      `${file}: ${count} ô đánh giá không được ghi vì ô đó đã có dữ liệu (dữ liệu gốc được giữ nguyên).`,
    engineFailed: (sheet, reason) => `lỗi khi kiểm tra trang “${sheet}” (${reason}).`,
  },
  review: {
    heading: "Quyết định của người thẩm định (số liệu trên đã tính theo các quyết định này):",
    confirmed: "xác nhận",
    stale: (before) =>
      `Khi thẩm định, máy đánh giá “${before}”; dòng đã được sửa sau đó, nên xem lại quyết định.`,
    orphans: "Quyết định thẩm định không còn khớp nhiệm vụ nào trong bảng (không được áp dụng):",
    place: (sheet, row) => `trang “${sheet}”, dòng ${row}`,
    date: (year, month, day) => `${day}/${month}/${year}`,
  },
  batch: {
    summaryMustBeXlsx: (path) => `--summary ${path} phải là tệp .xlsx.`,
    summaryIsInput: (path) => `--summary ${path} trùng với tệp đầu vào; tệp gốc không bao giờ bị ghi đè.`,
    summaryIsOut: (path) => `--summary ${path} trùng với --out.`,
    noSpreadsheets: "thư mục không có tệp .xlsx, .csv hoặc .tsv nào",
    noTable: "không tìm thấy bảng phụ lục",
    summarySheet: "Tổng hợp",
    summaryHead: [
      "Hạng",
      "Đơn vị",
      "Tệp",
      "Số nhiệm vụ",
      "Đạt",
      "Chưa đạt",
      "Chưa có số liệu",
      "Cần xem lại",
      "Tỷ lệ đạt",
      "Số lưu ý",
      "Quyết định thẩm định",
    ],
    errorsTitle: (count) => `Lỗi: ${count} tệp không kiểm tra được`,
    errorsHead: ["STT", "Tệp", "Lý do"],
    flaggedHead: [
      "STT",
      "Mục",
      "Nội dung công việc",
      "Yêu cầu",
      "Kết quả thực hiện",
      "Đánh giá",
      "Lý do",
      "Ô",
      "Ý kiến thẩm định",
    ],
    noFlagged: "Không có nhiệm vụ chưa đạt, chưa có số liệu hay cần xem lại.",
    overridden: (was) => `Đánh giá do người thẩm định sửa (máy đánh giá “${was}”).`,
    wrote: (units, path) => `Đã tổng hợp ${units} đơn vị vào ${path}`,
    notWritten: (path, reason) => `không ghi được sổ tổng hợp ${path} (${reason}).`,
  },
};

const en: CliTexts = {
  usage: USAGE_EN,
  usageError: (detail) => `par-check: ${detail} See par-check --help.`,
  unknownOption: (option) => `unknown option ${option}.`,
  missingValue: (option) => `option ${option} needs a value.`,
  badValue: (option, value, allowed) => `invalid value “${value}” for ${option}; expected ${allowed}.`,
  noFiles: "no files to check.",
  outIsInput: (path) => `--out ${path} is one of the input files; the original is never overwritten.`,
  outMustBeDirectory: (path) => `with several files, --out ${path} must be a directory.`,
  outMustBeXlsx: (path) => `--out ${path} must be an .xlsx file or an existing directory.`,
  detail: {
    pdf: "it is a PDF file",
    oldXls: "old Excel 97-2003 .xls format; save it as .xlsx",
    zipNotXlsx: "a zip archive without an Excel workbook",
    binary: "binary content, not text",
    workbookAsText: "it is an Excel workbook; rename it to .xlsx",
    text: "text content, not an .xlsx workbook",
    extension: (ext) => (ext ? `extension ${ext}` : "no file extension"),
    directory: "it is a directory",
    damagedZip: "the .xlsx zip container is damaged or truncated",
    noWorksheets: "the workbook has no worksheets",
    notUtf8: "the text is not UTF-8; save it as CSV UTF-8",
    csvSyntax: (line) => `quote error on line ${line}`,
    cannotOpen: (reason) => `cannot open: ${reason}`,
  },
  report: {
    file: (file, sheet, headerRow) => `${file} · sheet “${sheet}” · header row ${headerRow}`,
    columns: "Columns",
    head: ["No.", "Verdict", "Completion", "Reason"],
    noTasks: "The table has no numbered tasks.",
    bySection: "By section:",
    overall: "Whole table",
    counts: (unmet, noData, review) => `unmet ${unmet}, no data ${noData}, review ${review}`,
    meanCompletion: (value) => `mean completion ${value}`,
    findings: "Notes on the table:",
    skippedSheets: (file, sheets) => `${file}: sheets without an appendix table: ${sheets}.`,
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
    engineFailed: (sheet, reason) => `checking sheet “${sheet}” failed (${reason}).`,
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

export const TEXTS: Readonly<Record<Language, CliTexts>> = { vi, en };
