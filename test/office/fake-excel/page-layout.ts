// Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, margins, centring, zoom, print titles and headers.
import { parseBox } from "./address";
import type { FakeContext } from "./context";
import { hostError, notLoaded, oneOf, type FakeOfficeError } from "./errors";
import { FakeProxy, split } from "./proxy";
import type { FakeRange } from "./range";
import { clone, type PageLayoutState } from "./state";
import type { FakeWorksheet } from "./worksheet";

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
export class FakePageLayout extends FakeProxy {
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
