/// <reference types="office-js" />
/** The in-memory host's sheets, sizes, fonts, borders and print settings behave and refuse as Excel does. */
import { defaultPageLayout, FakeExcel } from "./fake-excel";

function fake(): FakeExcel {
  const excel = new FakeExcel();
  excel.seed("S", [["a", 1]]);
  return excel;
}

describe("sheets, sizes and print settings", () => {
  const INVALID = "The argument is invalid or missing or has an incorrect format.";

  test.each([
    ["an empty name", ""],
    ["32 characters", "a".repeat(32)],
    ["a slash", "Báo cáo 1/2"],
    ["brackets", "Bảng [1]"],
    ["a colon", "Ghi chú: x"],
    ["a leading apostrophe", "'Bảng"],
    ["a reserved name", "history"],
  ])("worksheets.add refuses %s, at sync", async (_why, name) => {
    const excel = fake();
    await expect(
      excel.host().run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: INVALID });
    expect(excel.sheetNames()).toEqual(["S"]);
  });

  test("worksheets.add refuses a name taken in any case; a new sheet goes last, inactive, until moved", async () => {
    const excel = fake();
    await expect(
      excel.host().run(async (context) => {
        context.workbook.worksheets.add("s");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await excel.host().run(async (context) => {
      context.workbook.worksheets.add("Bản báo cáo");
      const other = context.workbook.worksheets.add();
      other.load("name,position");
      await context.sync();
      expect([other.name, other.position]).toEqual(["Sheet3", 2]);
      expect([excel.sheetNames(), excel.activeName()]).toEqual([["S", "Bản báo cáo", "Sheet3"], "S"]);
      other.position = 0;
      await context.sync();
    });
    expect(excel.sheetNames()).toEqual(["Sheet3", "S", "Bản báo cáo"]);
  });

  test("page layout is ExcelApi 1.9: an older Excel answers ApiNotFound at sync", async () => {
    const excel = fake();
    await expect(
      excel.host("1.8").run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.layout("S").pageLayout).toEqual(defaultPageLayout());
  });

  test("page layout reads need a load and a sync; bad values are refused", async () => {
    const excel = fake();
    await excel.host().run(async (context) => {
      const layout = context.workbook.worksheets.getActiveWorksheet().pageLayout;
      expect(() => layout.paperSize).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      layout.paperSize = "A4";
      layout.topMargin = 56.69;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$2");
      layout.load("paperSize,topMargin,zoom");
      await context.sync();
      expect([layout.paperSize, layout.topMargin, layout.zoom]).toEqual([
        "A4",
        56.69,
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
    });
    expect(excel.layout("S").pageLayout.printTitleRows).toBe("$1:$2");
  });

  test("edge borders draw the outline of a block, inside borders the lines between its cells", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.host().run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      for (const name of ["EdgeTop", "InsideHorizontal", "InsideVertical"] as const)
        range.format.borders.getItem(name).style = "Continuous";
      await context.sync();
    });
    const line = { style: "Continuous", color: "#000000", weight: "Thin" };
    expect(["A1", "B1", "A2", "B2"].map((a) => excel.getCellState("S", a).borders)).toEqual([
      { EdgeTop: line, EdgeBottom: line, EdgeRight: line },
      { EdgeTop: line, EdgeBottom: line, EdgeLeft: line },
      { EdgeTop: line, EdgeRight: line },
      { EdgeTop: line, EdgeLeft: line },
    ]);
  });

  test("fonts, alignment and sizes: read back as Excel reports them, null when mixed", async () => {
    const excel = fake();
    await excel.host().run(async (context) => {
      const a1 = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      a1.format.font.name = "Times New Roman";
      a1.format.font.size = 13;
      a1.format.verticalAlignment = "Top";
      a1.format.columnWidth = 100;
      a1.format.rowHeight = 33;
      await context.sync();
    });
    await excel.host().run(async (context) => {
      const block = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").format;
      const font = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").format.font;
      const one = context.workbook.worksheets.getActiveWorksheet().getRange("A1").format;
      font.load("name,size");
      block.load("verticalAlignment,columnWidth,rowHeight");
      one.load("columnWidth");
      await context.sync();
      expect([font.name, font.size, block.verticalAlignment]).toEqual([null, null, null]);
      // Whole pixels: 100 pt is 133.33 px, kept as 133 px.
      expect([one.columnWidth, block.columnWidth, block.rowHeight]).toEqual([99.75, null, null]);
    });
    expect(excel.layout("S")).toMatchObject({ columnWidths: [[0, 99.75]], rowHeights: [[0, 33]] });
  });

  test.each([
    [
      "a vertical alignment Excel lacks",
      (r: Excel.Range) => (r.format.verticalAlignment = "Middle" as "Top"),
    ],
    ["a 500 pt font", (r: Excel.Range) => (r.format.font.size = 500)],
    ["a row 410 pt high", (r: Excel.Range) => (r.format.rowHeight = 410)],
    ["a zoom of 5%", (r: Excel.Range) => (r.worksheet.pageLayout.zoom = { scale: 5 })],
    [
      "a scale and pages",
      (r: Excel.Range) => (r.worksheet.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 }),
    ],
    ["negative pages", (r: Excel.Range) => (r.worksheet.pageLayout.zoom = { horizontalFitToPages: -1 })],
    ["a negative margin", (r: Excel.Range) => (r.worksheet.pageLayout.topMargin = -1)],
  ])("%s is refused at sync", async (_what, change) => {
    const excel = fake();
    const before = excel.snapshot();
    await expect(
      excel.host().run(async (context) => {
        change(context.workbook.worksheets.getActiveWorksheet().getRange("C3"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.snapshot()).toEqual(before);
  });

  test("sizes, frozen rows and print settings are saved with the file", async () => {
    const excel = fake();
    await excel.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B1").format.columnWidth = 30;
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = "Landscape";
      await context.sync();
    });
    const reopened = new FakeExcel(excel.save());
    expect(reopened.snapshot()).toEqual(excel.snapshot());
    expect(reopened.layout("S")).toEqual({
      columnWidths: [[1, 30]],
      rowHeights: [],
      frozenRows: 1,
      pageLayout: { ...defaultPageLayout(), orientation: "Landscape" },
    });
  });
});
