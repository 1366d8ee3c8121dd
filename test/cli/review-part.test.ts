import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serializeReview, type Override } from "../../src/core";
import { toArrayBuffer } from "../../src/cli/read";
import { loadReview, readReviewPart, writeReviewPart, writeReviewParts } from "../../src/cli/review-part";

const NAMESPACE = "urn:par-appendix-checker:review:1";

const OVERRIDE: Override = {
  sheet: "Phụ lục",
  row: 7,
  ordinal: "2",
  content: "Triển khai các nhiệm vụ & <kế hoạch>",
  computed: "unmet",
  verdict: "met",
  comment: "Đã có minh chứng “bổ sung”",
  reviewer: "Nguyễn Thị Lan",
  at: "2026-12-02T08:30:00.000Z",
};
const XML = serializeReview([OVERRIDE]);
const OTHER_XML = serializeReview([{ ...OVERRIDE, verdict: "review", comment: "Cần xem lại" }]);

const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/;
const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** A small workbook as ExcelJS writes it. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Phụ lục");
  sheet.addRow(["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"]);
  sheet.addRow([1, "Đề xuất sáng kiến", "Tối thiểu có 01 sáng kiến", "Có 02 sáng kiến"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Every file entry of a zip, as text. */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async("string"));
  }
  return out;
}

/** What changed between two zips: entries added, removed and changed, by name. */
async function changes(before: Uint8Array, after: Uint8Array): Promise<Record<string, string[]>> {
  const [a, b] = [await entries(before), await entries(after)];
  return {
    added: [...b.keys()].filter((name) => !a.has(name)).sort(),
    removed: [...a.keys()].filter((name) => !b.has(name)).sort(),
    changed: [...b.keys()].filter((name) => a.has(name) && a.get(name) !== b.get(name)).sort(),
  };
}

/** Another tool's custom XML part, written the way Office writes one, as item1. */
async function withForeignPart(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const options = { createFolders: false };
  zip.file("customXml/item1.xml", `<?xml version="1.0"?><b:Sources xmlns:b="urn:other-tool"/>`, options);
  zip.file(
    "customXml/itemProps1.xml",
    `<ds:datastoreItem ds:itemID="{11111111-2222-4333-8444-555555555555}" ` +
      `xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="urn:other-tool"/></ds:schemaRefs></ds:datastoreItem>`,
    options,
  );
  zip.file(
    "customXml/_rels/item1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    options,
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId90" Type="${CUSTOM_XML}" Target="../customXml/item1.xml"/></Relationships>`,
    ),
    options,
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/customXml/itemProps1.xml" ContentType="${PROPS_TYPE}"/></Types>`,
    ),
    options,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The zip with one entry's content replaced by raw bytes. */
