/**
 * The reviewer's decisions inside an .xlsx. The add-in stores them with `workbook.customXmlParts.add`, so
 * a saved workbook holds them as a custom XML part: `customXml/itemN.xml` in our namespace, its
 * `itemPropsN.xml` (schema reference) and `_rels/itemN.xml.rels`, a customXml relationship from the
 * workbook part and a content-type override for the props. Other tools' parts sit beside ours and are left
 * alone. ExcelJS drops every custom XML part when it writes, so par-check puts ours back afterwards.
 */
import { randomUUID } from "crypto";
import * as path from "path";
import JSZip from "jszip";
import { parseReview, REVIEW_NAMESPACE, type Finding, type Override } from "../core";
import { elements, escapeAttribute, relsName, resolveTarget } from "./package-parts";

const CUSTOM_XML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const OFFICE_DOCUMENT_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const RELS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";
const DATASTORE_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const CONTENT_TYPES = "[Content_Types].xml";
const posix = path.posix;
const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;

/** The decisions a workbook stores, as read by par-check. */
export interface StoredReview {
  /** Our parts' XML as stored, in part order (two panes saving at once can leave two). */
  readonly parts: readonly string[];
  /** Every part's decisions, in part order, as the add-in merges them. */
  readonly overrides: readonly Override[];
  /** review-unreadable: a part that could not be read, or entries of it. */
  readonly findings: readonly Finding[];
}

interface Item {
  /** "customXml/item1.xml" */
  readonly name: string;
  readonly rels: string | null;
  readonly props: string | null;
  /** null when the entry could not be decompressed. */
  readonly text: string | null;
  readonly ours: boolean;
}

