/**
 * An in-memory Excel host: exactly the part of Office.js the adapter uses, with Office.js's rules. Reading a
 * property before `load` and `context.sync()` throws PropertyNotLoaded; writes are queued and applied at
 * sync; syncs and the bytes of each batch are counted. Cells are stored sparsely, so a sheet whose
 * formatting reaches row 1,000,000 costs nothing until someone reads those rows.
 */
import type { CellInput } from "../../src/core";
import type { ExcelHost } from "../../src/office";

// ---- addresses (independent of the adapter's own, so a shared bug cannot hide) -------------------------

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function boxAddress(box: Box): string {
  const a = `${letters(box.left)}${box.top + 1}`;
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${letters(box.right)}${box.bottom + 1}`;
}

export function parseBox(address: string): Box {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from = "", to = from] = local.split(":");
  const part = (text: string): { row: number | null; column: number | null } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!m || (!m[1] && !m[2])) throw hostError("InvalidArgument", `Bad address "${address}".`);
    let column = 0;
    for (const ch of (m[1] ?? "").toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
    return { row: m[2] ? Number(m[2]) - 1 : null, column: m[1] ? column - 1 : null };
  };
  const a = part(from);
  const b = part(to);
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROWS - 1,
    right: b.column ?? MAX_COLUMNS - 1,
  };
}

// ---- errors -------------------------------------------------------------------------------------------

/** Shaped like OfficeExtension.Error: a name, a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function hostError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

function notLoaded(property: string): FakeOfficeError {
  return hostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---- workbook state -----------------------------------------------------------------------------------

export interface EdgeState {
  style: string;
  color: string;
  weight: string;
}

export const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
type EdgeName = (typeof EDGE_NAMES)[number];

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
}

/** The defaults of a new workbook's Normal style and sheet. */
const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;
const DEFAULT_HORIZONTAL = "General";
const DEFAULT_VERTICAL = "Bottom";
/** 8.43 characters of Calibri 11 (64 px) and 20 px, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's limits: 255 characters (1,790 px) and 409 points. */
const MAX_COLUMN_WIDTH = 1342.5;
const MAX_ROW_HEIGHT = 409;
const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];

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

interface SheetState {
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
type ChangeHandler = (event: ChangeEventArgs) => Promise<unknown>;

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

/** The default namespace of a document's root element, as Excel files a custom XML part under. */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""),
  );
  if (!root) return "";
  const prefix = root[1] ? root[1].slice(0, -1) : null;
  const attribute = prefix ? `xmlns:${prefix}` : "xmlns";
  const hit = new RegExp(`\\s${attribute.replace(".", "\\.")}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? "");
  return hit?.[1] ?? "";
}

const key = (row: number, column: number): number => row * MAX_COLUMNS + column;
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

function isPlain(cell: CellState): boolean {
  return Object.keys(cell).length === 0;
}

