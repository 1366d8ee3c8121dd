// Range.conditionalFormats: custom-formula rules with a fill and a font colour, added, listed and deleted.
import type { FakeContext } from "./context";
import { hostError, notLoaded } from "./errors";
import { FakeProxy, split } from "./proxy";
import type { FakeRange } from "./range";
import type { CfState } from "./state";
import type { FakeWorksheet } from "./worksheet";

export class FakeConditionalFormatCollection extends FakeProxy {
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
