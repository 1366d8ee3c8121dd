/**
 * What the task pane needs from Excel, as a small interface: components never call Office directly.
 * `createCheckerApi` builds it from the Office adapter; tests pass fakes.
 */
import type { Override } from "../core";
import type { Language } from "../i18n";
import {
  clearMarks,
  createMarkState,
  saveReview,
  selectTaskRow,
  watchSheet,
  type CheckResult,
  type ExcelHost,
  type OfficeResult,
  type ReportCopyOptions,
  type ReportCopyResult,
} from "../office";

/**
 * The engine and the adapter's check and report copy, loaded apart from the pane: the pane shows at once,
 * and this arrives while the officer reads it (it is asked for as soon as the api is made).
 */
function loadChecker() {
  return import(/* webpackChunkName: "engine" */ "../office/checker");
}

export type ClearResult = OfficeResult<{ readonly sheets: string[] }>;
export type SelectResult = OfficeResult<object>;
export type SaveResult = OfficeResult<{ readonly count: number }>;
export type { ReportCopyResult };

/** The columns the user chose for the report copy. */
export type ReportChoice = Pick<ReportCopyOptions, "includeVerdict" | "includeCompletion">;

export interface CheckerApi {
  check(): Promise<CheckResult>;
  clear(): Promise<ClearResult>;
  /** Selects a cell or range, "A7" or "'Phụ lục'!A7". */
  select(address: string): Promise<SelectResult>;
  /** Calls onEdit (debounced) after edits inside the checked table; returns a function that stops watching. */
  watch(onEdit: () => void, onError?: (message: string) => void): () => void;
  /** Stores the whole list of reviewer's decisions in the workbook, replacing what was there. */
  saveReview(overrides: readonly Override[]): Promise<SaveResult>;
  /** Creates the report-ready copy of the active sheet's table on a new sheet. */
  createReport(choice: ReportChoice): Promise<ReportCopyResult>;
  /** Puts text on the clipboard; false when the host refused. */
  copyText(text: string): Promise<boolean>;
  /** The time now, ISO 8601, for decisions. */
  now(): string;
  /** The reviewer's name remembered on this computer, and remembering it. */
  reviewerName(): string;
  rememberReviewer(name: string): void;
}

const REVIEWER_KEY = "parChecker.reviewer";

/** The browser parts the api uses, passed in so that tests can give their own. */
export interface BrowserParts {
  readonly document: Document;
  readonly clipboard: Pick<Clipboard, "writeText"> | undefined;
  readonly storage: Pick<Storage, "getItem" | "setItem"> | undefined;
  readonly clock: () => Date;
}

function browserParts(): BrowserParts {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    // Storage can be blocked (private mode, policy): the name is then asked for each session.
    storage = undefined;
  }
  return { document, clipboard: navigator.clipboard, storage, clock: () => new Date() };
}

/**
 * The async clipboard first; Office on Windows can refuse it inside the add-in's frame, so fall back to
 * copying a selection, which works during the click that asked for it.
 */
export async function copyToClipboard(text: string, parts: Pick<BrowserParts, "document" | "clipboard">) {
  try {
    if (parts.clipboard) {
      await parts.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the selection copy below.
  }
  const doc = parts.document;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    // execCommand is deprecated but is the only copy some Office webviews allow.
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

export function createCheckerApi(
  host: ExcelHost,
  language: Language,
  parts: BrowserParts = browserParts(),
): CheckerApi {
  // One state shared by checks, clears and the watcher, so the add-in's own writes are not taken for edits.
  const state = createMarkState();
  const checker = loadChecker();
  // A failed load is reported by the call that needs it; here it must not be an unhandled rejection.
  checker.catch(() => undefined);
  return {
    check: async () => (await checker).checkActiveSheet(host, { language, state }),
    clear: () => clearMarks(host, { language, state }),
    select: (address) => selectTaskRow(host, address, language),
    watch: (onEdit, onError) => {
      let stopped = false;
      let dispose: (() => Promise<void>) | null = null;
      void watchSheet(host, onEdit, { state, language }).then((watcher) => {
        if (!watcher.ok) {
          if (!stopped) onError?.(watcher.message);
          return;
        }
        if (stopped) void watcher.dispose();
        else dispose = watcher.dispose;
      });
      return () => {
        stopped = true;
        if (dispose) void dispose();
        dispose = null;
      };
    },
    saveReview: (overrides) => saveReview(host, overrides, language),
    createReport: async (choice) => (await checker).createReportCopy(host, { ...choice, language }),
    copyText: (text) => copyToClipboard(text, parts),
    now: () => parts.clock().toISOString(),
    reviewerName: () => {
      try {
        return parts.storage?.getItem(REVIEWER_KEY) ?? "";
      } catch {
        return "";
      }
    },
    rememberReviewer: (name) => {
      try {
        parts.storage?.setItem(REVIEWER_KEY, name);
      } catch {
        // Not remembered; the pane keeps the name for this session.
      }
    },
  };
}

/** A sheet-qualified address for selectTaskRow: 'It''s'!A7. */
export function sheetAddress(sheet: string, cell: string): string {
  return sheet ? `'${sheet.replace(/'/g, "''")}'!${cell}` : cell;
}