/** Drops default-valued properties so that "set back to the default" equals "never set". */
function normalize(cell: CellState): void {
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

// ---- the host ----------------------------------------------------------------------------------------

export interface BatchRecord {
  /** UTF-8 bytes of the JSON of the queued operations. */
  readonly bytes: number;
  readonly operations: number;
  /** UTF-8 bytes of the JSON of what the loads returned (Excel on the web caps responses at 5 MB too). */
  responseBytes: number;
}

interface Op {
  readonly json: unknown;
  readonly apply: () => void;
}

export class FakeExcel {
  private sheets: SheetState[] = [];
  private active = "";
  private settings = new Map<string, unknown>();
  private parts: PartState[] = [];
  private nextId = 1;
  private failures: string[] = [];
  /** Every sync, in order. */
  readonly batches: BatchRecord[] = [];
  /** The most cells one load asked for: a million-row read would show here. */
  largestRead = 0;

  constructor(saved?: SavedWorkbook) {
    if (!saved) return;
    const copy = clone(saved);
    for (const sheet of copy.sheets) {
      const state = this.addSheet(sheet.name);
      for (const [row, column, cell] of sheet.cells) state.cells.set(key(row, column), cell);
      state.merges = sheet.merges;
      state.cfs = sheet.cfs;
      if (sheet.layout) {
        state.columnWidths = new Map(sheet.layout.columnWidths);
        state.rowHeights = new Map(sheet.layout.rowHeights);
        state.frozenRows = sheet.layout.frozenRows;
        state.pageLayout = sheet.layout.pageLayout;
      }
      for (const cf of sheet.cfs) this.nextId = Math.max(this.nextId, Number(cf.id) + 1);
    }
    this.active = copy.active;
    this.settings = new Map(copy.settings);
    this.parts = copy.parts ?? [];
    for (const part of this.parts)
      this.nextId = Math.max(this.nextId, (Number(/\d+/.exec(part.id)?.[0]) || 0) + 1);
  }

  get syncs(): number {
    return this.batches.length;
  }

  addSheet(name: string): SheetState {
    const sheet: SheetState = {
      id: `{sheet-${this.sheets.length + 1}}`,
      name,
      cells: new Map(),
      merges: [],
      cfs: [],
      selection: null,
      handlers: new Set(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  setActive(name: string): void {
    this.sheet(name);
    this.active = name;
  }

  /** Writes a 2-D grid of values (or engine cells) with its top-left at (row, column), 0-based. */
  seed(name: string, grid: readonly (readonly CellInput[])[], row = 0, column = 0): void {
    const sheet = this.sheets.find((s) => s.name === name) ?? this.addSheet(name);
    grid.forEach((line, r) =>
      line.forEach((input, c) => {
        if (input === null || input === undefined || input === "") return;
        const cell = typeof input === "object" ? input : { value: input };
        if (cell.value === null || cell.value === "") return;
        this.setCell(sheet.name, row + r, column + c, {
          value: cell.value,
          ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
        });
      }),
    );
  }

  setCell(name: string, row: number, column: number, patch: CellState): void {
    const sheet = this.sheet(name);
    const cell = { ...(sheet.cells.get(key(row, column)) ?? {}), ...clone(patch) };
    normalize(cell);
    if (isPlain(cell)) sheet.cells.delete(key(row, column));
    else sheet.cells.set(key(row, column), cell);
  }

  getCellState(name: string, address: string): CellState {
    const box = parseBox(address);
    return clone(this.sheet(name).cells.get(key(box.top, box.left)) ?? {});
  }

  merge(name: string, address: string): void {
    this.sheet(name).merges.push(parseBox(address));
  }

  /** A conditional format of the user's own. */
  addConditionalFormat(name: string, address: string, formula: string, fill: string): void {
    this.sheet(name).cfs.unshift({
      id: String(this.nextId++),
      range: parseBox(address),
      type: "Custom",
      formula,
      fill,
      font: null,
    });
  }

  conditionalFormats(name: string): Omit<CfState, "id">[] {
    return this.sheet(name).cfs.map(({ id: _id, ...rest }) => clone(rest));
  }

  setting(name: string): unknown {
    return clone(this.settings.get(name));
  }

  selection(name: string): string | null {
    return this.sheet(name).selection;
  }

  /** The next `count` syncs fail the way a host error does. */
  failNextSyncs(count: number, message = "An internal error has occurred."): void {
    for (let i = 0; i < count; i++) this.failures.push(message);
  }

  /**
   * The host the adapter runs on; `version` is the highest ExcelApi set it claims ("1.13"). APIs of later
   * sets that the fake knows (page layout, 1.9) fail at sync with ApiNotFound, as an older Excel answers.
   */
  host(version = "1.14"): ExcelHost {
    const [major, minor] = version.split(".").map(Number);
    const supports = (set: string): boolean => {
      const [a = 0, b = 0] = set.split(".").map(Number);
      return a < (major ?? 0) || (a === major && b <= (minor ?? 0));
    };
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
        batch(new FakeContext(this, supports) as unknown as Excel.RequestContext),
      supports,
    };
  }

  /** Column widths and row heights that were set, frozen rows and print settings of a sheet. */
  layout(name: string): SheetLayout {
    const sheet = this.sheet(name);
    return clone({
      columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
      rowHeights: [...sheet.rowHeights.entries()].sort(([a], [b]) => a - b),
      frozenRows: sheet.frozenRows,
      pageLayout: sheet.pageLayout,
    });
  }

  /** Every value, format, merge, conditional format and setting, for exact comparison (ids left out). */
  snapshot(): unknown {
    return {
      active: this.active,
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: [...sheet.cells.entries()]
          .sort(([a], [b]) => a - b)
          .map(([k, cell]) => [boxAddress(this.boxOf(k)), clone(cell)]),
        merges: sheet.merges.map(boxAddress),
        conditionalFormats: this.conditionalFormats(sheet.name),
        layout: this.layout(sheet.name),
      })),
      settings: [...this.settings.entries()].sort(([a], [b]) => a.localeCompare(b)),
      customXmlParts: this.parts.map((part) => part.xml),
    };
  }

  /** The workbook as saved to a file: open it again with `new FakeExcel(saved)`. */
  save(): SavedWorkbook {
    return clone({
      active: this.active,
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: [...sheet.cells.entries()].map(([k, cell]): [number, number, CellState] => [
          Math.floor(k / MAX_COLUMNS),
          k % MAX_COLUMNS,
          cell,
        ]),
        merges: sheet.merges,
        cfs: sheet.cfs,
        layout: this.layout(sheet.name),
      })),
      settings: [...this.settings.entries()],
      parts: this.parts,
    });
  }

  /** A user's edit as Excel reports it to onChanged handlers. */
  async fireChanged(name: string, address: string, triggerSource = "Local"): Promise<void> {
    const sheet = this.sheet(name);
    await Promise.all(
      [...sheet.handlers].map((handler) =>
        handler({
          address,
          triggerSource,
          type: "WorksheetChanged",
          changeType: "RangeEdited",
          source: "Local",
          worksheetId: sheet.id,
        }),
      ),
    );
  }

  handlerCount(name: string): number {
    return this.sheet(name).handlers.size;
  }

  // ---- used by the proxies -------------------------------------------------------------------------------

  sheet(name: string): SheetState {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw hostError("ItemNotFound", `The worksheet "${name}" does not exist.`);
    return sheet;
  }

  activeName(): string {
    return this.active;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** `worksheets.add`: Excel's naming rules, a taken name (in any case) refused, the new sheet last. */
  addSheetAsExcel(name: string | undefined): SheetState {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.hasSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    if (
      chosen.length === 0 ||
      chosen.length > 31 ||
      /[[\]:*?/\\]/.test(chosen) ||
      chosen.startsWith("'") ||
      chosen.endsWith("'") ||
      chosen.toUpperCase() === "HISTORY"
    ) {
      throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    if (this.hasSheet(chosen))
      throw hostError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
    return this.addSheet(chosen);
  }

  /** Excel compares sheet names without regard to case. */
  private hasSheet(name: string): boolean {
    const upper = name.toUpperCase();
    return this.sheets.some((s) => s.name.toUpperCase() === upper);
  }

  position(name: string): number {
    return this.sheets.indexOf(this.sheet(name));
  }

  moveSheet(name: string, position: number): void {
    const sheet = this.sheet(name);
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  boxOf(k: number): Box {
    const row = Math.floor(k / MAX_COLUMNS);
    const column = k % MAX_COLUMNS;
    return { top: row, bottom: row, left: column, right: column };
  }

  cell(sheet: SheetState, row: number, column: number): CellState {
    return sheet.cells.get(key(row, column)) ?? {};
  }

  update(sheet: SheetState, row: number, column: number, change: (cell: CellState) => void): void {
    // A shallow copy is enough: changes replace edges, never edit them in place.
    const old = sheet.cells.get(key(row, column)) ?? {};
    const cell: CellState = old.borders ? { ...old, borders: { ...old.borders } } : { ...old };
    change(cell);
    normalize(cell);
    if (isPlain(cell)) sheet.cells.delete(key(row, column));
    else sheet.cells.set(key(row, column), cell);
  }

  usedBox(sheet: SheetState, valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.value === undefined) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      if (!box) box = { top: row, bottom: row, left: column, right: column };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, column);
        box.right = Math.max(box.right, column);
      }
    }
    return box;
  }

  newCf(sheet: SheetState, range: Box, type: string): CfState {
    const cf: CfState = { id: String(this.nextId++), range, type, formula: null, fill: null, font: null };
    // A new conditional format goes on top of the others, as in Excel.
    sheet.cfs.unshift(cf);
    return cf;
  }

  /** The custom XML parts, in the order they were added. */
  customXmlParts(): PartState[] {
    return clone(this.parts);
  }

  /** A part another tool added (Excel keeps parts it does not understand). */
  addCustomXmlPart(xml: string): string {
    const id = `{part-${this.nextId++}}`;
    this.parts.push({ id, xml });
    return id;
  }

  findPart(id: string): PartState | undefined {
    return this.parts.find((part) => part.id === id);
  }

  partsIn(namespace: string): PartState[] {
    return this.parts.filter((part) => rootNamespace(part.xml) === namespace);
  }

  deletePart(id: string): void {
    this.parts = this.parts.filter((part) => part.id !== id);
  }

  getSetting(name: string): { found: boolean; value: unknown } {
    return { found: this.settings.has(name), value: clone(this.settings.get(name)) };
  }

  putSetting(name: string, value: unknown): void {
    this.settings.set(name, clone(value));
  }

  deleteSetting(name: string): void {
    this.settings.delete(name);
  }

  record(batch: BatchRecord): void {
    this.batches.push(batch);
  }

  takeFailure(): string | undefined {
    return this.failures.shift();
  }
}

