// Workbook.settings: the add-in's named values, kept with the file.
import type { FakeContext } from "./context";
import { hostError } from "./errors";
import { FakeProxy, split } from "./proxy";
import { clone } from "./state";

export class FakeSettingCollection {
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
