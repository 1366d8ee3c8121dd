/**
 * What the task pane needs from Excel, as a small interface: components never call Office directly.
 * `createCheckerApi` builds it from the Office adapter; tests pass fakes.
 */
import type { Language } from "../core";
import {
  checkActiveSheet,
  clearMarks,
  createMarkState,
  selectTaskRow,
  watchSheet,
  type CheckResult,
  type ExcelHost,
  type OfficeResult,
} from "../office";

export type ClearResult = OfficeResult<{ readonly sheets: string[] }>;
export type SelectResult = OfficeResult<object>;

export interface CheckerApi {
  check(): Promise<CheckResult>;
  clear(): Promise<ClearResult>;
  /** Selects a cell or range, "A7" or "'Phụ lục'!A7". */
  select(address: string): Promise<SelectResult>;
  /** Calls onEdit (debounced) after edits inside the checked table; returns a function that stops watching. */
  watch(onEdit: () => void, onError?: (message: string) => void): () => void;
}

export function createCheckerApi(host: ExcelHost, language: Language): CheckerApi {
  // One state shared by checks, clears and the watcher, so the add-in's own writes are not taken for edits.
  const state = createMarkState();
  return {
    check: () => checkActiveSheet(host, { language, state }),
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
  };
}

/** A sheet-qualified address for selectTaskRow: 'It''s'!A7. */
export function sheetAddress(sheet: string, cell: string): string {
  return sheet ? `'${sheet.replace(/'/g, "''")}'!${cell}` : cell;
}
