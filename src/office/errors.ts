/** Host failures as results the task pane can show, in the user's language. */
import { OFFICE, type Language } from "../i18n";
import type { ErrorCode, OfficeError } from "./types";

export function failure(code: ErrorCode, language: Language, detail?: string): OfficeError {
  const text = OFFICE[language].errors[code];
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
