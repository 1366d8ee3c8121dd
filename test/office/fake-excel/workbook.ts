// The workbook behind the host (FakeExcel): its sheets, settings and custom XML parts, what tests seed and
// inspect, save and reopen, and the count of syncs. The proxies reach it through FakeContext.excel.
import type { CellInput } from "../../../src/core";
import type { ExcelHost } from "../../../src/office";
import { boxAddress, MAX_COLUMNS, parseBox, type Box } from "./address";
import { FakeContext, type BatchRecord } from "./context";
import { rootNamespace } from "./custom-xml";
import { hostError } from "./errors";
import {
  clone,
  defaultPageLayout,
  isPlain,
  key,
  normalize,
  type CellState,
  type CfState,
  type PartState,
  type SavedWorkbook,
  type SheetLayout,
  type SheetState,
} from "./state";

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

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (this.sheets.length === 1)
      throw hostError("InvalidOperation", "This operation is not permitted for the current object.");
    const index = this.sheets.indexOf(sheet);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === name)
      this.active = (this.sheets[Math.min(index, this.sheets.length - 1)] as SheetState).name;
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
