/**
 * A table whose columns reach XFD leaves no room for the three verdict columns: par-check --out puts them
 * on a sheet of their own right after the original, each row linked back to its row.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { JsonReport } from "../../src/cli/render";
import { VERDICT_STYLES } from "../../src/cli/write";
import { cellAt, cellValues, lines, loadWorkbook, rowsOf, useTempDir } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);

const XFD = 16_384;
const XFA = XFD - 3;

/** Five tasks of the Phú Đình appendix (section I), their header on row 3. */
const TABLE: readonly (readonly ExcelJS.CellValue[])[] = [
  ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
  [
    1,
    "Đề xuất các giải pháp, sáng kiến trong công tác cải cách hành chính đáp ứng yêu cầu theo tiêu chí của Chỉ số CCHC đề ra",
    "Tối thiểu có 01 sáng kiến cấp cơ sở về CCHC",
    "Có 01 sáng kiến đang đề nghị huyện công nhận phạm vi ảnh hưởng",
  ],
  [
    2,
    "Bám sát các nhiệm vụ đề ra tại Kế hoạch CCHC năm 2024 triển khai thực hiện đảm bảo hiệu quả, chất lượng, hoàn thành các nhiệm vụ",
    "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
    "Hoàn thành 5/6 nhiệm vụ, đạt 83,3%",
  ],
  [
    4,
    "Hoàn thành các nhiệm vụ được UBND huyện giao đảm bảo hiệu quả, chất lượng",
    "Hoàn thành 100% nhiệm vụ huyện giao",
    "Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành",
  ],
  [
    5,
    "Thực hiện tự kiểm tra công tác CCHC, kiểm tra công vụ năm 2024",
    "Hoàn thành kế hoạch giao",
    "Đã thực hiện xong",
  ],
  [
    6,
    "Bám sát các nhiệm vụ đề ra tại Kế hoạch duy trì, cải thiện và nâng cao Chỉ số CCCH, Chỉ số hài lòng về sự phục vụ hành chính triển khai thực hiện đảm bảo hiệu quả, chất lượng, hoàn thành các nhiệm vụ",
    "Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch",
    "Hoàn thành 24/27 nhiệm vụ, đạt 88,89%",
  ],
];

/**
 * The appendix on "Phụ lục" (title on row 1, header on row 3) starting at `column` (1-based), with a note
 * at XFD on its header row when `note`, and a sheet "Khác" after it.
 */
async function writeWide(file: string, column: number, note: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  cellAt(sheet, 1, column).value = "PHỤ LỤC";
  TABLE.forEach((values, r) =>
    values.forEach((value, c) => {
      cellAt(sheet, r + 3, column + c).value = value;
    }),
  );
  for (let c = 0; c < 4; c++) cellAt(sheet, 3, column + c).font = { bold: true, name: "Times New Roman" };
  if (note) {
    cellAt(sheet, 3, XFD).value = "Ghi chú";
    cellAt(sheet, 3, XFD).font = { bold: true, name: "Times New Roman" };
  }
  cellAt(workbook.addWorksheet("Khác"), "A1").value = "Trang khác";
  // "Khác" is the sheet shown on opening: it must stay so once a sheet comes before it.
  workbook.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" },
  ];
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The hyperlinks of a sheet as written (ref → location), and how many hyperlink relationships it has. */
async function linksOf(
  file: string,
  sheetName: string,
): Promise<{ links: string[][]; relationships: number }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const book = await text("xl/workbook.xml");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(book)?.[1] ?? "";
  const rels = await text("xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  const part = `xl/${target}`;
  const xml = await text(part);
  const decode = (s: string): string => s.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const links = [...xml.matchAll(/<hyperlink\b([^>]*)\/>/g)].map((m) => {
    const attributes = m[1] ?? "";
    return [
      /ref="([^"]*)"/.exec(attributes)?.[1] ?? "",
      decode(/location="([^"]*)"/.exec(attributes)?.[1] ?? ""),
      /r:id=/.test(attributes) ? "r:id" : "",
    ].filter((s) => s !== "");
  });
  const sheetRels = await text(part.replace(/([^/]+)$/, "_rels/$1.rels"));
  return { links, relationships: (sheetRels.match(/relationships\/hyperlink"/g) ?? []).length };
}

/** Every cell of the input's sheets (values and styles) as they are in the output. */
async function expectOriginalKept(input: string, output: string): Promise<void> {
  const before = await loadWorkbook(input);
  const after = await loadWorkbook(output);
  for (const sheet of before.worksheets) {
    const copy = after.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    const cells = (ws: ExcelJS.Worksheet): unknown[] => {
      const out: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) =>
          out.push(JSON.parse(JSON.stringify([cell.address, cell.value, cell.style])) as unknown),
        ),
      );
      return out;
    };
    expect(cells(copy)).toEqual(cells(sheet));
  }
  const values = await cellValues(output);
  for (const [address, value] of await cellValues(input))
    expect([address, values.get(address)]).toEqual([address, value]);
}

