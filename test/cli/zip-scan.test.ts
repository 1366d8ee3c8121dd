/** The pass over a workbook's parts as they unpack: real sizes, cells counted, no DTD. */
import JSZip from "jszip";
import { DEFAULT_LIMITS } from "../../src/cli/limits";
import { CellCounter, scanZip } from "../../src/cli/zip-scan";
import { BILLION_LAUGHS, lyingBomb, rawXlsx, XXE } from "./files";

const MB = 1024 * 1024;

describe("CellCounter", () => {
  const SHEET =
    `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"/><c r="C1"><v>2</v></c></row>` +
    `<row r="2"><x:c r="A2" t="inlineStr"><is><t>a</t></is></x:c><c>` +
    `<v>1</v></c><cols/><col min="1"/><cfRule type="x"/><c r="D2" s="1"></c></row></sheetData>`;

  it.each([1, 2, 3, 7, 16, 4096])("counts non-empty cells however the text is cut (chunks of %i)", (size) => {
    const counter = new CellCounter();
    const bytes = Buffer.from(SHEET, "latin1");
    for (let at = 0; at < bytes.length; at += size) counter.feed(bytes.subarray(at, at + size));
    // A1, C1, A2 (prefixed), the bare <c>, and D2 (opened and closed: counted, as it is not self-closing).
    expect(counter.count).toBe(5);
  });

  it("counts nothing in a sheet of formatting only", () => {
    const counter = new CellCounter();
    counter.feed(Buffer.from(`<row r="1"><c r="A1" s="2"/><c r="B1" s="2" /></row><cols><col/></cols>`));
    expect(counter.count).toBe(0);
  });
});

describe("scanZip", () => {
  const book = (rows: (string | number)[][]) => rawXlsx({ sheets: [{ name: "Phụ lục", rows }] });

  it("lets an ordinary workbook through, with its cells counted and bytes unpacked", async () => {
    const bytes = await book([
      ["Số TT", "Nội dung"],
      [1, "Việc"],
    ]);
    const outcome = await scanZip(bytes, DEFAULT_LIMITS);
    expect(outcome).toMatchObject({ ok: true, cells: 4 });
    expect(outcome.ok && outcome.inflated).toBeGreaterThan(1000);
  });

  it("stops a sheet at the cell limit while unpacking it, well before its end", async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => [r, r, r, r]);
    const bytes = await book(rows);
    const outcome = await scanZip(bytes, { ...DEFAULT_LIMITS, cells: 1000 });
    expect(outcome).toMatchObject({ ok: false, problem: "too-large", excess: { limit: "cells", max: 1000 } });
    const sheet = (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!;
    const full = (await sheet.async("nodebuffer")).length;
    expect(!outcome.ok && outcome.problem === "too-large" && outcome.inflated).toBeLessThan(full / 10);
  });

  it.each([
    ["a small claim, unpacked in one call", 4096],
    ["a large claim, unpacked as a stream", 2 * MB],
  ])("refuses a part that unpacks to more than the directory claims (%s)", async (_how, claimed) => {
    const outcome = await scanZip(lyingBomb(16 * MB, claimed), DEFAULT_LIMITS);
    expect(outcome).toEqual({ ok: false, problem: "damaged-zip", part: "xl/worksheets/sheet1.xml" });
  });

  it.each([
    [
      "a sheet",
      { sheets: [{ name: "A", rows: [["x"]], prolog: BILLION_LAUGHS }] },
      "xl/worksheets/sheet1.xml",
    ],
    [
      "the shared strings",
      { sheets: [{ name: "A", rows: [["x"]] }], sharedStringsProlog: XXE },
      "xl/sharedStrings.xml",
    ],
    [
      "a part in UTF-16",
      {
        sheets: [{ name: "A", rows: [["x"]] }],
        parts: { "xl/theme/theme1.xml": Buffer.from(`<?xml version="1.0"?>${XXE}<a/>`, "utf16le") },
      },
      "xl/theme/theme1.xml",
    ],
  ])("refuses a DTD in %s", async (_where, spec, part) => {
    expect(await scanZip(await rawXlsx(spec), DEFAULT_LIMITS)).toEqual({
      ok: false,
      problem: "xml-dtd",
      part,
    });
  });

  it("leaves a DTD in a custom XML part to the part's own reader", async () => {
    const bytes = await rawXlsx({
      sheets: [{ name: "A", rows: [["x"]] }],
      parts: { "customXml/item1.xml": `${XXE}<review/>` },
    });
    expect(await scanZip(bytes, DEFAULT_LIMITS)).toMatchObject({ ok: true, cells: 1 });
  });

  it("refuses a part whose deflated data is broken", async () => {
    const bytes = Buffer.from(await book([["x"]]));
    const zip = await JSZip.loadAsync(bytes);
    const at = bytes.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    bytes.fill(0xff, at, at + 40);
    expect(Object.keys(zip.files)).toContain("xl/worksheets/sheet1.xml");
    expect(await scanZip(bytes, DEFAULT_LIMITS)).toEqual({
      ok: false,
      problem: "damaged-zip",
      part: "xl/worksheets/sheet1.xml",
    });
  });

  it("refuses a zip whose directory cannot be read whole", async () => {
    expect(await scanZip(Buffer.from("PK\u0003\u0004 not a zip"), DEFAULT_LIMITS)).toEqual({
      ok: false,
      problem: "damaged-zip",
      part: "",
    });
  });

  // Ways found in review to slip a part past the scan while JSZip and ExcelJS still read it.
  describe("a crafted zip", () => {
    const withDtd = () => rawXlsx({ sheets: [{ name: "A", rows: [["x"]], prolog: XXE }] });

    it("is scanned with bytes in front of it, as JSZip reads it", async () => {
      const prefixed = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(60), await withDtd()]);
      expect(await scanZip(prefixed, DEFAULT_LIMITS)).toEqual({
        ok: false,
        problem: "xml-dtd",
        part: "xl/worksheets/sheet1.xml",
      });
      const bomb = Buffer.concat([Buffer.alloc(64), lyingBomb(20 * MB, 4096)]);
      expect(await scanZip(bomb, DEFAULT_LIMITS)).toMatchObject({ ok: false, problem: "damaged-zip" });
    });

    it("is refused when its directory names a part other than its local header does", async () => {
      const bytes = Buffer.from(await withDtd());
      const name = Buffer.from("xl/worksheets/sheet1.xml");
      const central = bytes.indexOf(name, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
      Buffer.from("xl/worksheets/sheet1.bin").copy(bytes, central);
      expect(await scanZip(bytes, DEFAULT_LIMITS)).toEqual({
        ok: false,
        problem: "damaged-zip",
        part: "xl/worksheets/sheet1.bin",
      });
    });

    it.each(["xl/worksheets/sheet1.xml.x", "customXml/xl/worksheets/sheet1.xml", "customXml/item1.xml.rels"])(
      "scans a part named %s, which a loose name match would parse",
      async (name) => {
        const bytes = await rawXlsx({
          sheets: [{ name: "A", rows: [["x"]] }],
          parts: { [name]: `${XXE}<worksheet/>` },
        });
        expect(await scanZip(bytes, DEFAULT_LIMITS)).toEqual({ ok: false, problem: "xml-dtd", part: name });
      },
    );

    it('counts a cell whose attribute holds "/>"', () => {
      const counter = new CellCounter();
      counter.feed(
        Buffer.from(`<c z="/>" r="A1"><v>1</v></c><c r="B1" z='a>b'/><c r="C1" z='/>'><v>2</v></c>`),
      );
      expect(counter.count).toBe(2);
    });
  });
});
