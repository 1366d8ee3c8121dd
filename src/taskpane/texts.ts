/** Every text the task pane shows, in Vietnamese and English. Office's display language picks one. */
import type { ErrorCode } from "../office";
import type { Language } from "../core";

export type TextKey =
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
  | "truncated"
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
  | "hostErrorHint";

export type Texts = Readonly<Record<TextKey, string>>;

export const TEXTS: Readonly<Record<Language, Texts>> = {
  vi: {
    title: "Kiểm tra phụ lục CCHC",
    intro: "Mở trang tính có bảng phụ lục rồi bấm Kiểm tra. Kết quả được ghi thành ba cột bên phải bảng.",
    check: "Kiểm tra",
    checkAgain: "Kiểm tra lại",
    checking: "Đang kiểm tra…",
    clear: "Xóa đánh dấu",
    clearing: "Đang xóa…",
    cleared: "Đã xóa đánh dấu trên {sheets}.",
    nothingToClear: "Không có đánh dấu nào để xóa.",
    live: "Tự kiểm tra khi sửa",
    liveHint: "Kiểm tra lại sau mỗi lần sửa ô trong bảng",
    summary: "Kết quả kiểm tra",
    tasksMet: "{met}/{tasks} nhiệm vụ đạt, {percent}",
    meanCompletion: "Mức độ hoàn thành bình quân: {value}",
    sections: "Theo mục",
    findings: "Lưu ý về bảng",
    truncated: "Trang tính quá dài: chỉ kiểm tra các dòng đầu.",
    taskList: "Danh sách nhiệm vụ",
    filter: "Lọc theo đánh giá",
    all: "Tất cả",
    noTasks: "Không có nhiệm vụ nào trong nhóm này.",
    selectTask: "Chọn dòng của nhiệm vụ {ordinal} trên trang tính",
    completion: "Hoàn thành",
    table: "Trang “{sheet}” · dòng tiêu đề {row}",
    errorTitle: "Chưa kiểm tra được",
    watchError: "Không bật được tự kiểm tra khi sửa",
    selectError: "Không chọn được dòng của nhiệm vụ",
    dismiss: "Đóng thông báo",
    outsideExcel:
      "Mở bảng kiểm tra trong Excel: trang này chỉ chạy bên trong Excel (Trang đầu › Phụ lục CCHC).",
    oldOffice:
      "Phiên bản Office này quá cũ để chạy bảng kiểm tra. Hãy cập nhật lên Microsoft 365 hoặc Office 2021 trở lên.",
    unsupportedHint: "Hãy dùng Microsoft 365, Excel trên web hoặc Office 2019 trở lên.",
    emptySheetHint: "Chuyển sang trang tính có bảng phụ lục rồi bấm Kiểm tra lại.",
    noTableHint:
      "Kiểm tra bảng có dòng tiêu đề gồm Số TT, Nội dung công việc, Yêu cầu và Kết quả, rồi bấm Kiểm tra lại.",
    hostErrorHint: "Bấm Kiểm tra lại; nếu vẫn lỗi, hãy lưu tệp, đóng và mở lại Excel.",
  },
  en: {
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
    truncated: "The sheet is very long: only its first rows were checked.",
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
  },
};

/** What to do about each adapter error. */
export const ERROR_HINTS: Readonly<Record<ErrorCode, TextKey>> = {
  unsupported: "unsupportedHint",
  "empty-sheet": "emptySheetHint",
  "no-table": "noTableHint",
  "host-error": "hostErrorHint",
};

/** "vi" when Office's display language is Vietnamese ("vi-VN"), else "en". */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return (displayLanguage ?? "").toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** A text with its {placeholders} filled. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