const HEADERS = ["Dòng", "Số TT", "Nội dung công việc", "Đánh giá", "Mức độ hoàn thành", "Lý do"];

/** The verdict sheet's header and rows: the section (row 4) and the five tasks (rows 5–9). */
const HEADER_AND_ROWS = [
  HEADERS,
  ["4", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "2/5 đạt (40%)", 0.9306, ""],
  [
    "5",
    "1",
    "Đề xuất các giải pháp, sáng kiến trong công tác cải cách hành chính đáp ứng…",
    "Đạt",
    1,
    "Kết quả 1 sáng kiến đạt chỉ tiêu ≥ 1 sáng kiến. Lưu ý: kết quả còn “đang đề nghị”.",
  ],
  [
    "6",
    "2",
    "Bám sát các nhiệm vụ đề ra tại Kế hoạch CCHC năm 2024 triển khai thực hiện đảm…",
    "Chưa đạt",
    0.8333,
    "Hoàn thành 5/6 (83,33%), chưa đạt chỉ tiêu 100%.",
  ],
  [
    "7",
    "4",
    "Hoàn thành các nhiệm vụ được UBND huyện giao đảm bảo hiệu quả, chất lượng",
    "Chưa có số liệu",
    null,
    "Kết quả ghi “Chưa thống kê được số nhiệm vụ hoàn thành, nhiệm vụ chưa hoàn thành”: chưa có số liệu để đánh giá.",
  ],
  [
    "8",
    "5",
    "Thực hiện tự kiểm tra công tác CCHC, kiểm tra công vụ năm 2024",
    "Đạt",
    1,
    "Kết quả xác nhận đã thực hiện: “Đã thực hiện xong”.",
  ],
  [
    "9",
    "6",
    "Bám sát các nhiệm vụ đề ra tại Kế hoạch duy trì, cải thiện và nâng cao Chỉ số…",
    "Chưa đạt",
    0.8889,
    "Hoàn thành 24/27 (88,89%), chưa đạt chỉ tiêu 100%.",
  ],
];

/** The summary block, two rows under the last, in the task text and verdict columns. */
const SUMMARY = [
  ["Tổng hợp kiểm tra phụ lục", "2/5 đạt (40%)"],
  ["Số nhiệm vụ", 5],
  ["Đạt", 2],
  ["Chưa đạt", 2],
  ["Chưa có số liệu", 1],
  ["Cần xem lại", 0],
  ["Tỷ lệ nhiệm vụ đạt", "40%"],
  ["Mức độ hoàn thành bình quân", "93,06%"],
].map((line) => [null, null, ...line]);