// ---- request context and proxies -----------------------------------------------------------------------

class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private dispatch: (() => Promise<void>)[] = [];
  current: BatchRecord | null = null;

  constructor(
    readonly excel: FakeExcel,
    readonly supports: (set: string) => boolean = () => true,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** At sync: an API of a requirement set the host lacks fails as an older Excel answers. */
  need(set: string): void {
    if (!this.supports(set))
      throw hostError(
        "ApiNotFound",
        "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
      );
  }

  enqueue(json: unknown, apply: () => void): void {
    this.queue.push({ json, apply });
  }

  /** Change events to fire after this sync (the add-in's own writes fire onChanged too). */
  afterSync(fire: () => Promise<void>): void {
    this.dispatch.push(fire);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const bytes = Buffer.byteLength(JSON.stringify(queue.map((op) => op.json)), "utf8");
    this.current = { bytes, operations: queue.length, responseBytes: 0 };
    this.excel.record(this.current);
    const failure = this.excel.takeFailure();
    if (failure !== undefined) throw hostError("GeneralException", failure);
    for (const op of queue) op.apply();
    const dispatch = this.dispatch;
    this.dispatch = [];
    for (const fire of dispatch) await fire();
  }
}

/** Base of every proxy: properties exist only once loaded and synced. */
class FakeProxy {
  protected loaded = new Map<string, unknown>();
  protected synced = false;

  constructor(protected readonly context: FakeContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Queues a load of `properties`; `fetch` computes each at sync time. */
  protected queueLoad(target: string, properties: string[], fetch: (property: string) => unknown): void {
    this.context.enqueue({ op: "load", target, properties }, () => {
      for (const property of properties) {
        const value = fetch(property);
        this.loaded.set(property, value);
        const batch = this.context.current;
        if (batch) batch.responseBytes += Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
      }
    });
  }

  /** isNullObject, like other properties, is known only after a sync. */
  protected nullState(isNull: () => boolean): void {
    this.context.enqueue({ op: "resolve" }, () => this.loaded.set("isNullObject", isNull()));
  }
}

function split(properties: string | string[] | undefined): string[] {
  const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
  return list.map((p) => p.trim().replace(/^items\//, "")).filter((p) => p.length > 0);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
  }
}

class FakeWorksheetCollection extends FakeProxy {
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.context.excel.activeName());
  }

  getItem(name: string): FakeWorksheet {
    this.context.excel.sheet(name);
    return new FakeWorksheet(this.context, name);
  }

