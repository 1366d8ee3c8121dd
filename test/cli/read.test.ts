import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  detectDelimiter,
  parseRange,
  percentDecimals,
  readInput,
  sniff,
  toCell,
  type ReadOutcome,
} from "../../src/cli/read";
import { useTempDir, writeWorkbook } from "./helpers";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);

describe("toCell", () => {
  it.each<[string, ExcelJS.CellValue, string | undefined, unknown]>([
    ["a string", "Đã thực hiện xong", undefined, "Đã thực hiện xong"],
    ["an empty string", "", undefined, null],
    ["null", null, undefined, null],
    ["a plain number", 24, undefined, 24],
    ["a number in General", 24, "General", 24],
    ["a boolean", true, undefined, true],
    ["a percent with 2 decimals", 0.8333, "0.00%", { value: 0.8333, numberFormat: "0.00%", text: "83,33%" }],
    ["a percent with none", 0.5, "0%", { value: 0.5, numberFormat: "0%", text: "50%" }],
    [
      "a percent with 1 decimal",
      0.22319,
      "#,##0.0%",
      { value: 0.22319, numberFormat: "#,##0.0%", text: "22,3%" },
    ],
    ["a grouped number", 1240.5, "#,##0.00", { value: 1240.5, numberFormat: "#,##0.00" }],
    ["a quoted % sign", 7, '0" %"', { value: 7, numberFormat: '0" %"' }],
    [
      "rich text",
      { richText: [{ text: "Hoàn thành " }, { text: "5/6", font: { bold: true } }] },
      undefined,
      "Hoàn thành 5/6",
    ],
    [
      "a formula",
      { formula: "B2/C2", result: 0.9842 },
      "0.00%",
      { value: 0.9842, numberFormat: "0.00%", text: "98,42%" },
    ],
    ["a formula without result", { formula: "B2/C2" }, undefined, null],
    ["a shared formula", { sharedFormula: "D2", result: "Đạt" }, undefined, "Đạt"],
    ["a formula giving an error", { formula: "1/0", result: { error: "#DIV/0!" } }, undefined, "#DIV/0!"],
    [
      "a hyperlink",
      { text: "Cổng dịch vụ công", hyperlink: "https://dichvucong.gov.vn" },
      undefined,
      "Cổng dịch vụ công",
    ],
    [
      "a rich-text hyperlink",
      {
        text: { richText: [{ text: "Trang " }, { text: "xã" }] },
        hyperlink: "https://x.vn",
      } as unknown as ExcelJS.CellValue,
      undefined,
      "Trang xã",
    ],
    ["an error", { error: "#N/A" }, undefined, "#N/A"],
    ["a date", new Date(Date.UTC(2024, 10, 8)), "dd/mm/yyyy", "2024-11-08"],
    [
      "a date and time",
      new Date(Date.UTC(2024, 9, 2, 8, 30)),
      "dd/mm/yyyy hh:mm",
      "2024-10-02T08:30:00.000Z",
    ],
  ])("reads %s", (_name, value, format, expected) => {
    expect(toCell(value, format)).toEqual(expected);
  });
});

describe("percentDecimals", () => {
  it.each<[string, number | null]>([
    ["0.00%", 2],
    ["0%", 0],
    ["0.0%", 1],
    ["#,##0.000%", 3],
    ["[Red]0.0%;-0.0%", 1],
    ['0.00"%"', null],
    ["0.00\\%", null],
    ["0.00", null],
    ["General", null],
  ])("%s → %p", (format, decimals) => {
    expect(percentDecimals(format)).toBe(decimals);
  });
});

