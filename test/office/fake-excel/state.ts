// The workbook's data as Excel keeps it: cells, sheets, print settings, conditional formats, the saved file.
// Plain data and helpers only; the proxies in the other files read and change it at sync.
import { MAX_COLUMNS, type Box } from "./address";

export interface EdgeState {
  style: string;
  color: string;
  weight: string;
}

export const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
export type EdgeName = (typeof EDGE_NAMES)[number];

/**
 * One cell; absent properties are Excel's defaults (empty, "General", not bold, no fill, no wrap, no border,
 * Calibri 11, aligned "General" across and "Bottom" down).
 */
export interface CellState {
  value?: string | number | boolean;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  borders?: Partial<Record<EdgeName, EdgeState>>;
  fontName?: string;
  fontSize?: number;
  horizontal?: string;
  vertical?: string;
  /** A hyperlink to a place in the workbook ("'Phụ lục'!A12"). */
  link?: string;
}

/** The defaults of a new workbook's Normal style and sheet. */
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;
export const DEFAULT_HORIZONTAL = "General";
export const DEFAULT_VERTICAL = "Bottom";
/** 8.43 characters of Calibri 11 (64 px) and 20 px, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** A sheet's print settings (ExcelApi 1.9), margins in points. */
export interface PageLayoutState {
  paperSize: string;
  orientation: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$1:$2", or null when no rows repeat. */
  printTitleRows: string | null;
  headersFooters: {
    state: string;
    defaultForAllPages: { centerHeader: string };
    firstPage: { centerHeader: string };
  };
}

/** A new sheet's print settings: Letter, portrait, Excel's "Normal" margins (0.75, 0.7 and 0.3 inch). */
export function defaultPageLayout(): PageLayoutState {
  return {
    paperSize: "Letter",
    orientation: "Portrait",
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    zoom: { scale: 100 },
    printTitleRows: null,
    headersFooters: {
      state: "Default",
      defaultForAllPages: { centerHeader: "" },
      firstPage: { centerHeader: "" },
    },
  };
}

/** Column widths and row heights that differ from the defaults, frozen rows and print settings. */
export interface SheetLayout {
  /** [0-based column, points], by column. */
  columnWidths: [number, number][];
  /** [0-based row, points], by row. */
  rowHeights: [number, number][];
  frozenRows: number;
  pageLayout: PageLayoutState;
}

export interface CfState {
  id: string;
  range: Box;
  type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<number, CellState>;
  merges: Box[];
  cfs: CfState[];
  selection: string | null;
  handlers: Set<ChangeHandler>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: PageLayoutState;
}

export interface ChangeEventArgs {
  address: string;
  triggerSource: string;
  type: "WorksheetChanged";
  changeType: string;
  source: "Local" | "Remote";
  worksheetId: string;
}
export type ChangeHandler = (event: ChangeEventArgs) => Promise<unknown>;

/** The workbook as a file: what survives closing and reopening (no handlers, no selection). */
export interface SavedWorkbook {
  active: string;
  sheets: {
    name: string;
    cells: [number, number, CellState][];
    merges: Box[];
    cfs: CfState[];
    /** Files saved before sizes and print settings existed have none. */
    layout?: SheetLayout;
  }[];
  settings: [string, unknown][];
  /** Custom XML parts; files saved before they existed have none. */
  parts?: PartState[];
}

export interface PartState {
  id: string;
  xml: string;
}

export const key = (row: number, column: number): number => row * MAX_COLUMNS + column;
export const clone = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

export function isPlain(cell: CellState): boolean {
  return Object.keys(cell).length === 0;
}

/** Drops default-valued properties so that "set back to the default" equals "never set". */
export function normalize(cell: CellState): void {
  if (cell.value === "") delete cell.value;
  if (cell.numberFormat === "General") delete cell.numberFormat;
  if (cell.bold === false) delete cell.bold;
  if (cell.wrap === false) delete cell.wrap;
  if (cell.fill === undefined) delete cell.fill;
  if (cell.fontName === DEFAULT_FONT.name) delete cell.fontName;
  if (cell.fontSize === DEFAULT_FONT.size) delete cell.fontSize;
  if (cell.horizontal === DEFAULT_HORIZONTAL) delete cell.horizontal;
  if (cell.vertical === DEFAULT_VERTICAL) delete cell.vertical;
  if (cell.borders) {
    for (const name of EDGE_NAMES) if (cell.borders[name]?.style === "None") delete cell.borders[name];
    if (Object.keys(cell.borders).length === 0) delete cell.borders;
  }
}

/** What a number looks like with its format (en-US display). */
export function displayText(value: CellState["value"], numberFormat = "General"): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  if (numberFormat.includes("%")) return `${(value * 100).toFixed(decimals)}%`;
  if (numberFormat === "General") return String(value);
  return value.toFixed(decimals);
}