  /** Adds a sheet at the end at sync; the name is checked then, as Excel does. */
  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, name ?? "");
    this.context.enqueue({ op: "worksheets.add", name: name ?? null }, () =>
      sheet.bind(this.context.excel.addSheetAsExcel(name).name),
    );
    return sheet;
  }

  load(properties?: string | string[]): this {
    const names = split(properties);
    this.context.enqueue({ op: "load", target: "worksheets", properties: names }, () => {
      const items = this.context.excel.sheetNames().map((n) => new FakeWorksheet(this.context, n));
      this.loaded.set("items", items);
      for (const item of items) item.markLoaded(names);
      const batch = this.context.current;
      if (batch)
        batch.responseBytes += Buffer.byteLength(JSON.stringify(this.context.excel.sheetNames()), "utf8");
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }
}

class FakeWorksheet extends FakeProxy {
  readonly onChanged: { add: (handler: ChangeHandler) => FakeEventResult };
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(
    context: FakeContext,
    public sheetName: string,
  ) {
    super(context);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.onChanged = {
      add: (handler) => {
        const result = new FakeEventResult(context, this.state(), handler);
        context.enqueue({ op: "addHandler", target: sheetName }, () => this.state().handlers.add(handler));
        return result;
      },
    };
  }

  state(): SheetState {
    return this.context.excel.sheet(this.sheetName);
  }

  /** A sheet added in this batch gets its name at sync (Excel may have named it). */
  bind(name: string): void {
    this.sheetName = name;
  }

  markLoaded(properties: string[]): void {
    for (const p of properties) this.loaded.set(p, this.fetch(p));
  }

  private fetch(property: string): unknown {
    if (property === "name") return this.sheetName;
    if (property === "position") return this.context.excel.position(this.sheetName);
    throw hostError("InvalidArgument", `Unknown property ${property}.`);
  }

  load(properties?: string | string[]): this {
    this.queueLoad(this.sheetName, split(properties), (p) => this.fetch(p));
    return this;
  }

  get name(): string {
    return this.read("name");
  }

  get position(): number {
    return this.read("position");
  }

  set position(position: number) {
    this.context.enqueue({ op: "set", target: this.sheetName, property: "position", value: position }, () =>
      this.context.excel.moveSheet(this.sheetName, position),
    );
  }

  activate(): void {
    this.context.enqueue({ op: "activate", target: this.sheetName }, () =>
      this.context.excel.setActive(this.sheetName),
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this, () => parseBox(address));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, () => ({
      top: row,
      left: column,
      bottom: row + rowCount - 1,
      right: column + columnCount - 1,
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this,
      () => this.context.excel.usedBox(this.state(), valuesOnly) ?? parseBox("A1"),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this,
      () => this.context.excel.usedBox(this.state(), valuesOnly),
      true,
    );
  }
}

class FakeEventResult {
  constructor(
    readonly context: FakeContext,
    private readonly sheet: SheetState,
    private readonly handler: ChangeHandler,
  ) {}

  remove(): void {
    this.context.enqueue({ op: "removeHandler" }, () => this.sheet.handlers.delete(this.handler));
  }
}

/** A cell left out of `uniform`. */
const SKIP = Symbol("skip");

/** What clearing formats takes away. */
const FORMAT_PROPERTIES = [
  "numberFormat",
  "bold",
  "fill",
  "wrap",
  "borders",
  "fontName",
  "fontSize",
  "horizontal",
  "vertical",
] as const;

const RANGE_PROPERTIES = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "text",
  "numberFormat",
];

class FakeRange extends FakeProxy {
  private box: Box | null | undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly locate: () => Box | null,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.nullState(() => this.area() === null);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }

  /** Resolved at sync time, like a proxy's path. */
  area(): Box | null {
    if (this.box === undefined) this.box = this.locate();
    return this.box;
  }

  need(): Box {
    const box = this.area();
    if (!box) throw hostError("InvalidReference", "The range is a null object.");
    return box;
  }

  addressText(): string {
    return `${this.worksheet.sheetName}!${boxAddress(this.need())}`;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  load(properties?: string | string[]): this {
    const list = split(properties);
    for (const p of list)
      if (!RANGE_PROPERTIES.includes(p)) throw hostError("InvalidArgument", `Unknown property ${p}.`);
    this.queueLoad(this.worksheet.sheetName, list, (p) => this.fetch(p));
    return this;
  }

  /** Marks properties loaded now (items of a collection loaded at sync). */
  setLoaded(properties: string[]): void {
    for (const p of properties) this.loaded.set(p, this.fetch(p));
  }

  private fetch(property: string): unknown {
    const box = this.area();
    if (!box) return undefined;
    switch (property) {
      case "address":
        return this.addressText();
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
    }
    const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    const excel = this.context.excel;
    excel.largestRead = Math.max(excel.largestRead, cells);
    if (cells > 5_000_000) throw hostError("ResponsePayloadSizeLimitExceeded", "Too many cells requested.");
    const sheet = this.worksheet.state();
    const out: unknown[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = excel.cell(sheet, r, c);
        if (property === "values") row.push(cell.value ?? "");
        else if (property === "text") row.push(displayText(cell.value, cell.numberFormat));
        else row.push(cell.numberFormat ?? "General");
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set values(values: unknown[][]) {
    this.write("values", values, (cell, value) => {
      // null leaves the cell as it is, as in Office.js.
      if (value === null) return;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        cell.value = value;
    });
  }

  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (cell, value) => {
      if (typeof value === "string") cell.numberFormat = value;
    });
  }

  private write(property: string, grid: unknown[][], set: (cell: CellState, value: unknown) => void): void {
    const data = clone(grid);
    this.context.enqueue({ op: "set", target: this.worksheet.sheetName, property, value: data }, () => {
      const box = this.need();
      if (
        data.length !== box.bottom - box.top + 1 ||
        data.some((row) => row.length !== box.right - box.left + 1)
      ) {
        throw hostError(
          "InvalidArgument",
          `The ${property} array does not match the range ${boxAddress(box)}.`,
        );
      }
      const sheet = this.worksheet.state();
      data.forEach((row, i) =>
        row.forEach((value, j) =>
          this.context.excel.update(sheet, box.top + i, box.left + j, (cell) => set(cell, value)),
        ),
      );
    });
    if (property === "values") this.fireAfterSync();
  }

  private fireAfterSync(): void {
    this.context.afterSync(() =>
      this.context.excel.fireChanged(this.worksheet.sheetName, boxAddress(this.need()), "ThisLocalAddin"),
    );
  }

  clear(applyTo: string = "All"): void {
    this.context.enqueue({ op: "clear", target: this.worksheet.sheetName, applyTo }, () => {
      const box = this.need();
      const sheet = this.worksheet.state();
      for (const [k] of [...sheet.cells]) {
        const b = this.context.excel.boxOf(k);
        if (b.top < box.top || b.top > box.bottom || b.left < box.left || b.left > box.right) continue;
        this.context.excel.update(sheet, b.top, b.left, (cell) => {
          if (applyTo === "All" || applyTo === "Contents") delete cell.value;
          if (applyTo === "All" || applyTo === "Formats") {
            for (const p of FORMAT_PROPERTIES) delete cell[p];
          }
        });
      }
    });
    if (applyTo === "All" || applyTo === "Contents") this.fireAfterSync();
  }

  select(): void {
    this.context.enqueue({ op: "select", target: this.worksheet.sheetName }, () => {
      this.worksheet.state().selection = boxAddress(this.need());
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }

  /** Runs `change` on every cell of the range at sync, with its place. */
  each(json: unknown, change: (cell: CellState, row: number, column: number, box: Box) => void): void {
    this.context.enqueue(json, () => {
      const box = this.need();
      const sheet = this.worksheet.state();
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++)
          this.context.excel.update(sheet, r, c, (cell) => change(cell, r, c, box));
      }
    });
  }

  /** One property of every cell (SKIP leaves a cell out), or null when the cells differ, as Excel reports mixed formats. */
  uniform(pick: (cell: CellState, row: number, column: number, box: Box) => unknown): unknown {
    const box = this.need();
    const sheet = this.worksheet.state();
    let first: string | undefined;
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const picked = pick(this.context.excel.cell(sheet, r, c), r, c, box);
        if (picked === SKIP) continue;
        const value = JSON.stringify(picked ?? null);
        if (first === undefined) first = value;
        else if (value !== first) return null;
      }
    }
    return first === undefined ? null : (JSON.parse(first) as unknown);
  }

  /** The width of every column or height of every row the range spans, or null when they differ. */
  uniformSize(kind: "column" | "row"): number | null {
    const box = this.need();
    const sheet = this.worksheet.state();
    const [from, to, sizes, fallback] =
      kind === "column"
        ? [box.left, box.right, sheet.columnWidths, DEFAULT_COLUMN_WIDTH]
        : [box.top, box.bottom, sheet.rowHeights, DEFAULT_ROW_HEIGHT];
    const found = new Set<number>();
    let count = 0;
    for (const [index, size] of sizes) {
      if (index < from || index > to) continue;
      found.add(size);
      count++;
    }
    if (count < to - from + 1) found.add(fallback);
    return found.size === 1 ? ([...found][0] ?? null) : null;
  }

  /** Sets the width of every column or the height of every row the range spans, at sync. */
  size(kind: "column" | "row", points: number, max: number, snap: (points: number) => number): void {
    const property = kind === "column" ? "columnWidth" : "rowHeight";
    this.context.enqueue({ op: "set", target: this.worksheet.sheetName, property, value: points }, () => {
      if (!(points >= 0 && points <= max))
        throw hostError("InvalidArgument", `The ${property} ${points} is out of range.`);
      const box = this.need();
      const sheet = this.worksheet.state();
      const [from, to, sizes] =
        kind === "column"
          ? [box.left, box.right, sheet.columnWidths]
          : [box.top, box.bottom, sheet.rowHeights];
      for (let i = from; i <= to; i++) sizes.set(i, snap(points));
    });
  }
}

