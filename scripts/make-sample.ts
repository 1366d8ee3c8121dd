/**
 * Builds test/fixtures/phu-dinh-2024/appendix.xlsx from appendix.tsv, laid out like the appendix of the
 * real report: merged, centred title lines, a bordered header, bold sections, Times New Roman 13.
 * Deterministic: the same TSV gives the same workbook, byte for byte.
 *
 *   npm run sample        (or: npx tsc -p tsconfig.build.json && node dist/scripts/make-sample.js)
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

/** Workbook dates, and the timestamp of every part inside the .xlsx zip. */
export const SAMPLE_DATE = new Date(Date.UTC(2024, 10, 20, 8, 0, 0));

const FONT: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 13, family: 1 };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [7, 48, 36, 48];
const COLUMNS = 4;
const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** The folder holding package.json, wherever the compiled script runs from. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + __dirname);
    dir = parent;
  }
  return dir;
}

/** The rows of the TSV, cells as written (the seed has no quoting). */
export function readTsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line, i, lines) => line !== "" || i < lines.length - 1)
    .map((line) => line.split("\t"));
}

/** The appendix as a styled workbook. The first row whose first cell is "Số TT" is the header. */
export function buildSampleWorkbook(rows: readonly (readonly string[])[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "UBND xã Phú Đình";
  workbook.lastModifiedBy = "par-check make-sample";
  workbook.created = SAMPLE_DATE;
  workbook.modified = SAMPLE_DATE;

  const sheet = workbook.addWorksheet("Phụ lục", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  const headerIndex = rows.findIndex((row) => (row[0] ?? "").trim() === "Số TT");
  if (headerIndex < 0) throw new Error("appendix.tsv has no header row starting with “Số TT”.");

  rows.forEach((values, i) => {
    const r = i + 1;
    const row = sheet.getRow(r);
    for (let c = 0; c < COLUMNS; c++) {
      const text = (values[c] ?? "").trim();
      const cell = row.getCell(c + 1);
      // Excel keeps a typed-in task number as a number.
      if (text !== "") cell.value = c === 0 && /^\d+$/.test(text) ? Number(text) : text;
      cell.font = { ...FONT };
    }

    if (i < headerIndex) {
      // Title lines: one merged cell across the table, centred and bold; the reference line in italics.
      sheet.mergeCells(r, 1, r, COLUMNS);
      const cell = row.getCell(1);
      cell.font = { ...FONT, bold: true, italic: i === headerIndex - 1 && cell.text.startsWith("(") };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      row.height = 21;
      return;
    }

    const first = (values[0] ?? "").trim();
    const isHeader = i === headerIndex;
    const isSection = ROMAN.test(first);
    for (let c = 1; c <= COLUMNS; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.alignment = {
        vertical: isHeader ? "middle" : "top",
        horizontal: isHeader || c === 1 ? "center" : "left",
        wrapText: true,
      };
      if (isHeader || isSection) cell.font = { ...FONT, bold: true };
    }
    if (isSection) sheet.mergeCells(r, 2, r, COLUMNS);
  });

  sheet.views = [{ state: "frozen", ySplit: headerIndex + 1, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${headerIndex + 1}:${headerIndex + 1}`;
  return workbook;
}

/**
 * The workbook as .xlsx bytes. The zip library stamps every part with `new Date()`; during the write the
 * clock reads SAMPLE_DATE, so that regenerating the sample gives identical bytes.
 */
export async function sampleBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const RealDate = Date;
  const fixed = SAMPLE_DATE.getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  } finally {
    globalThis.Date = RealDate;
  }
}

export async function makeSample(tsvPath: string, xlsxPath: string): Promise<void> {
  const rows = readTsv(await fs.readFile(tsvPath, "utf8"));
  await fs.writeFile(xlsxPath, await sampleBytes(buildSampleWorkbook(rows)));
}

if (require.main === module) {
  const dir = path.join(repoRoot(), "test", "fixtures", "phu-dinh-2024");
  const out = path.join(dir, "appendix.xlsx");
  makeSample(path.join(dir, "appendix.tsv"), out).then(
    () => process.stdout.write(`Wrote ${path.relative(process.cwd(), out) || out}\n`),
    (error: unknown) => {
      process.stderr.write(`make-sample: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
