/** Host failures as results the task pane can show, in the user's language. */
import type { Language } from "../core";
import type { ErrorCode, OfficeError } from "./types";

const TEXTS: Readonly<Record<Language, Readonly<Record<ErrorCode, string>>>> = {
  vi: {
    unsupported: "Phiên bản Excel này không hỗ trợ bổ trợ (cần ExcelApi 1.7 trở lên).",
    "empty-sheet": "Trang tính đang mở chưa có dữ liệu.",
    "no-table":
      "Không tìm thấy bảng phụ lục (Số TT, Nội dung công việc, Yêu cầu, Kết quả) trên trang tính này.",
    "report-copy": "Trang đang mở là bản để dán vào báo cáo do bổ trợ tạo ra, không phải bảng phụ lục gốc.",
    "host-error": "Excel báo lỗi khi đọc hoặc ghi trang tính",
  },
  en: {
    unsupported: "This version of Excel cannot run the add-in (ExcelApi 1.7 or later is needed).",
    "empty-sheet": "The active sheet holds no data.",
    "no-table": "No appendix table (No., Task, Target, Result) was found on this sheet.",
    "report-copy": "The active sheet is a report copy the add-in made, not the original appendix table.",
    "host-error": "Excel reported an error while reading or writing the sheet",
  },
};

export function failure(code: ErrorCode, language: Language, detail?: string): OfficeError {
  const text = TEXTS[language][code];
  return { ok: false, code, message: detail ? `${text}: ${detail}` : text };
}

/** Any thrown value as a host error: the message only, never a stack. */
export function hostError(error: unknown, language: Language): OfficeError {
  const detail =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error !== null && "message" in error
        ? String((error as { message: unknown }).message)
        : String(error);
  return failure("host-error", language, detail);
}