class FakeRangeAreas extends FakeProxy {
  readonly areas: FakeRangeCollection;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
    this.nullState(() => this.found().length === 0);
    this.areas = new FakeRangeCollection(context, range.worksheet, () => this.found());
  }

  /** Merged areas whose top-left cell is in the range; more than 512 fails, as in Excel. */
  found(): Box[] {
    const box = this.range.need();
    const areas = this.range.worksheet
      .state()
      .merges.filter(
        (m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right,
      );
    if (areas.length > 512) throw hostError("GeneralException", "There are too many merged areas.");
    return areas;
  }

  load(properties?: string | string[]): this {
    this.queueLoad("mergedAreas", split(properties), (p) =>
      p === "areaCount" ? this.found().length : undefined,
    );
    return this;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }
}

class FakeRangeCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly boxes: () => Box[],
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    const list = split(properties);
    this.context.enqueue({ op: "load", target: "areas", properties: list }, () => {
      const items = this.boxes().map((box) => {
        const range = new FakeRange(this.context, this.worksheet, () => box);
        range.setLoaded(list);
        return range;
      });
      this.loaded.set("items", items);
    });
    return this;
  }

  get items(): FakeRange[] {
    return this.read("items");
  }
}

// ---- formats -------------------------------------------------------------------------------------------

class FakeRangeFormat extends FakeProxy {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
    this.font = new FakeFont(context, range);
    this.fill = new FakeFill(context, range);
    this.borders = new FakeBorders(context, range);
  }

  load(properties?: string | string[]): this {
    this.queueLoad("format", split(properties), (p) => {
      switch (p) {
        case "wrapText":
          return this.range.uniform((cell) => cell.wrap ?? false);
        case "horizontalAlignment":
          return this.range.uniform((cell) => cell.horizontal ?? DEFAULT_HORIZONTAL);
        case "verticalAlignment":
          return this.range.uniform((cell) => cell.vertical ?? DEFAULT_VERTICAL);
        case "columnWidth":
          return this.range.uniformSize("column");
        case "rowHeight":
          return this.range.uniformSize("row");
        default:
          throw hostError("InvalidArgument", `Unknown property ${p}.`);
      }
    });
    return this;
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(wrap: boolean) {
    this.range.each({ op: "set", property: "wrapText", value: wrap }, (cell) => {
      cell.wrap = wrap;
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }

  set horizontalAlignment(value: string) {
    this.range.each({ op: "set", property: "horizontalAlignment", value }, (cell) => {
      cell.horizontal = oneOf(value, HORIZONTAL_ALIGNMENTS);
    });
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }

  set verticalAlignment(value: string) {
    this.range.each({ op: "set", property: "verticalAlignment", value }, (cell) => {
      cell.vertical = oneOf(value, VERTICAL_ALIGNMENTS);
    });
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  /** Every column the range spans; Excel keeps whole pixels (0.75 pt). */
  set columnWidth(points: number) {
    this.range.size("column", points, MAX_COLUMN_WIDTH, (p) => Math.round(p / 0.75) * 0.75);
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }

  /** Every row the range spans. */
  set rowHeight(points: number) {
    this.range.size("row", points, MAX_ROW_HEIGHT, (p) => p);
  }
}

/** A value Excel accepts from a closed list; anything else is refused at sync. */
function oneOf(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw hostError("InvalidArgument", `"${value}" is not a valid value.`);
  return value;
}

class FakeFont extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    this.queueLoad("font", split(properties), (p) => {
      switch (p) {
        case "bold":
          return this.range.uniform((cell) => cell.bold ?? false);
        case "name":
          return this.range.uniform((cell) => cell.fontName ?? DEFAULT_FONT.name);
        case "size":
          return this.range.uniform((cell) => cell.fontSize ?? DEFAULT_FONT.size);
        default:
          throw hostError("InvalidArgument", `Unknown property ${p}.`);
      }
    });
    return this;
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(bold: boolean) {
    this.range.each({ op: "set", property: "font.bold", value: bold }, (cell) => {
      cell.bold = bold;
    });
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.range.each({ op: "set", property: "font.name", value: name }, (cell) => {
      if (name.trim() === "") throw hostError("InvalidArgument", "A font needs a name.");
      cell.fontName = name;
    });
  }

  get size(): number {
    return this.read("size");
  }

  /** 1 to 409 points, in half points. */
  set size(size: number) {
    this.range.each({ op: "set", property: "font.size", value: size }, (cell) => {
      if (!(size >= 1 && size <= 409 && Number.isInteger(size * 2)))
        throw hostError("InvalidArgument", `Font size ${size} is out of range.`);
      cell.fontSize = size;
    });
  }
}

class FakeFill extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    // Excel reports "no fill" as white.
    this.queueLoad("fill", split(properties), (p) =>
      p === "color" ? this.range.uniform((cell) => cell.fill ?? "#FFFFFF") : undefined,
    );
    return this;
  }

  get color(): string {
    return this.read("color");
  }

  set color(color: string) {
    this.range.each({ op: "set", property: "fill.color", value: color }, (cell) => {
      cell.fill = color;
    });
  }

  clear(): void {
    this.range.each({ op: "fill.clear" }, (cell) => {
      delete cell.fill;
    });
  }
}