/** A part's text without its BOM: Excel may write UTF-16, with a BOM or without one ("<" then a zero byte). */
function partText(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const encoding =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)
      ? "utf-16le"
      : (a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

async function entryText(zip: JSZip, name: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  try {
    return partText(await entry.async("uint8array"));
  } catch {
    return null;
  }
}

async function workbookPart(zip: JSZip): Promise<string> {
  const rels = (await entryText(zip, "_rels/.rels")) ?? "";
  const main = elements(rels, "Relationship").find((r) => r.attributes.get("Type") === OFFICE_DOCUMENT_TYPE);
  const target = main?.attributes.get("Target");
  return target ? resolveTarget("", target) : "xl/workbook.xml";
}

/** Every custom XML data part, with its props and whether it is ours. */
async function scan(zip: JSZip): Promise<Item[]> {
  const names = Object.keys(zip.files)
    .filter((name) => /^customXml\/[^/]+\.xml$/i.test(name) && !/^customXml\/itemProps/i.test(name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const items: Item[] = [];
  for (const name of names) {
    const rels = relsName(name);
    const relsText = await entryText(zip, rels);
    const propsRel = elements(relsText ?? "", "Relationship").find(
      (r) => r.attributes.get("Type") === CUSTOM_XML_PROPS_TYPE,
    );
    const propsTarget = propsRel?.attributes.get("Target");
    const props = propsTarget ? resolveTarget(name, propsTarget) : null;
    const text = await entryText(zip, name);
    // A part that cannot be read is ours when its props name our namespace.
    const marker = text ?? (props === null ? null : await entryText(zip, props));
    items.push({
      name,
      rels: relsText === null ? null : rels,
      props: props !== null && zip.file(props) ? props : null,
      text,
      ours: marker !== null && marker.includes(REVIEW_NAMESPACE),
    });
  }
  return items;
}

function unreadablePart(): Finding {
  return { code: "review-unreadable", severity: "warning", params: { detail: "part" } };
}

/**
 * The decisions stored in an .xlsx, or null when it stores none. Never throws: a part that cannot be read
 * becomes a review-unreadable finding.
 */
export async function loadReview(bytes: Uint8Array): Promise<StoredReview | null> {
  // Entry names are stored uncompressed: most workbooks have no custom XML and need no second unzip.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!raw.includes("ustomXml/") && !raw.includes("ustomxml/")) return null;
  let items: Item[];
  try {
    items = await scan(await JSZip.loadAsync(bytes));
  } catch {
    return null; // not a zip: the workbook reader reports the file itself
  }
  const ours = items.filter((item) => item.ours);
  if (ours.length === 0) return null;
  const parts: string[] = [];
  const overrides: Override[] = [];
  const findings: Finding[] = [];
  for (const item of ours) {
    if (item.text === null) {
      findings.push(unreadablePart());
      continue;
    }
    parts.push(item.text);
    const parsed = parseReview(item.text);
    overrides.push(...parsed.overrides);
    findings.push(...parsed.findings);
  }
  return { parts, overrides, findings };
}

/**
 * The XML of the decisions stored in an .xlsx (the first part, when there are several), or null when it
 * stores none. Never throws; a stored part that cannot be decompressed gives "", which parseReview reports.
 */
export async function readReviewPart(bytes: Uint8Array): Promise<string | null> {
  const stored = await loadReview(bytes);
  if (stored === null) return null;
  return stored.parts[0] ?? "";
}

/** `child` appended inside the document's root element `root`. */
function append(xml: string, root: string, child: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + child + xml.slice(close);
  return xml.replace(new RegExp(`<${root}\\b([^>]*?)\\s*/>`), `<${root}$1>${child}</${root}>`);
}

/** The document with its XML declaration saying UTF-8, which is how it is written. */
function asUtf8(xml: string): string {
  return xml.replace(/^(\s*<\?xml\b[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/, `$1"UTF-8"`);
}

function itemProps(): string {
  const id = `{${randomUUID().toUpperCase()}}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="${id}" xmlns:ds="${DATASTORE_NAMESPACE}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${REVIEW_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function itemRels(props: string): string {
  return (
    `${XML_DECLARATION}\n<Relationships xmlns="${RELS_NAMESPACE}">` +
    `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_TYPE}" Target="${props}"/></Relationships>`
  );
}

function nextRelationshipId(rels: string): string {
  const used = elements(rels, "Relationship").map(
    (r) => /^rId(\d+)$/.exec(r.attributes.get("Id") ?? "")?.[1],
  );
  return `rId${Math.max(0, ...used.map(Number).filter(Number.isFinite)) + 1}`;
}

const FILE_OPTIONS: JSZip.JSZipFileOptions = { createFolders: false };

/**
 * The workbook with our parts replaced by one part per document in `xmls` (none: our parts removed).
 * Every other entry is kept as it was. Throws when `bytes` is not an OPC package.
 */
export async function writeReviewParts(bytes: Uint8Array, xmls: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let types = await entryText(zip, CONTENT_TYPES);
  if (types === null) throw new Error(`${CONTENT_TYPES} is missing: not an Office document`);
  const workbook = await workbookPart(zip);
  const workbookRels = relsName(workbook);
  let rels =
    (await entryText(zip, workbookRels)) ?? `${XML_DECLARATION}\n<Relationships xmlns="${RELS_NAMESPACE}"/>`;
  const before = { types, rels };
  const ours = (await scan(zip)).filter((i) => i.ours);
  if (ours.length === 0 && xmls.length === 0) return Buffer.from(bytes);

  for (const item of ours) {
    for (const name of [item.name, item.rels, item.props]) if (name !== null) zip.remove(name);
    for (const r of elements(rels, "Relationship")) {
      const target = r.attributes.get("Target") ?? "";
      if (r.attributes.get("Type") === CUSTOM_XML_TYPE && resolveTarget(workbook, target) === item.name)
        rels = rels.replace(r.element, "");
    }
    const gone = new Set(
      [item.name, item.props].flatMap((name) => (name === null ? [] : [`/${name}`.toLowerCase()])),
    );
    for (const o of elements(types, "Override")) {
      if (gone.has((o.attributes.get("PartName") ?? "").toLowerCase())) types = types.replace(o.element, "");
    }
  }

  const xmlDefault = elements(types, "Default").some(
    (d) => (d.attributes.get("Extension") ?? "").toLowerCase() === "xml",
  );
  let n = 1;
  for (const xml of xmls) {
    while (zip.file(`customXml/item${n}.xml`) || zip.file(`customXml/itemProps${n}.xml`)) n++;
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    zip.file(item, asUtf8(xml), FILE_OPTIONS);
    zip.file(props, itemProps(), FILE_OPTIONS);
    zip.file(relsName(item), itemRels(posix.basename(props)), FILE_OPTIONS);
    const target = posix.relative(posix.dirname(workbook), item);
    rels = append(
      rels,
      "Relationships",
      `<Relationship Id="${nextRelationshipId(rels)}" Type="${CUSTOM_XML_TYPE}" Target="${escapeAttribute(target)}"/>`,
    );
    types = append(types, "Types", `<Override PartName="/${props}" ContentType="${PROPS_CONTENT_TYPE}"/>`);
    if (!xmlDefault)
      types = append(types, "Types", `<Override PartName="/${item}" ContentType="application/xml"/>`);
  }

  if (types !== before.types) zip.file(CONTENT_TYPES, asUtf8(types), FILE_OPTIONS);
  if (rels !== before.rels) zip.file(workbookRels, asUtf8(rels), FILE_OPTIONS);
  // A folder entry left with nothing in it.
  if (!Object.keys(zip.files).some((name) => /^customXml\/.+[^/]$/i.test(name))) {
    for (const name of Object.keys(zip.files)) if (/^customXml\//i.test(name)) zip.remove(name);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
}

/** The workbook with our part added or replaced by `xml`, or removed when `xml` is null. */
export function writeReviewPart(bytes: Uint8Array, xml: string | null): Promise<Buffer> {
  return writeReviewParts(bytes, xml === null ? [] : [xml]);
}
