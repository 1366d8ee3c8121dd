/// <reference types="office-js" />
import { FakeExcel, FakeOfficeError, displayText } from "./fake-excel";

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
