// Ranges: address, values, text and number formats, clearing, selection, merged areas, column widths and row
// heights; the per-cell helpers that formats and borders build on.
import { boxAddress, type Box } from "./address";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import type { FakeContext } from "./context";
import { hostError } from "./errors";
import { FakeProxy, split } from "./proxy";
import { FakeRangeFormat, SKIP } from "./range-format";
import { clone, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, displayText, type CellState } from "./state";
import type { FakeWorksheet } from "./worksheet";

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

export class FakeRange extends FakeProxy {
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

  /** ExcelApi 1.7: a link inside the workbook shows its text in the cell, as Excel does. */
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    const data = clone(link);
    this.context.enqueue(
      { op: "set", target: this.worksheet.sheetName, property: "hyperlink", value: data },
      () => {
        this.context.need("1.7");
        const box = this.need();
        const sheet = this.worksheet.state();
        for (let r = box.top; r <= box.bottom; r++) {
          for (let c = box.left; c <= box.right; c++) {
            this.context.excel.update(sheet, r, c, (cell) => {
              if (data.documentReference !== undefined) cell.link = data.documentReference;
              if (data.textToDisplay !== undefined) cell.value = data.textToDisplay;
            });
          }
        }
      },
    );
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
