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
    reportCopyHint: "Chuyển sang trang có bảng phụ lục gốc rồi bấm lại.",
    lostSheets: "Quyết định của trang không còn trong tệp",
    lostSheetsHint:
      "Trang có thể đã được đổi tên. Nếu đó là trang này, hãy áp dụng các quyết định cho trang này.",
    lostSheet: "Trang “{sheet}”: {count} quyết định",
    adoptDecisions: "Áp dụng cho trang này",
    dropDecisions: "Bỏ các quyết định này",
    adopted: "Đã chuyển {count} quyết định sang trang này.",
    dropped: "Đã bỏ {count} quyết định.",
    modes: "Chế độ",
    modeCheck: "Kiểm tra",
    modeReview: "Thẩm định",
    reviewIntro:
      "Xem điểm, đồng ý hoặc sửa đánh giá của từng nhiệm vụ. Quyết định được lưu trong tệp và đi cùng tệp.",
    reviewer: "Người thẩm định",
    reviewerHint: "Tên được ghi kèm mỗi quyết định",
    score: "Điểm sau thẩm định",
    computedScore: "Máy chấm: {met}/{tasks} nhiệm vụ đạt, {percent}",
    decisionCount: "{count} quyết định: {changed} sửa, {confirmed} xác nhận",
    claims: "Bảng tự ghi khác kết quả kiểm tra",
    reviewNotes: "Lưu ý về quyết định thẩm định",
    flaggedTasks: "Nhiệm vụ cần xem ({count})",
    metTasks: "Nhiệm vụ đạt ({count})",
    showMet: "Hiện các nhiệm vụ đạt",
    hideMet: "Ẩn các nhiệm vụ đạt",
    noFlagged: "Không có nhiệm vụ nào chưa đạt, chưa có số liệu hay cần xem lại.",
    target: "Yêu cầu",
    result: "Kết quả",
    empty: "(để trống)",
    computedVerdict: "Máy đánh giá: {verdict}",
    decidedVerdict: "Người thẩm định: {verdict}",
    confirmedVerdict: "Đã xác nhận: {verdict}",
    decidedBy: "{reviewer} · {date}",
    staleDecision: "Dòng này đã được sửa sau khi thẩm định (máy đánh giá lúc đó: {verdict}). Nên xem lại.",
    confirm: "Đồng ý",
    confirmHint: "Đồng ý với đánh giá của máy cho nhiệm vụ {ordinal}",
    override: "Sửa đánh giá",
    changeDecision: "Sửa quyết định",
    undo: "Hoàn tác",
    undoHint: "Hoàn tác quyết định cho nhiệm vụ {ordinal}, trở lại đánh giá của máy",
    verdictChoice: "Đánh giá của người thẩm định",
    comment: "Ghi chú",
    commentRequired: "Hãy ghi lý do khi sửa đánh giá của máy.",
    save: "Lưu",
    cancel: "Hủy",
    saving: "Đang lưu…",
    saved: "Đã lưu quyết định cho nhiệm vụ {ordinal}.",
    undone: "Đã bỏ quyết định cho nhiệm vụ {ordinal}.",
    saveError: "Không lưu được quyết định",
    orphans: "Quyết định không còn khớp nhiệm vụ nào",
    removeOrphan: "Bỏ quyết định này",
    otherSheets: "{count} quyết định thuộc trang tính khác được giữ nguyên.",
    reportCard: "Báo cáo",
    includeVerdict: "Kèm cột đánh giá",
    includeCompletion: "Kèm cột mức độ hoàn thành",
    makeReport: "Tạo bản để dán vào báo cáo",
    makingReport: "Đang tạo…",
    reportMade: "Đã tạo trang “{sheet}” ({rows} dòng): chọn bảng, sao chép rồi dán vào Word.",
    reportNoPageSetup:
      "Phiên bản Excel này không đặt được trang in: hãy chọn khổ A4 và lề trong Bố trí Trang.",
    reportError: "Không tạo được bản để dán vào báo cáo",
    copySentence: "Sao chép câu tổng hợp",
    sentenceLabel: "Câu tổng hợp (đã tính quyết định thẩm định)",
    copied: "Đã sao chép câu tổng hợp.",
    copyFailed: "Không sao chép được. Hãy chọn câu tổng hợp bên dưới rồi bấm Ctrl+C.",
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
  },
};

/** What to do about each adapter error. */
export const ERROR_HINTS: Readonly<Record<ErrorCode, TextKey>> = {
  unsupported: "unsupportedHint",
  "empty-sheet": "emptySheetHint",
  "no-table": "noTableHint",
  "report-copy": "reportCopyHint",
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
