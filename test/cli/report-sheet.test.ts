import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeSheet } from "../../src/core";
import { planReportSheet } from "../../src/core/report";
import { ENGINE } from "../../src/i18n";
import { mmToInches, writeReportSheet } from "../../src/cli/report-sheet";
import { seedGrid } from "../helpers/seed";
import { useTempDir } from "./helpers";

const table = analyzeSheet({ cells: seedGrid(), sheetName: "Phụ lục" }).tables[0]!;
const tempDir = useTempDir();

async function roundTrip(
  includeExtras: boolean,
  prepare?: (workbook: ExcelJS.Workbook) => void,
): Promise<{ sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook }> {
  const plan = planReportSheet(table, {
    includeVerdict: includeExtras,
    includeCompletion: includeExtras,
    words: ENGINE.vi,
  });
  const workbook = new ExcelJS.Workbook();
  prepare?.(workbook);
  const written = writeReportSheet(workbook, plan, "Phụ lục");
  const file = path.join(tempDir(), `${written.name}-${includeExtras ? "wide" : "bare"}-${Date.now()}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const sheet = back.getWorksheet(written.name);
  if (!sheet) throw new Error(`sheet ${written.name} missing`);
  return { sheet, workbook: back };
}

function eachCell(sheet: ExcelJS.Worksheet, rows: number, columns: number, fn: (cell: ExcelJS.Cell) => void) {
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) fn(sheet.getCell(r, c));
}

const text = (cell: ExcelJS.Cell): string => (cell.value === null ? "" : String(cell.value));

describe("writeReportSheet", () => {
  let wide: ExcelJS.Worksheet;
  let bare: ExcelJS.Worksheet;
  beforeAll(async () => {
    wide = (await roundTrip(true)).sheet;
    bare = (await roundTrip(false)).sheet;
  });

  it("writes one row per plan row: header, 7 sections, 26 tasks", () => {
    expect(wide.rowCount).toBe(34);
    expect(wide.columnCount).toBe(6);
    expect(bare.columnCount).toBe(4);
    expect([1, 2, 3, 4, 5, 6].map((c) => text(wide.getCell(1, c)))).toEqual([
      "Số TT",
      "Nội dung công việc",
      "Yêu cầu năm 2024",
      "Kết quả thực hiện",
      "Đánh giá",
      "Mức độ hoàn thành",
    ]);
  });

  it("uses Times New Roman 13, thin borders and wrapped text on every cell", () => {
    for (const [sheet, columns] of [
      [wide, 6],
      [bare, 4],
    ] as const) {
      eachCell(sheet, 34, columns, (cell) => {
        expect([cell.address, cell.font?.name, cell.font?.size]).toEqual([
          cell.address,
          "Times New Roman",
          13,
        ]);
        for (const side of ["top", "left", "bottom", "right"] as const)
          expect(cell.border?.[side]?.style).toBe("thin");
        expect(cell.alignment?.wrapText).toBe(true);
      });
    }
  });

  it("makes the header bold and centred, section rows bold, task rows plain and top-aligned", () => {
    for (let c = 1; c <= 6; c++) {
      expect([wide.getCell(1, c).font?.bold, wide.getCell(1, c).alignment?.horizontal]).toEqual([
        true,
        "center",
      ]);
    }
    const sectionRows: number[] = [];
    const taskRows: number[] = [];
    wide.eachRow((row, r) => {
      if (r === 1) return;
      const ordinal = text(row.getCell(1));
      (/^[IVX]+$/.test(ordinal) ? sectionRows : taskRows).push(r);
    });
    expect(sectionRows).toHaveLength(7);
    expect(taskRows).toHaveLength(26);
    for (const r of sectionRows) expect(wide.getCell(r, 2).font?.bold).toBe(true);
    for (const r of taskRows) {
      expect(wide.getCell(r, 2).font?.bold).toBeFalsy();
      expect(wide.getCell(r, 2).alignment).toMatchObject({ vertical: "top", horizontal: "left" });
      expect(wide.getCell(r, 1).alignment?.horizontal).toBe("center");
    }
  });

  it("sets up an A4 page: orientation, margins in inches, one page wide, the header on every page", () => {
    expect(wide.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(bare.pageSetup.orientation).toBe("portrait");
    expect(bare.pageSetup.printTitlesRow).toBe("1:1");
    const margins = wide.pageSetup.margins!;
    expect(margins.top).toBeCloseTo(20 / 25.4, 3);
    expect(margins.bottom).toBeCloseTo(20 / 25.4, 3);
    expect(margins.left).toBeCloseTo(30 / 25.4, 3);
    expect(margins.right).toBeCloseTo(15 / 25.4, 3);
    expect(mmToInches(25.4)).toBe(1);
    expect(wide.headerFooter.differentFirst).toBe(true);
    expect(wide.headerFooter.oddHeader).toContain("&P");
  });

  it("adds no conditional formats, formulas or cells outside the table", () => {
    // ExcelJS keeps the rules it reads in a property its typings leave out.
    const rules = (wide as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
    expect(rules ?? []).toHaveLength(0);
    wide.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(Number(cell.col)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it("merges continuation rows: task 7 is one row holding all its text", () => {
    const rows: number[] = [];
    wide.eachRow((row, r) => {
      if (text(row.getCell(2)).includes("thống nhất, hiệu quả")) rows.push(r);
    });
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(text(wide.getCell(r, 1))).toBe("7");
    expect(text(wide.getCell(r, 2))).toMatch(
      /^Nâng cao chất lượng.*đảm bảo tính thống nhất, hiệu quả và tính khả thi/,
    );
    expect(wide.getRow(r).height).toBeGreaterThan(wide.getRow(1).height);
  });

  it("writes values in Vietnamese number style, as text", () => {
    const byOrdinal = new Map<string, ExcelJS.Row>();
    wide.eachRow((row) => byOrdinal.set(text(row.getCell(1)), row));
    expect([byOrdinal.get("2")?.getCell(5).value, byOrdinal.get("2")?.getCell(6).value]).toEqual([
      "Chưa đạt",
      "83,33%",
    ]);
    expect(byOrdinal.get("23")?.getCell(6).value).toBe("31,89%");
    expect(byOrdinal.get("4")?.getCell(5).value).toBe("Chưa có số liệu");
    expect(byOrdinal.get("4")?.getCell(6).value).toBeNull();
  });

  it("sets the planned column widths", () => {
    const plan = planReportSheet(table, { includeVerdict: true, includeCompletion: true, words: ENGINE.vi });
    expect(plan.columns.map((_, c) => wide.getColumn(c + 1).width)).toEqual(plan.columns.map((c) => c.width));
  });

  it("adds a new sheet beside existing ones, never replacing one", async () => {
    const { workbook } = await roundTrip(false, (wb) => {
      wb.addWorksheet("Phụ lục").getCell("A1").value = "bản gốc";
    });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Phụ lục", "Phụ lục (2)"]);
    expect(workbook.getWorksheet("Phụ lục")?.getCell("A1").value).toBe("bản gốc");
  });
});
