// Workbook.customXmlParts: XML documents kept in the file, found by their root element's namespace.
import type { FakeContext } from "./context";
import { hostError } from "./errors";
import { FakeClientResult, FakeProxy, split } from "./proxy";
import type { PartState } from "./state";

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

export class FakeCustomXmlPartCollection extends FakeProxy {
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
