import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildSampleWorkbook, readTsv, sampleBytes, SAMPLE_DATE } from "../../scripts/make-sample";
import { readInput } from "../../src/cli/read";
import { cellAt, FIXTURE_DIR } from "./helpers";

const TSV = path.join(FIXTURE_DIR, "appendix.tsv");
const XLSX = path.join(FIXTURE_DIR, "appendix.xlsx");

async function loadSample(): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(XLSX);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

describe("scripts/make-sample", () => {
  it("regenerates appendix.xlsx byte for byte from appendix.tsv", async () => {
    const rows = readTsv(await fs.readFile(TSV, "utf8"));
    const first = await sampleBytes(buildSampleWorkbook(rows));
    const second = await sampleBytes(buildSampleWorkbook(rows));
    expect(first.equals(second)).toBe(true);
    // Fails when appendix.tsv changed without `npm run sample`.
    expect(first.equals(await fs.readFile(XLSX))).toBe(true);
  });

  it("holds the same cells as the TSV, task numbers as numbers", async () => {
    const rows = readTsv(await fs.readFile(TSV, "utf8"));
    const read = await readInput(XLSX);
    if (!read.ok) throw new Error("the sample does not read");
    const cells = read.sheets[0]?.cells ?? [];
    expect(cells).toHaveLength(rows.length);
    rows.forEach((row, r) => {
      const expected = row.map((text) =>
        text.trim() === "" ? null : /^\d+$/.test(text) ? Number(text) : text.trim(),
      );
      while (expected.length > 0 && expected[expected.length - 1] === null) expected.pop();
      expect([r, cells[r]]).toEqual([r, expected]);
    });
  });

  it("looks like the real appendix", async () => {
    const sheet = await loadSample();
    const headerRow = 5;
    expect(sheet.workbook.created).toEqual(SAMPLE_DATE);
    expect(sheet.workbook.modified).toEqual(SAMPLE_DATE);
    for (let r = 1; r < headerRow; r++) {
      const title = cellAt(sheet, r, 1);
      expect([r, title.isMerged, sheet.getCell(r, 4).master.address]).toEqual([r, true, `A${r}`]);
      expect(title.alignment).toMatchObject({ horizontal: "center" });
      expect(title.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    }
    for (let c = 1; c <= 4; c++) {
      const header = cellAt(sheet, headerRow, c);
      expect(header.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
      expect(header.alignment).toMatchObject({ wrapText: true });
      expect(Object.keys(header.border ?? {}).sort()).toEqual(["bottom", "left", "right", "top"]);
    }
    const section = cellAt(sheet, "A6");
    expect([section.value, section.font?.bold, sheet.getCell("D6").master.address]).toEqual([
      "I",
      true,
      "B6",
    ]);
    const task = cellAt(sheet, "B7");
    expect(task.font).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(task.font?.bold).toBeFalsy();
    expect(sheet.getCell("A7").value).toBe(1);
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([7, 48, 36, 48]);
  });
});
