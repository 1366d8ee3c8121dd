// The Office.js proxy protocol shared by every object: properties exist only once loaded and synced, and a
// method's result only after a sync.
import type { FakeContext } from "./context";
import { notLoaded } from "./errors";

/** Base of every proxy: properties exist only once loaded and synced. */
export class FakeProxy {
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

export function split(properties: string | string[] | undefined): string[] {
  const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
  return list.map((p) => p.trim().replace(/^items\//, "")).filter((p) => p.length > 0);
}

/** A method's result: its value exists only after a sync. */
export class FakeClientResult<T> {
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
