/**
 * Reading the small XML parts of an Office package (relationships, content types, the workbook's sheet
 * list) without an XML parser: elements by name, their attributes, where relationships point. Every reader
 * here goes through the text once, so a hostile part of unclosed tags cannot make a pattern rescan it.
 */
import * as path from "path";

const posix = path.posix;

export interface Element {
  /** The element as written, start tag to end tag. */
  readonly element: string;
  /** Its attributes, unescaped. */
  readonly attributes: ReadonlyMap<string, string>;
}

/** Longer tags are not read: relationships and content types are a few hundred characters. */
const MAX_TAG = 8192;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const hit of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = (hit[2] ?? hit[3] ?? "").replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => ENTITIES[name]!,
    );
    attributes.set(hit[1]!, value);
  }
  return attributes;
}

/** The index of the `>` that ends a tag, from `from`, outside quoted values; -1 when the text ends first. */
export function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return i;
  }
  return -1;
}

/** Every element `name` (no prefix: package parts use none), with no child elements, in one pass. */
export function elements(xml: string, name: string): Element[] {
  const found: Element[] = [];
  const open = `<${name}`;
  // The next closing tag, searched again only once passed: -1 when there is none left.
  let close = -2;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const end = tagEnd(xml, at + open.length);
    if (end < 0) break;
    if (!/[\s/>]/.test(xml.charAt(at + open.length)) || end - at > MAX_TAG) {
      at = end;
      continue;
    }
    let after = end + 1;
    if (xml[end - 1] !== "/") {
      if (close !== -1 && close < after) close = xml.indexOf(`</${name}`, after);
      // A closing tag right after its content.
      if (close >= 0 && close === xml.indexOf("<", after)) after = xml.indexOf(">", close) + 1 || xml.length;
    }
    found.push({ element: xml.slice(at, after), attributes: attributesOf(xml.slice(at, end + 1)) });
    at = after;
  }
  return found;
}

/** Where a relationship in `relsOwner`'s rels points, as a zip entry name. */
export function resolveTarget(relsOwner: string, target: string): string {
  const clean = target.split("#")[0] ?? "";
  if (clean.startsWith("/")) return clean.slice(1);
  return posix.normalize(posix.join(posix.dirname(relsOwner), clean));
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" */
export function relsName(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
