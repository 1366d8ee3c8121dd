// Excel.RequestContext: queues operations, applies them at sync, records each batch's size, and holds
// context.workbook, the root of every proxy.
import { FakeCustomXmlPartCollection } from "./custom-xml";
import { hostError } from "./errors";
import { FakeSettingCollection } from "./settings";
import type { FakeExcel } from "./workbook";
import { FakeWorksheetCollection } from "./worksheet";

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

export class FakeContext {
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