describe("a table reaching XFD (a note in XFD on its header row)", () => {
  let input = "";
  let out = "";
  let result = { code: -1, stdout: "", stderr: "" };

  beforeAll(async () => {
    input = await writeWide(at("wide.xlsx"), 1, true);
    out = at("wide.checked.xlsx");
    result = await run(["--out", out, input]);
  });

  it("writes the copy and says where the verdicts are", () => {
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(lines(result.stdout).slice(-2)).toEqual([
      `Đã ghi bản có đánh giá: ${out}`,
      "Cột đánh giá ở trang riêng “Đánh giá - Phụ lục” vì bảng đã chạm cột cuối của trang (XFD).",
    ]);
  });

  it("puts the verdict sheet right after the original", async () => {
    expect((await loadWorkbook(out)).worksheets.map((s) => s.name)).toEqual([
      "Phụ lục",
      "Đánh giá - Phụ lục",
      "Khác",
    ]);
    expect((await loadWorkbook(out)).views[0]?.activeTab).toBe(2);
  });

  it("lists every marked row with its row, task number, task text, verdict, completion and reason", async () => {
    const sheet = (await loadWorkbook(out)).getWorksheet("Đánh giá - Phụ lục") as ExcelJS.Worksheet;
    expect(rowsOf(sheet)).toEqual([...HEADER_AND_ROWS, [], ...SUMMARY]);
    expect(HEADERS.map((_, i) => sheet.getColumn(i + 1).width)).toEqual([8, 8, 50, 16, 13, 60]);
    expect(cellAt(sheet, "E3").numFmt).toBe("0.00%");
  });

  it("links each row's first cell to the row of the original, as Excel writes a link inside the workbook", async () => {
    expect(await linksOf(out, "Đánh giá - Phụ lục")).toEqual({
      links: [4, 5, 6, 7, 8, 9].map((row, i) => [`A${i + 2}`, `'Phụ lục'!A${row}`]),
      relationships: 0,
    });
  });

  it("colours the verdict, completion and reason cells by verdict, and the header like the table's", async () => {
    const sheet = (await loadWorkbook(out)).getWorksheet("Đánh giá - Phụ lục") as ExcelJS.Worksheet;
    const fills = [3, 4, 5, 6, 7].map((r) =>
      ["A", "D", "E", "F"].map((c) => {
        const fill = cellAt(sheet, `${c}${r}`).fill as ExcelJS.FillPattern | undefined;
        return fill?.fgColor?.argb ?? null;
      }),
    );
    const { met, unmet } = VERDICT_STYLES;
    const noData = VERDICT_STYLES["no-data"];
    expect(fills).toEqual([
      [null, met.fill, met.fill, met.fill],
      [null, unmet.fill, unmet.fill, unmet.fill],
      [null, noData.fill, noData.fill, noData.fill],
      [null, met.fill, met.fill, met.fill],
      [null, unmet.fill, unmet.fill, unmet.fill],
    ]);
    expect(cellAt(sheet, "D3").font?.color).toEqual({ argb: met.font });
    expect(cellAt(sheet, "D2").font?.bold).toBe(true);
    expect(cellAt(sheet, "A1").font).toEqual({ bold: true, name: "Times New Roman" });
  });

  it("changes no cell of the original sheets", async () => {
    await expectOriginalKept(input, out);
  });

  it("says the same in JSON and in English", async () => {
    const json = await run(["--format", "json", "--lang", "en", "--out", at("wide.en.xlsx"), input]);
    expect(json.code).toBe(0);
    const file = (JSON.parse(json.stdout) as JsonReport).files[0];
    expect(file?.verdictSheets).toEqual([
      {
        sheet: "Phụ lục",
        headerRow: 3,
        verdictSheet: "Verdicts - Phụ lục",
        message:
          "The verdict columns are on a sheet of their own, “Verdicts - Phụ lục”, because the table reaches the sheet's last column (XFD).",
      },
    ]);
    const sheet = (await loadWorkbook(at("wide.en.xlsx"))).getWorksheet("Verdicts - Phụ lục");
    expect(rowsOf(sheet as ExcelJS.Worksheet)[0]).toEqual([
      "Row",
      "No.",
      "Task",
      "Verdict",
      "Completion",
      "Reason",
    ]);
  });
});

describe("a table whose own columns end at XFD (it starts at XFA)", () => {
  it("links back to the table's first column", async () => {
    const input = await writeWide(at("xfa.xlsx"), XFA, false);
    const out = at("xfa.checked.xlsx");
    const result = await run(["--out", out, input]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect((await loadWorkbook(out)).worksheets.map((s) => s.name)).toEqual([
      "Phụ lục",
      "Đánh giá - Phụ lục",
      "Khác",
    ]);
    const sheet = (await loadWorkbook(out)).getWorksheet("Đánh giá - Phụ lục") as ExcelJS.Worksheet;
    expect(rowsOf(sheet).slice(0, HEADER_AND_ROWS.length)).toEqual(HEADER_AND_ROWS);
    expect((await linksOf(out, "Đánh giá - Phụ lục")).links[0]).toEqual(["A2", "'Phụ lục'!XFA4"]);
    await expectOriginalKept(input, out);
  });
});

describe("a name already taken and a table with room beside it", () => {
  it("takes the next free name", async () => {
    const file = at("taken.xlsx");
    await writeWide(file, 1, true);
    const workbook = await loadWorkbook(file);
    workbook.addWorksheet("ĐÁNH GIÁ - PHỤ LỤC");
    await workbook.xlsx.writeFile(file);
    const out = at("taken.checked.xlsx");
    const result = await run(["--out", out, file]);
    expect(result.code).toBe(0);
    expect((await loadWorkbook(out)).worksheets.map((s) => s.name)).toEqual([
      "Phụ lục",
      "Đánh giá - Phụ lục (2)",
      "Khác",
      "ĐÁNH GIÁ - PHỤ LỤC",
    ]);
    expect(lines(result.stdout)).toContain(
      "Cột đánh giá ở trang riêng “Đánh giá - Phụ lục (2)” vì bảng đã chạm cột cuối của trang (XFD).",
    );
  });

  it("still writes beside a table that leaves room", async () => {
    const input = await writeWide(at("narrow.xlsx"), 1, false);
    const out = at("narrow.checked.xlsx");
    const result = await run(["--out", out, input]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(lines(result.stdout).slice(-1)).toEqual([`Đã ghi bản có đánh giá: ${out}`]);
    const workbook = await loadWorkbook(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Phụ lục", "Khác"]);
    const sheet = workbook.getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    expect(["E3", "F3", "G3", "E5"].map((a) => cellAt(sheet, a).value)).toEqual([
      "Đánh giá",
      "Mức độ hoàn thành",
      "Lý do",
      "Đạt",
    ]);
  });
});
