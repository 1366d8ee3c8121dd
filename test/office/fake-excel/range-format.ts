// Range.format: wrap, alignment, column width and row height, font, fill and borders, read as Excel
// reports mixed cells (null) and written cell by cell at sync.
import type { Box } from "./address";
import type { FakeContext } from "./context";
import { hostError, oneOf } from "./errors";
import { FakeProxy, split } from "./proxy";
import type { FakeRange } from "./range";
import {
  DEFAULT_FONT,
  DEFAULT_HORIZONTAL,
  DEFAULT_VERTICAL,
  EDGE_NAMES,
  type EdgeName,
  type EdgeState,
} from "./state";

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

/** A cell left out of FakeRange.uniform; kept here, where borders use it, so range.ts is not imported back. */
export const SKIP = Symbol("skip");

export class FakeRangeFormat extends FakeProxy {
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