describe("sniff", () => {
  it.each<[string, Buffer, string]>([
    ["a zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), "zip"],
    ["an OLE compound file", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "cfb"],
    ["a PDF", Buffer.from("%PDF-1.7\n%âãÏÓ"), "pdf"],
    ["UTF-8 text", Buffer.from("Số TT\tNội dung\n"), "text"],
    ["UTF-16 text", Buffer.from([0xff, 0xfe, 0x53, 0, 0x54, 0]), "text"],
    ["binary", Buffer.from([1, 2, 0, 3]), "binary"],
  ])("knows %s", (_name, bytes, magic) => {
    expect(sniff(bytes)).toBe(magic);
  });
});

describe("detectDelimiter", () => {
  it.each<[string, string, "csv" | "tsv", string]>([
    ["a comma csv", "Số TT,Nội dung,Yêu cầu,Kết quả\n1,a,b,c", "csv", ","],
    ["a semicolon csv", "Số TT;Nội dung;Yêu cầu;Kết quả\n1;a, b;c;d", "csv", ";"],
    ["a csv with commas inside a title", "Phụ lục, kết quả; năm 2024, xã A\n", "csv", ","],
    ["a tsv", "a;b;c\n", "tsv", "\t"],
  ])("%s", (_name, text, format, delimiter) => {
    expect(detectDelimiter(text, format)).toBe(delimiter);
  });
});

describe("parseRange", () => {
  it.each<[string, unknown]>([
    ["A1:D1", { top: 0, left: 0, bottom: 0, right: 3 }],
    ["B7:B8", { top: 6, left: 1, bottom: 7, right: 1 }],
    ["$AA$10:AB12", { top: 9, left: 26, bottom: 11, right: 27 }],
    ["C3", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["nonsense", null],
  ])("%s", (range, area) => {
    expect(parseRange(range)).toEqual(area);
  });
});

describe("readInput: .xlsx", () => {
  it("gives merged areas and keeps each merged value only in its top-left cell", async () => {
    const file = await writeWorkbook(at("merged.xlsx"), [
      {
        name: "Phụ lục",
        rows: [
          ["PHỤ LỤC"],
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          ["I", "CÔNG TÁC CHỈ ĐẠO"],
          [1, "Nhiệm vụ", "Đạt từ 70%", 0.8333],
          [null, "(tiếp)", null, null],
        ],
        merges: ["A1:D1", "B3:D3", "A4:A5"],
        numFmts: { D4: "0.00%" },
      },
      { name: "Trống", rows: [] },
    ]);
    expect(await readInput(file)).toEqual<ReadOutcome>({
      ok: true,
      format: "xlsx",
      sheets: [
        {
          sheetName: "Phụ lục",
          origin: { row: 0, column: 0 },
          merges: [
            { top: 0, left: 0, bottom: 0, right: 3 },
            { top: 2, left: 1, bottom: 2, right: 3 },
            { top: 3, left: 0, bottom: 4, right: 0 },
          ],
          cells: [
            ["PHỤ LỤC"],
            ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
            ["I", "CÔNG TÁC CHỈ ĐẠO"],
            [1, "Nhiệm vụ", "Đạt từ 70%", { value: 0.8333, numberFormat: "0.00%", text: "83,33%" }],
            [null, "(tiếp)"],
          ],
        },
        { sheetName: "Trống", origin: { row: 0, column: 0 }, merges: [], cells: [] },
      ],
    });
  });

  it("reads rich text, formulas, hyperlinks, dates and errors from a saved file", async () => {
    const file = await writeWorkbook(at("shapes.xlsx"), [
      {
        name: "S",
        rows: [
          [
            { richText: [{ text: "Kết quả " }, { text: "thực hiện", font: { italic: true } }] },
            { formula: "1+1", result: 2 },
            { text: "Trang", hyperlink: "https://x.vn" },
            new Date(Date.UTC(2024, 10, 8)),
            { error: "#REF!" },
          ],
        ],
      },
    ]);
    const read = await readInput(file);
    expect(read.ok && read.sheets[0]?.cells).toEqual([
      ["Kết quả thực hiện", 2, "Trang", "2024-11-08", "#REF!"],
    ]);
  });
});

describe("readInput: .csv and .tsv", () => {
  const table = (cells: unknown[][], name: string, format = "csv"): ReadOutcome =>
    ({
      ok: true,
      format,
      sheets: [{ cells, merges: [], origin: { row: 0, column: 0 }, sheetName: name }],
    }) as ReadOutcome;

  it("keeps a quoted cell that spans two lines in one row", async () => {
    const file = at("quoted.csv");
    await fs.writeFile(
      file,
      'Số TT,Nội dung công việc,Yêu cầu năm 2024,Kết quả thực hiện\r\n1,"Công khai TTHC,\r\ntrên Cổng",Công khai 100%,"Đạt ""100%"""\r\n',
    );
    expect(await readInput(file)).toEqual(
      table(
        [
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          ["1", "Công khai TTHC,\r\ntrên Cổng", "Công khai 100%", 'Đạt "100%"'],
        ],
        "quoted",
      ),
    );
  });

  it("reads a ';'-separated csv with a BOM and decimal commas", async () => {
    const file = at("semicolon.csv");
    await fs.writeFile(file, "\uFEFFSố TT;Nội dung;Yêu cầu;Kết quả\n23;Tỷ lệ DVC;đạt từ 70%;đạt 22,32%\n\n");
    expect(await readInput(file)).toEqual(
      table(
        [
          ["Số TT", "Nội dung", "Yêu cầu", "Kết quả"],
          ["23", "Tỷ lệ DVC", "đạt từ 70%", "đạt 22,32%"],
        ],
        "semicolon",
      ),
    );
  });

  it("honours Excel's sep= line and leaves it out of the sheet", async () => {
    const file = at("sep.csv");
    await fs.writeFile(file, "sep=;\r\nSố TT;Kết quả, ghi chú\r\n1;Đạt, đủ\r\n");
    expect(await readInput(file)).toEqual(
      table(
        [
          ["Số TT", "Kết quả, ghi chú"],
          ["1", "Đạt, đủ"],
        ],
        "sep",
      ),
    );
  });

  it("reads UTF-16 tab-separated text, as Excel's Unicode Text export writes it", async () => {
    const file = at("unicode.tsv");
    const text = "Số TT\tKết quả\r\n1\tĐạt\r\n";
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await readInput(file)).toEqual({
      ...table(
        [
          ["Số TT", "Kết quả"],
          ["1", "Đạt"],
        ],
        "unicode",
        "tsv",
      ),
      encoding: "utf-16le",
    });
  });

  it("reads a csv that is not UTF-8 as Windows-1258, and says so", async () => {
    const file = at("legacy.csv");
    await fs.writeFile(file, Buffer.from([0x53, 0xf4, 0x20, 0x54, 0x54, 0x2c, 0x44, 0x61, 0xf2, 0x74, 0x0a]));
    expect(await readInput(file)).toEqual({
      ...table([["Sô TT", "Dạt"]], "legacy", "csv"),
      encoding: "windows-1258",
    });
  });

  it("reads a tsv whose cell starts with a stray quote literally", async () => {
    const file = at("stray.tsv");
    await fs.writeFile(file, 'Số TT\tNội dung\n1\t"Một cửa" điện tử\n');
    expect(await readInput(file)).toEqual(
      table(
        [
          ["Số TT", "Nội dung"],
          ["1", '"Một cửa" điện tử'],
        ],
        "stray",
        "tsv",
      ),
    );
  });
});

describe("readInput: files that cannot be read", () => {
  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  /** A compound file holding a stream of this name, as its directory spells it (UTF-16). */
  const cfbWith = (stream: string): Buffer =>
    Buffer.concat([CFB, Buffer.alloc(504, 0), Buffer.from(stream, "utf16le"), Buffer.alloc(64, 0)]);

  // The problem as a code (and its ext, line…): the languages word it.
  it.each<[string, string, Buffer | null, string, Record<string, unknown> | undefined]>([
    ["a missing file", "missing.xlsx", null, "file-not-found", undefined],
    ["an empty file", "empty.xlsx", Buffer.alloc(0), "empty-file", undefined],
    ["an empty csv", "empty.csv", Buffer.from(" \r\n\n"), "empty-file", undefined],
    [
      "a PDF named .xlsx",
      "report.xlsx",
      Buffer.from("%PDF-1.4\n1 0 obj"),
      "unsupported-format",
      { detail: "pdf" },
    ],
    [
      "text named .xlsx",
      "notes.xlsx",
      Buffer.from("Số TT\tNội dung\n"),
      "unsupported-format",
      { detail: "text" },
    ],
    ["a PDF", "report.pdf", Buffer.from("%PDF-1.4\n"), "unsupported-format", { detail: "pdf" }],
    [
      "a .docx",
      "report.docx",
      Buffer.from("PK\u0003\u0004junk"),
      "unsupported-format",
      { detail: "extension", ext: ".docx" },
    ],
    ["an old .xls", "old.xls", cfbWith("Workbook"), "unsupported-format", { detail: "old-xls" }],
    [
      "an old .xls renamed .xlsx (not a password)",
      "renamed.xlsx",
      cfbWith("Workbook"),
      "unsupported-format",
      { detail: "old-xls" },
    ],
    ["an Excel 5 .xls", "older.xls", cfbWith("Book"), "unsupported-format", { detail: "old-xls" }],
    [
      "a Word .doc named .xlsx",
      "letter.xlsx",
      cfbWith("WordDocument"),
      "unsupported-format",
      { detail: "binary" },
    ],
    [
      "an OpenDocument spreadsheet named .xlsx",
      "calc.xlsx",
      Buffer.from("PK\u0003\u0004\u0014\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
      "unsupported-format",
      { detail: "ods" },
    ],
    ["an .ods", "calc.ods", Buffer.from("PK\u0003\u0004 …"), "unsupported-format", { detail: "ods" }],
    [
      "a binary workbook named .xlsx",
      "fast.xlsx",
      Buffer.from("PK\u0003\u0004\u0014\u0000xl/workbook.bin"),
      "unsupported-format",
      { detail: "xlsb" },
    ],
    ["an .xlsb", "fast.xlsb", Buffer.from("PK\u0003\u0004 …"), "unsupported-format", { detail: "xlsb" }],
    [
      "an .xlsx named .csv",
      "book.csv",
      Buffer.from("PK\u0003\u0004junk"),
      "unsupported-format",
      { detail: "workbook-as-text" },
    ],
    [
      "a corrupt .xlsx",
      "broken.xlsx",
      Buffer.from("PK\u0003\u0004 not really a zip"),
      "unreadable",
      { detail: "damaged-zip" },
    ],
    [
      "a password-protected .xlsx",
      "secret.xlsx",
      cfbWith("EncryptedPackage"),
      "password-protected",
      undefined,
    ],
    [
      "a csv with a broken quote",
      "quote.csv",
      Buffer.from('a,b\n1,"open\n2,3\n'),
      "unreadable",
      { detail: "csv-syntax", line: 2 },
    ],
  ])("reports %s", async (_name, name, bytes, code, problem) => {
    const file = at(name);
    if (bytes) await fs.writeFile(file, bytes);
    expect(await readInput(file)).toEqual({ ok: false, issue: { code, params: { file, ...problem } } });
  });

  it("reports a Strict Open XML workbook as such", async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      "xl/workbook.xml",
      '<?xml version="1.0"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>',
    );
    const file = at("strict.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await readInput(file)).toEqual({
      ok: false,
      issue: { code: "unsupported-format", params: { file, detail: "strict-ooxml" } },
    });
  });

  it("reads an .xlsx renamed .xls, and an .xlsm, as the workbooks they are", async () => {
    for (const name of ["renamed.xls", "macros.xlsm"]) {
      const file = at(name);
      await writeWorkbook(file, [
        {
          name: "Phụ lục",
          rows: [
            ["Số TT", "Nội dung"],
            [1, "Việc"],
          ],
        },
      ]);
      const read = await readInput(file);
      expect(read.ok && read.format).toBe("xlsx");
    }
  });

  it("reports a directory as not a spreadsheet, named as displayed", async () => {
    const dir = at("folder.xlsx");
    await fs.mkdir(dir);
    expect(await readInput(dir, "folder.xlsx")).toEqual({
      ok: false,
      issue: { code: "unsupported-format", params: { file: "folder.xlsx", detail: "directory" } },
    });
  });

  it("reports a zip without a workbook as not a spreadsheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S");
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // Rename every part so that the zip is valid but holds no workbook.
    const renamed = Buffer.from(bytes.toString("latin1").replace(/xl\//g, "zz/"), "latin1");
    const file = at("renamed-parts.xlsx");
    await fs.writeFile(file, renamed);
    const read = await readInput(file);
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.issue.code).toMatch(/^(unsupported-format|unreadable)$/);
  });
});