const INSIDE_NAMES = ["InsideHorizontal", "InsideVertical"] as const;
type BorderName = EdgeName | (typeof INSIDE_NAMES)[number];

/** Which of a cell's own edges a range border is, for the cell at (row, column) of `box`. */
function edgesOf(name: BorderName, row: number, column: number, box: Box): EdgeName[] {
  switch (name) {
    case "EdgeTop":
      return row === box.top ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return row === box.bottom ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return column === box.left ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return column === box.right ? ["EdgeRight"] : [];
    // Lines between cells: the cells on both sides show them.
    case "InsideHorizontal":
      return [
        ...(row > box.top ? (["EdgeTop"] as const) : []),
        ...(row < box.bottom ? (["EdgeBottom"] as const) : []),
      ];
    case "InsideVertical":
      return [
        ...(column > box.left ? (["EdgeLeft"] as const) : []),
        ...(column < box.right ? (["EdgeRight"] as const) : []),
      ];
  }
}

class FakeBorders {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  getItem(name: BorderName): FakeBorder {
    if (
      !EDGE_NAMES.includes(name as EdgeName) &&
      !INSIDE_NAMES.includes(name as (typeof INSIDE_NAMES)[number])
    )
      throw hostError("InvalidArgument", `Border ${String(name)} is not supported here.`);
    return new FakeBorder(this.context, this.range, name);
  }
}

const NO_EDGE: EdgeState = { style: "None", color: "#000000", weight: "Thin" };

class FakeBorder extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
    private readonly name: BorderName,
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    this.queueLoad("border", split(properties), (p) =>
      this.range.uniform((cell, row, column, box) => {
        const edge = edgesOf(this.name, row, column, box)[0];
        // Cells the border does not touch do not count.
        return edge === undefined ? SKIP : (cell.borders?.[edge] ?? NO_EDGE)[p as keyof EdgeState];
      }),
    );
    return this;
  }

  get style(): string {
    return this.read("style");
  }
  get color(): string {
    return this.read("color");
  }
  get weight(): string {
    return this.read("weight");
  }

  private set(property: keyof EdgeState, value: string): void {
    this.range.each(
      { op: "set", property: `border.${this.name}.${property}`, value },
      (cell, row, column, box) => {
        for (const name of edgesOf(this.name, row, column, box)) {
          const edge = { ...(cell.borders?.[name] ?? NO_EDGE), [property]: value };
          cell.borders = { ...(cell.borders ?? {}), [name]: edge };
        }
      },
    );
  }

  set style(value: string) {
    this.set("style", value);
  }
  set color(value: string) {
    this.set("color", value);
  }
  set weight(value: string) {
    this.set("weight", value);
  }
}

// ---- sheet view and print settings ---------------------------------------------------------------------

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  /** ExcelApi 1.7. */
  freezeRows(count = 1): void {
    this.context.enqueue({ op: "freezeRows", target: this.worksheet.sheetName, count }, () => {
      this.context.need("1.7");
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS)
        throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      this.worksheet.state().frozenRows = count;
    });
  }
}

const PAPER_SIZES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
];
const PAGE_LAYOUT_API = "1.9";
type LayoutValue = Exclude<keyof PageLayoutState, "printTitleRows" | "headersFooters">;
const MARGINS = ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "headerMargin", "footerMargin"];

