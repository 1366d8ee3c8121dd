// Worksheets: the collection (active sheet, add, order, delete), one sheet's ranges, onChanged events and
// frozen rows.
import { MAX_ROWS, parseBox } from "./address";
import type { FakeContext } from "./context";
import { hostError } from "./errors";
import { FakePageLayout } from "./page-layout";
import { FakeProxy, split } from "./proxy";
import { FakeRange } from "./range";
import type { ChangeHandler, SheetState } from "./state";

export class FakeWorksheetCollection extends FakeProxy {
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

export class FakeWorksheet extends FakeProxy {
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

  /** Excel keeps at least one visible sheet; the next one becomes active when the active one goes. */
  delete(): void {
    this.context.enqueue({ op: "delete", target: this.sheetName }, () =>
      this.context.excel.deleteSheet(this.sheetName),
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
