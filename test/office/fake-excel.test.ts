/// <reference types="office-js" />
import { FakeExcel, FakeOfficeError, displayText, rootNamespace } from "./fake-excel";

function fake(): FakeExcel {
  const excel = new FakeExcel();
  excel.seed("S", [
    ["a", 1],
    ["b", { value: 0.8333, numberFormat: "0.00%" }],
  ]);
  return excel;
}

test("reading a property before load and sync throws PropertyNotLoaded", async () => {
  const excel = fake();
  await excel.host().run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the fake must refuse it
    const unloaded = (): unknown => range.values;
    expect(unloaded).toThrow(FakeOfficeError);
    expect(unloaded).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values,text");
    // Loaded but not synced: still not available.
    expect(unloaded).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([
      ["a", 1],
      ["b", 0.8333],
    ]);
    expect(range.text).toEqual([
      ["a", "1"],
      ["b", "83.33%"],
    ]);
    // eslint-disable-next-line office-addins/load-object-before-read -- on purpose: not loaded
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
  expect(excel.syncs).toBe(1);
});

test("writes are applied only at sync, and every batch is counted and measured", async () => {
  const excel = fake();
  await excel.host().run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("C1").values = [["x"]];
    expect(excel.getCellState("S", "C1")).toEqual({});
    await context.sync();
    expect(excel.getCellState("S", "C1")).toEqual({ value: "x" });
    sheet.getRange("C1").values = [["y"]];
    // Queued and never synced: lost, as in Excel.
  });
  expect(excel.getCellState("S", "C1")).toEqual({ value: "x" });
  expect(excel.syncs).toBe(1);
  expect(excel.batches[0]?.operations).toBe(1);
  expect(excel.batches[0]?.bytes).toBeGreaterThan(0);
});

test("isNullObject needs a sync, and a missing setting is a null object", async () => {
  const excel = fake();
  await excel.host().run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject("nope");
    setting.load("value");
    // eslint-disable-next-line office-addins/call-sync-before-read -- on purpose: not synced yet
    expect(() => setting.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(setting.isNullObject).toBe(true);
  });
});

test("merged areas: only those starting in the range, and more than 512 fail", async () => {
  const excel = fake();
  excel.merge("S", "A1:B1");
  excel.merge("S", "A5:A6");
  await excel.host().run(async (context) => {
    const merged = context.workbook.worksheets
      .getActiveWorksheet()
      .getRange("A1:B3")
      .getMergedAreasOrNullObject();
    merged.areas.load("items/address");
    await context.sync();
    expect(merged.areas.items.map((r) => r.address)).toEqual(["S!A1:B1"]);
  });
  for (let i = 0; i < 513; i++) excel.merge("S", `D${i * 2 + 1}:E${i * 2 + 1}`);
  await expect(
    excel.host().run(async (context) => {
      const merged = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("A1:E2000")
        .getMergedAreasOrNullObject();
      merged.load("areaCount");
      await context.sync();
    }),
  ).rejects.toThrow("too many merged areas");
});

test("the used range with and without formatting, and sparse storage", async () => {
  const excel = fake();
  excel.setCell("S", 999_999, 0, { bold: true });
  await excel.host().run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const all = sheet.getUsedRange();
    const values = sheet.getUsedRange(true);
    all.load("address");
    values.load("address");
    await context.sync();
    expect([all.address, values.address]).toEqual(["S!A1:B1000000", "S!A1:B2"]);
  });
  expect(excel.largestRead).toBe(0);
});

test("displayed text follows the number format", () => {
  expect([displayText(0.2232, "0.00%"), displayText(1, "0%"), displayText(3.5), displayText(true)]).toEqual([
    "22.32%",
    "100%",
    "3.5",
    "TRUE",
  ]);
});