/** Worksheet.pageLayout (ExcelApi 1.9): every operation fails at sync on an older host. */
class FakePageLayout extends FakeProxy {
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context);
    this.headersFooters = new FakeHeaderFooterGroup(context, worksheet);
    // Office.js objects: plain properties set one by one, each a queued operation.
    for (const property of [
      "paperSize",
      "orientation",
      ...MARGINS,
      "centerHorizontally",
      "centerVertically",
      "zoom",
    ] as LayoutValue[]) {
      Object.defineProperty(this, property, {
        get: () => this.read(property),
        set: (value: unknown) => this.put(property, value),
      });
    }
  }

  private put(property: LayoutValue, value: unknown): void {
    const data = clone(value);
    this.context.enqueue(
      { op: "set", target: this.worksheet.sheetName, property: `pageLayout.${property}`, value: data },
      () => {
        this.context.need(PAGE_LAYOUT_API);
        const layout = this.worksheet.state().pageLayout;
        const bad = (): FakeOfficeError =>
          hostError("InvalidArgument", `The value of pageLayout.${property} is not valid.`);
        if (property === "paperSize") layout.paperSize = oneOf(String(data), PAPER_SIZES);
        else if (property === "orientation")
          layout.orientation = oneOf(String(data), ["Portrait", "Landscape"]);
        else if (property === "centerHorizontally" || property === "centerVertically") {
          if (typeof data !== "boolean") throw bad();
          layout[property] = data;
        } else if (property === "zoom") {
          layout.zoom = zoomOf(data, bad);
        } else {
          if (typeof data !== "number" || !(data >= 0)) throw bad();
          layout[property] = data;
        }
      },
    );
  }

  load(properties?: string | string[]): this {
    const names = split(properties);
    this.context.enqueue(
      { op: "load", target: `${this.worksheet.sheetName}.pageLayout`, properties: names },
      () => {
        this.context.need(PAGE_LAYOUT_API);
        const layout = this.worksheet.state().pageLayout;
        for (const name of names) {
          if (!(name in layout) || name === "printTitleRows" || name === "headersFooters")
            throw hostError("InvalidArgument", `Unknown property ${name}.`);
          this.loaded.set(name, clone(layout[name as LayoutValue]));
        }
      },
    );
    return this;
  }

  /** Rows repeated at the top of every printed page: "$1:$1", "1:2" or a range. */
  setPrintTitleRows(rows: string | FakeRange): void {
    const text = typeof rows === "string" ? rows : null;
    this.context.enqueue({ op: "setPrintTitleRows", target: this.worksheet.sheetName, rows: text }, () => {
      this.context.need(PAGE_LAYOUT_API);
      const box = typeof rows === "string" ? parseBox(rows) : rows.need();
      this.worksheet.state().pageLayout.printTitleRows = `$${box.top + 1}:$${box.bottom + 1}`;
    });
  }
}

/** Either a scale (10–400 %) or pages wide and tall (0: as many as needed). */
function zoomOf(data: unknown, bad: () => FakeOfficeError): PageLayoutState["zoom"] {
  if (typeof data !== "object" || data === null) throw bad();
  const zoom = data as Record<string, unknown>;
  const keys = Object.keys(zoom);
  if (keys.some((k) => !["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k))) throw bad();
  const pages = (v: unknown): boolean => v === undefined || (Number.isInteger(v) && (v as number) >= 0);
  if (zoom.scale !== undefined) {
    const scale = zoom.scale;
    if (keys.length !== 1 || typeof scale !== "number" || scale < 10 || scale > 400) throw bad();
    return { scale };
  }
  if (!pages(zoom.horizontalFitToPages) || !pages(zoom.verticalFitToPages) || keys.length === 0) throw bad();
  return clone(zoom) as PageLayoutState["zoom"];
}

class FakeHeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;
  readonly firstPage: FakeHeaderFooter;

  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    this.defaultForAllPages = new FakeHeaderFooter(context, worksheet, "defaultForAllPages");
    this.firstPage = new FakeHeaderFooter(context, worksheet, "firstPage");
  }

  get state(): string {
    throw notLoaded("state");
  }

  set state(value: string) {
    this.context.enqueue(
      { op: "set", target: this.worksheet.sheetName, property: "headersFooters.state", value },
      () => {
        this.context.need(PAGE_LAYOUT_API);
        this.worksheet.state().pageLayout.headersFooters.state = oneOf(value, [
          "Default",
          "FirstAndDefault",
          "OddAndEven",
          "FirstOddAndEven",
        ]);
      },
    );
  }
}

class FakeHeaderFooter {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly which: "defaultForAllPages" | "firstPage",
  ) {}

  get centerHeader(): string {
    throw notLoaded("centerHeader");
  }

  set centerHeader(value: string) {
    this.context.enqueue(
      { op: "set", target: this.worksheet.sheetName, property: `${this.which}.centerHeader`, value },
      () => {
        this.context.need(PAGE_LAYOUT_API);
        // Excel refuses a section longer than 255 characters.
        if (value.length > 255) throw hostError("InvalidArgument", "The header is too long.");
        this.worksheet.state().pageLayout.headersFooters[this.which].centerHeader = value;
      },
    );
  }
}

// ---- conditional formats -------------------------------------------------------------------------------

class FakeConditionalFormatCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.context, this.range.worksheet);
    this.context.enqueue({ op: "cf.add", target: this.range.worksheet.sheetName, type }, () => {
      cf.bind(this.context.excel.newCf(this.range.worksheet.state(), this.range.need(), type));
    });
    return cf;
  }

  /** Loads the conditional formats that touch the range, like Range.conditionalFormats. */
  load(properties?: string | string[]): this {
    const list = split(properties);
    this.context.enqueue({ op: "load", target: "conditionalFormats", properties: list }, () => {
      const box = this.range.need();
      const items = this.range.worksheet
        .state()
        .cfs.filter(
          (cf) =>
            cf.range.top <= box.bottom &&
            box.top <= cf.range.bottom &&
            cf.range.left <= box.right &&
            box.left <= cf.range.right,
        )
        .map((state) => {
          const cf = new FakeConditionalFormat(this.context, this.range.worksheet);
          cf.bind(state);
          cf.loadNow(list);
          return cf;
        });
      this.loaded.set("items", items);
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }
}

class FakeConditionalFormat extends FakeProxy {
  private state: CfState | null = null;
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } } = {
    get isNullObject(): boolean {
      throw notLoaded("isNullObject");
    },
    rule: {
      get formula(): string {
        throw notLoaded("formula");
      },
    },
  };

  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context);
    const set = (property: string, apply: (cf: CfState, value: string) => void) => (value: string) =>
      this.context.enqueue({ op: "set", property, value }, () => apply(this.bound(), value));
    const setFormula = set("custom.rule.formula", (cf, v) => (cf.formula = v));
    const setFill = set("custom.format.fill.color", (cf, v) => (cf.fill = v));
    const setFont = set("custom.format.font.color", (cf, v) => (cf.font = v));
    this.custom = {
      rule: {
        get formula(): string {
          throw notLoaded("formula");
        },
        set formula(v: string) {
          setFormula(v);
        },
      },
      format: {
        fill: {
          get color(): string {
            throw notLoaded("color");
          },
          set color(v: string) {
            setFill(v);
          },
        },
        font: {
          get color(): string {
            throw notLoaded("color");
          },
          set color(v: string) {
            setFont(v);
          },
        },
      },
    };
  }

  bind(state: CfState): void {
    this.state = state;
  }

  private bound(): CfState {
    if (!this.state) throw hostError("ItemNotFound", "The conditional format does not exist.");
    return this.state;
  }

  /** Fills loaded properties from state (for items of a loaded collection). */
  loadNow(properties: string[]): void {
    const state = this.bound();
    for (const p of properties) {
      if (p === "id") this.loaded.set("id", state.id);
      else if (p === "type") this.loaded.set("type", state.type);
      else if (p === "customOrNullObject/rule/formula") {
        this.customOrNullObject =
          state.type === "Custom"
            ? { isNullObject: false, rule: { formula: state.formula ?? "" } }
            : {
                isNullObject: true,
                rule: {
                  get formula(): string {
                    throw hostError("InvalidObjectPath", "The object is a null object.");
                  },
                },
              };
      } else throw hostError("InvalidArgument", `Unknown property ${p}.`);
    }
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  delete(): void {
    this.context.enqueue({ op: "cf.delete", target: this.worksheet.sheetName }, () => {
      const sheet = this.worksheet.state();
      const state = this.bound();
      sheet.cfs = sheet.cfs.filter((cf) => cf !== state);
    });
  }
}

// ---- settings ------------------------------------------------------------------------------------------

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}

  getItemOrNullObject(name: string): FakeSetting {
    return new FakeSetting(this.context, name);
  }

  add(name: string, value: unknown): FakeSetting {
    const data = clone(value);
    this.context.enqueue({ op: "settings.add", name, value: data }, () =>
      this.context.excel.putSetting(name, data),
    );
    return new FakeSetting(this.context, name);
  }
}

class FakeSetting extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly name: string,
  ) {
    super(context);
    this.nullState(() => !this.context.excel.getSetting(name).found);
  }

  load(properties?: string | string[]): this {
    this.queueLoad("setting", split(properties), (p) => {
      const { found, value } = this.context.excel.getSetting(this.name);
      return p === "value" && found ? value : p === "key" && found ? this.name : undefined;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  get value(): unknown {
    if (this.loaded.get("isNullObject") === true)
      throw hostError("InvalidObjectPath", "The setting does not exist.");
    return this.read("value");
  }

  delete(): void {
    this.context.enqueue({ op: "settings.delete", name: this.name }, () =>
      this.context.excel.deleteSetting(this.name),
    );
  }
}

// ---- custom XML parts ----------------------------------------------------------------------------------

/** A method's result: its value exists only after a sync. */
class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(context: FakeContext, compute: () => T) {
    context.enqueue({ op: "result" }, () => {
      this.result = compute();
      this.settled = true;
      const batch = context.current;
      if (batch) batch.responseBytes += Buffer.byteLength(JSON.stringify(this.result) ?? "", "utf8");
    });
  }

  get value(): T {
    if (!this.settled) throw notLoaded("value");
    return this.result as T;
  }
}

class FakeCustomXmlPartCollection extends FakeProxy {
  add(xml: string): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart(this.context, null);
    this.context.enqueue({ op: "customXmlParts.add", xml }, () => {
      // Excel refuses a document that is not XML; a declaration, processing instructions and comments may
      // come before the root.
      const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
      if (!rootNamespace(xml) && !/^\s*<[A-Za-z_]/.test(body)) {
        throw hostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      part.bind(this.context.excel.addCustomXmlPart(xml));
    });
    return part;
  }

  getByNamespace(namespace: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespace);
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, id);
  }
}

class FakeCustomXmlPartScopedCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly namespace: string,
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    const names = split(properties);
    this.context.enqueue(
      { op: "load", target: "customXmlParts", namespace: this.namespace, properties: names },
      () => {
        const items = this.context.excel.partsIn(this.namespace).map((part) => {
          const item = new FakeCustomXmlPart(this.context, part.id);
          item.markLoaded();
          return item;
        });
        this.loaded.set("items", items);
      },
    );
    return this;
  }

  get items(): FakeCustomXmlPart[] {
    return this.read("items");
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.context.excel.partsIn(this.namespace).length);
  }
}

class FakeCustomXmlPart extends FakeProxy {
  constructor(
    context: FakeContext,
    private partId: string | null,
  ) {
    super(context);
  }

  bind(id: string): void {
    this.partId = id;
  }

  markLoaded(): void {
    const part = this.state();
    this.loaded.set("id", part.id);
    this.loaded.set("namespaceUri", rootNamespace(part.xml));
  }

  private state(): PartState {
    const part = this.partId === null ? undefined : this.context.excel.findPart(this.partId);
    if (!part) throw hostError("ItemNotFound", "The requested resource doesn't exist.");
    return part;
  }

  get id(): string {
    return this.read("id");
  }

  get namespaceUri(): string {
    return this.read("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.context, () => this.state().xml);
  }

  setXml(xml: string): void {
    this.context.enqueue({ op: "customXmlPart.setXml", xml }, () => {
      this.state().xml = xml;
    });
  }

  delete(): void {
    this.context.enqueue({ op: "customXmlPart.delete", id: this.partId }, () =>
      this.context.excel.deletePart(this.state().id),
    );
  }
}
