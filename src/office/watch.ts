/// <reference types="office-js" />
/**
 * Live re-check: a debounced `worksheet.onChanged` that ignores the add-in's own writes and edits outside
 * the checked tables.
 */
import type { Language } from "../i18n";
import { contains, intersects, parseArea } from "./area";
import { hostError } from "./errors";
import type { ExcelHost, MarkState, OfficeResult } from "./types";

export const DEBOUNCE_MS = 700;

export interface WatchOptions {
  readonly state: MarkState;
  readonly delayMs?: number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly language?: Language;
}

export interface Watcher {
  /** Stops watching; safe to call twice. */
  readonly dispose: () => Promise<void>;
}

/** The part of a change event the watcher reads. */
export interface ChangeEvent {
  readonly address: string;
  readonly triggerSource?: string;
}

/** Whether an edit should trigger a re-check: pure, for the handler and for tests. */
export function isTableEdit(event: ChangeEvent, state: MarkState, trustTrigger: boolean): boolean {
  if (state.writing) return false;
  if (trustTrigger && event.triggerSource === "ThisLocalAddin") return false;
  const area = parseArea(event.address);
  if (!area) return false;
  if (state.added.some((added) => contains(added, area))) return false;
  return state.tables.some((table) => intersects(table, area));
}

export async function watchSheet(
  excel: ExcelHost,
  onEdit: () => void,
  options: WatchOptions,
): Promise<OfficeResult<Watcher>> {
  const { state } = options;
  const delay = options.delayMs ?? DEBOUNCE_MS;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  // triggerSource is ExcelApi 1.14; older hosts rely on the writing flag and the address.
  const trustTrigger = excel.supports("1.14");
  let timer: unknown = null;
  let active = true;

  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // Handlers have fired with events disabled (office-js#1786): the guard lives here too.
    if (!active || !isTableEdit(event, state, trustTrigger)) return;
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      if (active) onEdit();
    }, delay);
  };

  try {
    const registration = await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getActiveWorksheet();
      const result = worksheet.onChanged.add(handler);
      await context.sync();
      return result;
    });
    const dispose = async (): Promise<void> => {
      if (!active) return;
      active = false;
      if (timer !== null) clearTimer(timer);
      timer = null;
      try {
        registration.remove();
        await registration.context.sync();
      } catch {
        // The handler is inert already; a closed workbook has nothing left to remove.
      }
    };
    return { ok: true, dispose };
  } catch (error) {
    return hostError(error, options.language ?? "vi");
  }
}