describe("custom XML parts", () => {
  const NS = "urn:par-appendix-checker:review:1";
  const OURS = `<?xml version="1.0" encoding="UTF-8"?>\n<review xmlns="${NS}" version="1">\n</review>`;
  const PREFIXED = `<r:review xmlns:r="${NS}" version="1"><r:decision/></r:review>`;
  const OTHER = `<meta xmlns="urn:example:other"><review xmlns="${NS}"/></meta>`;
  const PLAIN = `<notes><x>1</x></notes>`;

  /** A workbook holding OURS, PREFIXED, OTHER and PLAIN, and their ids. */
  function withParts(): { excel: FakeExcel; ids: string[] } {
    const excel = fake();
    const ids = [OURS, PREFIXED, OTHER, PLAIN].map((xml) => excel.addCustomXmlPart(xml));
    return { excel, ids };
  }

  it.each([
    ["a default namespace", OURS, NS],
    ["a prefixed root", PREFIXED, NS],
    ["a namespace declared below the root only", OTHER, "urn:example:other"],
    ["no namespace", PLAIN, ""],
    [
      "comments and instructions first, single quotes",
      `<!-- <x xmlns="urn:c"/> --><?pi x?><a xmlns='urn:q'/>`,
      "urn:q",
    ],
    ["a prefixed root with a default namespace too", `<r:a xmlns="urn:default" xmlns:r="urn:r"/>`, "urn:r"],
    ["an unprefixed root with only a prefix declared", `<a xmlns:r="urn:r"><r:b/></a>`, ""],
    ["text that is not XML", "Đạt 100%", ""],
    ["an empty text", "", ""],
  ])("rootNamespace reads %s", (_, xml, namespace) => {
    expect(rootNamespace(xml)).toBe(namespace);
  });

  test("getByNamespace lists the parts whose root is in the namespace, prefixed or not", async () => {
    const { excel, ids } = withParts();
    await excel.host().run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const ours = parts.getByNamespace(NS);
      const other = parts.getByNamespace("urn:example:other");
      const none = parts.getByNamespace("urn:example:none");
      ours.load("items/id,items/namespaceUri");
      other.load("items/id");
      none.load("items/id");
      const count = ours.getCount();
      await context.sync();
      expect(ours.items.map((p) => [p.id, p.namespaceUri])).toEqual([
        [ids[0], NS],
        [ids[1], NS],
      ]);
      expect(other.items.map((p) => p.id)).toEqual([ids[2]]);
      expect(none.items.map((p) => p.id)).toEqual([]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs a sync, not a load
      expect(count.value).toBe(2);
    });
    expect(excel.syncs).toBe(1);
  });

  test("items and a part's XML are readable only after a sync", async () => {
    const { excel } = withParts();
    await excel.host().run(async (context) => {
      const ours = context.workbook.customXmlParts.getByNamespace(NS);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the fake must refuse it
      const items = (): unknown => ours.items;
      expect(items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ours.load("items/id");
      expect(items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      const xml = ours.items.map((part) => part.getXml());
      expect(() => xml[0]!.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(xml.map((x) => x.value)).toEqual([OURS, PREFIXED]);
    });
    expect(excel.syncs).toBe(2);
  });

  test("add() stores a part at sync; text that is not XML fails the sync with InvalidArgument", async () => {
    const excel = fake();
    const leading = `<!-- written by another tool -->\n<list><item/></list>`;
    await excel.host().run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const added = parts.add(OURS);
      const xml = added.getXml();
      parts.add(leading);
      expect(excel.customXmlParts()).toEqual([]);
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs a sync, not a load
      expect(xml.value).toBe(OURS);
      expect(excel.customXmlParts().map((p) => p.xml)).toEqual([OURS, leading]);

      parts.add("Quyết định: 26 đạt");
      const failed = context.sync();
      await expect(failed).rejects.toThrow(FakeOfficeError);
      await expect(failed).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.customXmlParts().map((p) => p.xml)).toEqual([OURS, leading]);
  });

  test("setXml and delete apply at sync; a part takes the namespace of its new root", async () => {
    const { excel, ids } = withParts();
    const renamed = `<review xmlns="urn:example:renamed"/>`;
    await excel.host().run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.getItem(ids[0]!).setXml(renamed);
      parts.getItem(ids[2]!).delete();
      expect(excel.customXmlParts().map((p) => p.xml)).toEqual([OURS, PREFIXED, OTHER, PLAIN]);
      await context.sync();
      const ours = parts.getByNamespace(NS);
      ours.load("items/id");
      await context.sync();
      expect(ours.items.map((p) => p.id)).toEqual([ids[1]]);
    });
    expect(excel.customXmlParts()).toEqual([
      { id: ids[0], xml: renamed },
      { id: ids[1], xml: PREFIXED },
      { id: ids[3], xml: PLAIN },
    ]);
  });

  test("a part that is not there fails the sync with ItemNotFound", async () => {
    const { excel, ids } = withParts();
    excel.deletePart(ids[0]!);
    await excel.host().run(async (context) => {
      context.workbook.customXmlParts.getItem(ids[0]!).getXml();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      context.workbook.customXmlParts.getItem("{no-such-part}").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(excel.customXmlParts().map((p) => p.id)).toEqual(ids.slice(1));
  });

  test("snapshot and save include the parts; a reopened workbook keeps them", () => {
    const { excel, ids } = withParts();
    expect((excel.snapshot() as { customXmlParts: string[] }).customXmlParts).toEqual([
      OURS,
      PREFIXED,
      OTHER,
      PLAIN,
    ]);
    const saved = excel.save();
    expect(saved.parts).toEqual([
      { id: ids[0], xml: OURS },
      { id: ids[1], xml: PREFIXED },
      { id: ids[2], xml: OTHER },
      { id: ids[3], xml: PLAIN },
    ]);
    const reopened = new FakeExcel(saved);
    expect(reopened.customXmlParts()).toEqual(excel.customXmlParts());
    expect(reopened.snapshot()).toEqual(excel.snapshot());

    // New parts get new ids; the reopened workbook and the saved file are separate.
    const added = reopened.addCustomXmlPart(OURS);
    expect(ids).not.toContain(added);
    reopened.deletePart(ids[0]!);
    expect(reopened.customXmlParts().map((p) => p.id)).toEqual([ids[1], ids[2], ids[3], added]);
    expect(excel.customXmlParts().map((p) => p.id)).toEqual(ids);
    expect(saved.parts?.map((p) => p.id)).toEqual(ids);
  });

  test("a file saved before parts existed opens with none; customXmlParts() is a copy", () => {
    const { excel } = withParts();
    const older = excel.save();
    delete older.parts;
    expect(new FakeExcel(older).customXmlParts()).toEqual([]);
    const copy = excel.customXmlParts();
    copy[0]!.xml = "<changed/>";
    expect(excel.customXmlParts()[0]?.xml).toBe(OURS);
  });
});
