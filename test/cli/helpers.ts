/** Shared by the par-check tests: temp folders, workbooks written with ExcelJS, and in-process runs. */
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

/** Lines of a stream's text, without the empty last one. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line, i, all) => line !== "" || i < all.length - 1);
}

/**
 * The headings of a text report's tables, each joined back into the one line it is when it fits: a
 * heading runs from the start of a table's block to its "Cột:"/"Columns:" line. Continuation lines lose
 * their indent; one starting "  · " (the next part) joins with a space, any other (the next piece of a
 * name too long for a line) joins as it is.
 */
export function headings(stdout: string): string[] {
  const out = lines(stdout);
  const found: string[] = [];
  out.forEach((line, i) => {
    if (!/^(Cột|Columns): /.test(line)) return;
    const start = out.lastIndexOf("", i) + 1;
    found.push(joinHeading(out.slice(start, i)));
  });
  return found;
}

/** A heading's lines joined back: see `headings`. */
export function joinHeading(heading: readonly string[]): string {
  return heading
    .map((line, i) => {
      if (i === 0) return line;
      if (line.startsWith("    ")) return line.slice(4);
      return line.startsWith("  · ") ? ` ${line.slice(2)}` : line.slice(2);
    })
    .join("");
}

/**
 * Lines that start with `name` (a path the report never cuts) and go on with text, joined back: the
 * name's pieces as they are, the text's lines with a space, the two-space indents taken off. Null when
 * the lines do not start with the whole name followed by a colon.
 */
export function joinNamed(block: readonly string[], name: string): string | null {
  const [first = "", ...rest] = block;
  if (first.startsWith(`${name}: `)) return [first, ...rest.map((line) => line.slice(2))].join(" ");
  let head = first;
  let i = 0;
  while (head.length < name.length + 1 && i < rest.length) head += (rest[i++] ?? "").slice(2);
  if (head !== `${name}:`) return null;
  return [head, ...rest.slice(i).map((line) => line.slice(2))].join(" ");
}

/** A fresh temp folder per test file, removed afterwards. Call at the top level of a describe or file. */
export function useTempDir(): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "par-check-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export type SheetRows = readonly (readonly ExcelJS.CellValue[])[];

export interface SheetSpec {
  readonly name: string;
  readonly rows: SheetRows;
  /** Ranges such as "A1:D1". */
  readonly merges?: readonly string[];
  /** Number formats by address, such as { D7: "0.00%" }. */
  readonly numFmts?: Readonly<Record<string, string>>;
}

/** Writes an .xlsx with one worksheet per spec, rows starting at A1. */
export async function writeWorkbook(file: string, sheets: readonly SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [address, format] of Object.entries(spec.numFmts ?? {}))
      sheet.getCell(address).numFmt = format;
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A workbook read back with ExcelJS. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Rows of a worksheet as plain values, from row 1, without the empty trailing cells. */
export function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values: unknown[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      values[c - 1] = cell.value;
    });
    rows.push(Array.from(values, (v) => (v === undefined ? null : v)));
  }
  return rows;
}

/** Every non-empty cell value of every sheet, keyed "Sheet!A1". Merged slave cells are left out. */
export async function cellValues(file: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbookValues(workbook);
}

/** The same, of a workbook already loaded. */
export function workbookValues(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        values.set(`${sheet.name}!${cell.address}`, cell.value);
      });
    });
  }
  return values;
}

export const FIXTURE_DIR = path.join(__dirname, "..", "fixtures", "phu-dinh-2024");

const nfd = (text: string): string => text.normalize("NFD");

/**
 * A workbook as people really make them: a title block merged across the table, an NFD header, a section
 * row merged across, a task number merged over two rows, a result typed as 0.8333 shown "83,33%", and a
 * second table with its own header further down the same sheet.
 */
export async function writeMessyWorkbook(file: string): Promise<string> {
  return writeWorkbook(file, [
    {
      name: "Phụ lục",
      rows: [
        ["PHỤ LỤC"],
        ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
        ["(Kèm theo Báo cáo số 12/BC-UBND của UBND xã)"],
        [],
        [nfd("Số TT"), nfd("Nội dung công việc"), nfd("Yêu cầu năm 2024"), nfd("Kết quả thực hiện")],
        ["I", nfd("XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ")],
        [1, nfd("Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ"), nfd("đạt từ 70%"), 0.8333],
        [null, nfd("trên tổng số TTHC công bố cung cấp trực tuyến")],
        [
          2,
          nfd("Triển khai các nhiệm vụ trong kế hoạch"),
          nfd("Hoàn thành 100% nhiệm vụ"),
          nfd("Hoàn thành 5/6 nhiệm vụ"),
        ],
        [3, nfd("Tỷ lệ văn bản được ký số"), nfd("100% văn bản được ký số"), nfd("Chưa đạt 100%")],
        [],
        [],
        ["PHỤ LỤC 2: KẾT QUẢ KHÁC"],
        ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
        ["II", "CẢI CÁCH TÀI CHÍNH CÔNG"],
        [1, "Đề xuất sáng kiến về CCHC", "Tối thiểu có 01 sáng kiến", "Có 02 sáng kiến được công nhận"],
        [
          2,
          "Hoàn thành chỉ tiêu thu ngân sách được giao",
          "Hoàn thành 100% chỉ tiêu đề ra",
          "Thu ngân sách hoàn thành 100%",
        ],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "B6:D6", "A7:A8", "A13:D13", "B15:D15"],
      numFmts: { D7: "0.00%" },
    },
  ]);
}

/**
 * A cell of a worksheet. (The office-addins lint rules take any variable set from `getCell` for an
 * Office.js proxy that needs load/sync; ExcelJS cells are plain objects, so tests fetch them through here.)
 */
export function cellAt(sheet: ExcelJS.Worksheet, row: number | string, column?: number): ExcelJS.Cell {
  return column === undefined ? sheet.getCell(String(row)) : sheet.getCell(Number(row), column);
}
