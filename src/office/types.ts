/// <reference types="office-js" />
/** What the adapter needs from the host, and what it gives back. */
import type { OfficeErrorCode } from "../i18n";
import type { Area } from "./area";

/** `Excel.run` in production; an in-memory host in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** Whether an ExcelApi requirement set ("1.13") is available: `Office.context.requirements.isSetSupported`. */
  readonly supports: (set: string) => boolean;
}

/** Why the adapter could not do what it was asked; each language words it (`OFFICE[language].errors`). */
export type ErrorCode = OfficeErrorCode;

export interface OfficeError {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly message: string;
}

export type OfficeResult<T> = ({ readonly ok: true } & T) | OfficeError;

/** A border edge as read and restored. */
export interface Edge {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
export type EdgeName = (typeof EDGES)[number];

/** The look of one cell that the header copy changes; fill null is "no fill". */
export interface CellLook {
  readonly bold: boolean;
  readonly fill: string | null;
  readonly wrap: boolean;
  readonly borders: Readonly<Record<EdgeName, Edge>>;
}

/** What the add-in added to one sheet: enough to take it all away again, after a reopen too. */
export interface SheetMarks {
  /** Areas whose values the add-in wrote (they were empty before). */
  readonly written: readonly string[];
  /** Completion column blocks and the number formats they had before, as runs ("count\u0001format"). */
  readonly numberFormats: readonly { readonly address: string; readonly prior: readonly string[] }[];
  /** Header cells (three in a row) and their look before. */
  readonly headers: readonly { readonly address: string; readonly prior: readonly CellLook[] }[];
  /** Verdict column blocks and the formulas of the conditional formats added on each. */
  readonly conditionalFormats: readonly { readonly address: string; readonly formulas: readonly string[] }[];
  /** The table areas checked, for the change watcher. */
  readonly tables: readonly string[];
  /**
   * Sheets the add-in added for a table reaching XFD, each with its header row as written: taking the marks
   * away deletes a sheet of that name only while that row still holds those values. Absent in old records.
   */
  readonly addedSheets?: readonly AddedSheet[];
}

/** A verdict sheet the add-in added, and how to tell it is still the one. */
export interface AddedSheet {
  readonly name: string;
  /** The header row's address ("A1:F1") and its values. */
  readonly header: string;
  readonly values: readonly string[];
  /** Every cell it wrote ("A1:F45"): anything typed outside it makes the sheet the officer's. Absent in old records. */
  readonly extent?: string;
}

export interface MarkRecord {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, SheetMarks>>;
}

/** Shared between a check and the change watcher: what is being written and where marks are. */
export interface MarkState {
  /** True while the add-in's own writes are in flight. */
  writing: boolean;
  sheet: string | null;
  tables: Area[];
  added: Area[];
}

export function createMarkState(): MarkState {
  return { writing: false, sheet: null, tables: [], added: [] };
}