async function replaceEntry(bytes: Uint8Array, name: string, content: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The zip with the compressed data of `name` overwritten, as a disk or a transfer can damage it. */
function corruptEntry(bytes: Buffer, name: string): Buffer {
  const out = Buffer.from(bytes);
  const nameAt = out.indexOf(Buffer.from(name, "latin1")); // the local header comes first
  const header = nameAt - 30;
  const data = nameAt + name.length + out.readUInt16LE(header + 28);
  out.fill(0xff, data + 2, data + 14);
  return out;
}

let base: Buffer;
beforeAll(async () => {
  base = await workbook();
});

describe("writeReviewPart", () => {
  it("adds our part as Excel stores a custom XML part and leaves every other entry as it was", async () => {
    const written = await writeReviewPart(base, XML);
    expect(await changes(base, written)).toEqual({
      added: ["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"],
      removed: [],
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
    });
    const after = await entries(written);
    const before = await entries(base);
    expect(after.get("customXml/item1.xml")).toBe(XML);
    expect(after.get("customXml/_rels/item1.xml.rels")).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>` +
        `</Relationships>`,
    );
    const props = after.get("customXml/itemProps1.xml") ?? "";
    const id = /ds:itemID="([^"]*)"/.exec(props)?.[1] ?? "";
    expect(id).toMatch(GUID);
    expect(props).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
        `<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
        `<ds:schemaRefs><ds:schemaRef ds:uri="${NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    expect(after.get("xl/_rels/workbook.xml.rels")).toBe(
      before
        .get("xl/_rels/workbook.xml.rels")
        ?.replace(
          "</Relationships>",
          `<Relationship Id="rId5" Type="${CUSTOM_XML}" Target="../customXml/item1.xml"/></Relationships>`,
        ),
    );
    expect(after.get("[Content_Types].xml")).toBe(
      before
        .get("[Content_Types].xml")
        ?.replace(
          "</Types>",
          `<Override PartName="/customXml/itemProps1.xml" ContentType="${PROPS_TYPE}"/></Types>`,
        ),
    );
  });

  it("writes a workbook that ExcelJS still opens with its cells", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(toArrayBuffer(await writeReviewPart(base, XML)));
    const sheet = book.getWorksheet("Phụ lục");
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      1,
      "Đề xuất sáng kiến",
      "Tối thiểu có 01 sáng kiến",
      "Có 02 sáng kiến",
    ]);
  });

  it("replaces our part in place, with one relationship and one content type", async () => {
    const replaced = await writeReviewPart(await writeReviewPart(base, XML), OTHER_XML);
    expect(await changes(base, replaced)).toEqual({
      added: ["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"],
      removed: [],
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
    });
    expect(await readReviewPart(replaced)).toBe(OTHER_XML);
    const after = await entries(replaced);
    expect(after.get("xl/_rels/workbook.xml.rels")?.match(/relationships\/customXml"/g)).toHaveLength(1);
    expect(after.get("[Content_Types].xml")?.match(/itemProps/g)).toHaveLength(1);
  });

  it("removes our part and everything that points to it, giving back the workbook it had", async () => {
    const removed = await writeReviewPart(await writeReviewPart(base, XML), null);
    expect(await entries(removed)).toEqual(await entries(base));
    expect(await readReviewPart(removed)).toBeNull();
  });

  it("returns the very bytes when there is nothing to remove", async () => {
    expect((await writeReviewPart(base, null)).equals(base)).toBe(true);
  });

  it("leaves another tool's part alone when adding, replacing and removing ours", async () => {
    const foreign = await withForeignPart(base);
    const added = await writeReviewPart(foreign, XML);
    expect(await changes(foreign, added)).toEqual({
      added: ["customXml/_rels/item2.xml.rels", "customXml/item2.xml", "customXml/itemProps2.xml"],
      removed: [],
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
    });
    expect(await readReviewPart(added)).toBe(XML);
    expect((await entries(added)).get("xl/_rels/workbook.xml.rels")).toContain(
      `<Relationship Id="rId91" Type="${CUSTOM_XML}" Target="../customXml/item2.xml"/>`,
    );
    const replaced = await writeReviewPart(added, OTHER_XML);
    expect(await readReviewPart(replaced)).toBe(OTHER_XML);
    expect(await entries(await writeReviewPart(replaced, null))).toEqual(await entries(foreign));
  });

  it("names the item an application/xml part when the package has no default for .xml", async () => {
    const types = (await entries(base)).get("[Content_Types].xml") ?? "";
    const bare = await replaceEntry(
      base,
      "[Content_Types].xml",
      Buffer.from(types.replace(/<Default Extension="xml"[^>]*\/>/, "")),
    );
    const written = (await entries(await writeReviewPart(bare, XML))).get("[Content_Types].xml");
    expect(written).toContain(`<Override PartName="/customXml/item1.xml" ContentType="application/xml"/>`);
  });

  it("stores a document read from UTF-16 as UTF-8, saying so in its declaration", async () => {
    const utf16 = XML.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const written = await writeReviewPart(base, utf16);
    expect((await entries(written)).get("customXml/item1.xml")).toBe(XML);
  });

  it("writes several parts when two panes saved at once, and reads them back in order", async () => {
    const written = await writeReviewParts(base, [XML, OTHER_XML]);
    expect(await loadReview(written)).toEqual({
      parts: [XML, OTHER_XML],
      overrides: [OVERRIDE, { ...OVERRIDE, verdict: "review", comment: "Cần xem lại" }],
      findings: [],
    });
    expect(await readReviewPart(written)).toBe(XML);
  });

  it("refuses bytes that are not an Office package", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "a");
    await expect(writeReviewPart(await zip.generateAsync({ type: "nodebuffer" }), XML)).rejects.toThrow(
      /Content_Types/,
    );
  });
});

describe("readReviewPart and loadReview", () => {
  it("reads back what was written, with the decisions it holds", async () => {
    const written = await writeReviewPart(base, XML);
    expect(await readReviewPart(written)).toBe(XML);
    expect(await loadReview(written)).toEqual({ parts: [XML], overrides: [OVERRIDE], findings: [] });
  });

  it("finds nothing in a workbook without our part, even beside another tool's part", async () => {
    expect(await readReviewPart(base)).toBeNull();
    expect(await loadReview(await withForeignPart(base))).toBeNull();
  });

  const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");
  const utf16be = (text: string): Buffer => utf16le(text).swap16();
  const UTF16_XML = XML.replace('encoding="UTF-8"', 'encoding="UTF-16"');
  it.each<[string, Buffer, string]>([
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(XML)]), XML],
    ["UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(UTF16_XML)]), UTF16_XML],
    ["UTF-16 BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(UTF16_XML)]), UTF16_XML],
    ["UTF-16 LE without a BOM", utf16le(UTF16_XML), UTF16_XML],
    ["UTF-16 BE without a BOM", utf16be(UTF16_XML), UTF16_XML],
  ])("reads a part stored as %s", async (_name, stored, text) => {
    const bytes = await replaceEntry(await writeReviewPart(base, XML), "customXml/item1.xml", stored);
    expect(await readReviewPart(bytes)).toBe(text);
    expect((await loadReview(bytes))?.overrides).toEqual([OVERRIDE]);
  });

  it("turns a part it cannot decompress into a finding, and knows it is ours by its props", async () => {
    const damaged = corruptEntry(await writeReviewPart(base, XML), "customXml/item1.xml");
    expect(await loadReview(damaged)).toEqual({
      parts: [],
      overrides: [],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "part" } }],
    });
    expect(await readReviewPart(damaged)).toBe("");
  });

  it("turns entries it cannot read into findings and keeps the others", async () => {
    const broken = `${XML.replace("</review>", "")}\n  <decision sheet="Phụ lục" row="x" verdict="đạt"/>\n</review>`;
    const bytes = await writeReviewPart(base, broken);
    expect(await loadReview(bytes)).toEqual({
      parts: [broken],
      overrides: [OVERRIDE],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 2 } }],
    });
  });

  it.each<[string, (workbook: Buffer) => Uint8Array]>([
    ["bytes that are not a zip", () => Buffer.from("not a workbook")],
    ["a zip cut short", (workbook) => workbook.subarray(0, workbook.length / 2)],
    ["no bytes", () => new Uint8Array()],
  ])("finds nothing in %s, without throwing", async (_name, make) => {
    const bytes = make(base);
    expect(await loadReview(bytes)).toBeNull();
    expect(await readReviewPart(bytes)).toBeNull();
  });
});
