import { existsSync, promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { describeCounts } from "../../src/core/annotate";
import { columnLetter } from "../../src/core/address";
import { rowHeight, wrappedLines } from "../../src/core/report";
import type { TableResult, TaskResult, VerdictCounts } from "../../src/core/types";
import { ENGINE } from "../../src/i18n";
import type { FileReport } from "../../src/cli/check";
import type { JsonReport, JsonTable } from "../../src/cli/render";
import { VERDICT_STYLES, writeAnnotated } from "../../src/cli/write";
import {
  cellAt,
  cellValues,
  FIXTURE_DIR,
  lines,
  loadWorkbook,
  useTempDir,
  writeMessyWorkbook,
  writeWorkbook,
} from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const SAMPLE = path.join(FIXTURE_DIR, "appendix.xlsx");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell the input has (values and styles), compared with the same cell of the output. */
async function expectOriginalKept(input: string, output: string): Promise<void> {
  const before = await load(input);
  const after = await load(output);
  expect(after.worksheets.map((s) => s.name)).toEqual(before.worksheets.map((s) => s.name));
  for (const sheet of before.worksheets) {
    const copy = after.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    expect(copy.model.merges.sort()).toEqual(sheet.model.merges.sort());
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const twin = cellAt(copy, cell.address);
        const style = (c: ExcelJS.Cell): unknown =>
          JSON.parse(JSON.stringify([c.font, c.fill, c.border, c.numFmt]));
        expect([cell.address, twin.value, style(twin)]).toEqual([cell.address, cell.value, style(cell)]);
      });
    });
  }
  // No original value lost or changed: a cell-by-cell comparison of values.
  const values = await cellValues(output);
  for (const [address, value] of await cellValues(input))
    expect([address, values.get(address)]).toEqual([address, value]);
}

async function checkedJson(
  argv: string[],
): Promise<{ code: number; report: JsonReport; stdout: string; stderr: string }> {
  const result = await run(["--format", "json", ...argv]);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

describe("--out on the sample workbook", () => {
  let out = "";
  let table: JsonTable;
  let inputBytes: Buffer;

  beforeAll(async () => {
    inputBytes = await fs.readFile(SAMPLE);
    out = at("sample.checked.xlsx");
    const { code, report, stderr } = await checkedJson(["--out", out, SAMPLE]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(report.files[0]?.output).toBe(out);
    table = report.files[0]?.tables[0] as JsonTable;
  });

  it("never touches the input file", async () => {
    expect((await fs.readFile(SAMPLE)).equals(inputBytes)).toBe(true);
  });

  it("keeps every original cell: values, styles and merges", async () => {
    await expectOriginalKept(SAMPLE, out);
  });

  it("adds the three columns with their header, styled like the table's header", async () => {
    const sheet = (await load(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const first = table.freeColumn + 1;
    expect(first).toBe(5);
    const header = [0, 1, 2].map((i) => sheet.getCell(table.headerRow, first + i));
    expect(header.map((c) => c.value)).toEqual(["Đánh giá", "Mức độ hoàn thành", "Lý do"]);
    const own = cellAt(sheet, table.headerRow, table.lastColumn + 1);
    for (const cell of header) {
      expect(cell.font).toEqual(own.font);
      expect(cell.border).toEqual(own.border);
    }
  });

  it("writes each task's verdict, completion and reasons, coloured by verdict", async () => {
    const sheet = (await load(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const E = table.freeColumn + 1;
    for (const task of table.tasks) {
      const [verdict, completion, reason] = [0, 1, 2].map((i) => sheet.getCell(task.row, E + i));
      expect([task.ordinal, verdict?.value]).toEqual([task.ordinal, ENGINE.vi.verdicts[task.verdict]]);
      if (task.completion === null) expect(completion?.value ?? null).toBeNull();
      else {
        expect(completion?.value).toBe(Number((task.completion / 100).toFixed(8)));
        expect(completion?.numFmt).toBe("0.00%");
      }
      expect(reason?.value ?? "").toBe(task.reasons.map((r) => r.message).join(" "));
      expect(reason?.alignment?.wrapText).toBe(true);
      for (const cell of [verdict, completion, reason]) {
        expect(cell?.fill).toEqual({
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: VERDICT_STYLES[task.verdict].fill },
        });
      }
    }
    expect(sheet.getColumn(E + 2).width).toBeGreaterThanOrEqual(50);
  });

  it("writes section subtotals and the summary block under the table", async () => {
    const sheet = (await load(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const E = table.freeColumn + 1;
    for (const section of table.sections.filter((s) => s.row !== null)) {
      expect(sheet.getCell(section.row as number, E).value).toBe(describeCounts(section.summary, ENGINE.vi));
      expect(sheet.getCell(section.row as number, E).font?.bold).toBe(true);
    }
    const top = table.lastRow + 2;
    expect([sheet.getCell(top, E).value, sheet.getCell(top, E + 1).value]).toEqual([
      "Tổng hợp kiểm tra phụ lục",
      describeCounts(table.summary, ENGINE.vi),
    ]);
    expect([sheet.getCell(top + 1, E).value, sheet.getCell(top + 1, E + 1).value]).toEqual([
      "Số nhiệm vụ",
      26,
    ]);
  });

  it("adds cells only in the three added columns", async () => {
    const original = await cellValues(SAMPLE);
    const added = [...(await cellValues(out)).keys()].filter((address) => !original.has(address));
    const letters = [0, 1, 2].map((i) => columnLetter(table.freeColumn + i));
    for (const address of added) expect(letters).toContain(address.replace(/^.*!/, "").replace(/\d+$/, ""));
    expect(added.length).toBeGreaterThan(26 * 2);
  });
});

describe("--out in English", () => {
  it("uses English headers and verdicts", async () => {
    const out = at("english.xlsx");
    const { code, report } = await checkedJson(["--lang", "en", "--out", out, SAMPLE]);
    expect(code).toBe(0);
    const table = report.files[0]?.tables[0] as JsonTable;
    const sheet = (await load(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const E = table.freeColumn + 1;
    expect([0, 1, 2].map((i) => sheet.getCell(table.headerRow, E + i).value)).toEqual([
      "Verdict",
      "Completion",
      "Reason",
    ]);
    const labels = table.tasks.map((t) => sheet.getCell(t.row, E).value);
    expect(labels).toEqual(table.tasks.map((t) => ENGINE.en.verdicts[t.verdict]));
    expect(new Set(labels)).toEqual(new Set(["Met", "Unmet", "No data"]));
  });
});

describe("--out on a messy workbook and on csv", () => {
  it("keeps merged titles, the merged task number and the percent cell of a messy workbook", async () => {
    const input = await writeMessyWorkbook(at("messy.xlsx"));
    const out = at("messy.out.xlsx");
    const { code } = await run(["--out", out, input]);
    expect(code).toBe(0);
    await expectOriginalKept(input, out);
    const sheet = (await load(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    expect(sheet.getCell("D7").value).toBe(0.8333);
    expect(sheet.getCell("D7").numFmt).toBe("0.00%");
    expect(sheet.getCell("E7").value).toBe("Đạt");
  });

  it("writes a new workbook holding a csv's data and the annotations", async () => {
    const input = at("plain.csv");
    const rows = [
      ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
      ["1", "Công khai TTHC", "Công khai 100% số TTHC", "Công khai 100% số TTHC"],
      ["2", "Tỷ lệ hồ sơ trực tuyến", "Đạt từ 70%", "Đạt 22,32%"],
    ];
    await fs.writeFile(
      input,
      rows.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\n"),
    );
    const out = at("plain.xlsx");
    const { code, stdout } = await run(["--out", out, input]);
    expect(code).toBe(0);
    expect(lines(stdout)).toContain(`Đã ghi bản có đánh giá: ${out}`);
    const workbook = await load(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["plain"]);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    rows.forEach((row, r) =>
      row.forEach((value, c) => expect(sheet.getCell(r + 1, c + 1).value).toBe(value)),
    );
    expect([1, 2, 3].map((r) => sheet.getCell(r, 5).value)).toEqual(["Đánh giá", "Đạt", "Chưa đạt"]);
    expect(sheet.getCell(3, 6).value).toBeCloseTo(0.3189, 4);
  });
});

describe("--out row heights", () => {
  it("grows a row with a height of its own to fit the added reason, and leaves the others to Excel", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("PL");
    sheet.addRows([
      ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
      [
        1,
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "Đạt từ 98%",
        "Chưa thống kê được số hồ sơ giải quyết đúng hạn, quá hạn trong năm",
      ],
      [2, "Tỷ lệ hồ sơ trực tuyến", "Đạt từ 70%", "Đạt 22,32%"],
      [3, "Sáng kiến", "Tối thiểu có 01 sáng kiến", "01 sáng kiến"],
    ]);
    sheet.getRow(1).height = 30;
    sheet.getRow(2).height = 15;
    sheet.getRow(4).height = 40;
    const input = at("heights.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = at("heights.checked.xlsx");
    expect((await run([input, "--out", out])).code).toBe(0);

    const copy = (await loadWorkbook(out)).getWorksheet("PL") as ExcelJS.Worksheet;
    const reason = String(cellAt(copy, "G2").value);
    const width = copy.getColumn(7).width ?? 0;
    expect(wrappedLines(reason, width, 11)).toBeGreaterThan(1);
    expect([1, 2, 3, 4].map((r) => copy.getRow(r).height)).toEqual([
      30,
      rowHeight(wrappedLines(reason, width, 11), 11),
      undefined,
      40,
    ]);
  });
});

describe("--out with several files", () => {
  it("writes <basename>.checked.xlsx into the directory, and nothing for a file that failed", async () => {
    const dir = at("checked");
    const csv = at("phu-dinh.tsv");
    await fs.copyFile(path.join(FIXTURE_DIR, "appendix.tsv"), csv);
    const bad = at("broken.xlsx");
    await fs.writeFile(bad, "PK\u0003\u0004 broken");
    const { code, stdout, stderr } = await run(["--out", dir, SAMPLE, csv, bad]);
    expect(code).toBe(0);
    expect(lines(stderr)).toHaveLength(1);
    expect((await fs.readdir(dir)).sort()).toEqual(["appendix.checked.xlsx", "phu-dinh.checked.xlsx"]);
    expect(stdout).toContain(`Đã ghi bản có đánh giá: ${path.join(dir, "appendix.checked.xlsx")}`);
  });

  it("takes a path ending in a slash as a directory to create, even for one file", async () => {
    const dir = `${at("made")}/`;
    const { code } = await run(["--out", dir, SAMPLE]);
    expect(code).toBe(0);
    expect(await fs.readdir(dir)).toEqual(["appendix.checked.xlsx"]);
  });

  it("refuses a single-file --out that is neither .xlsx nor a directory", async () => {
    const { code, stderr } = await run(["--out", at("report.pdf"), SAMPLE]);
    expect(code).toBe(2);
    expect(stderr).toContain("phải là tệp .xlsx hoặc một thư mục có sẵn");
  });

  it("refuses an .xlsx path for several files", async () => {
    const out = at("one.xlsx");
    const { code, stderr } = await run(["--out", out, SAMPLE, path.join(FIXTURE_DIR, "appendix.tsv")]);
    expect(code).toBe(2);
    expect(stderr).toContain(`với nhiều tệp, --out ${out} phải là một thư mục.`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--out never overwrites an input", () => {
  it.each<[string, (input: string) => string]>([
    ["the same path", (input) => input],
    ["the same file through a relative path", (input) => path.relative(process.cwd(), input)],
  ])("refuses %s and leaves the input as it was", async (_name, outFor) => {
    const input = at("keep.xlsx");
    await fs.copyFile(SAMPLE, input);
    const bytes = await fs.readFile(input);
    const { code, stdout, stderr } = await run(["--out", outFor(input), input]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("trùng với tệp đầu vào");
    expect((await fs.readFile(input)).equals(bytes)).toBe(true);
  });
});

describe("writeAnnotated", () => {
  const counts = (tasks: number, met: number): VerdictCounts => ({
    tasks,
    met,
    unmet: tasks - met,
    noData: 0,
    review: 0,
    percentMet: tasks ? (met / tasks) * 100 : null,
    meanCompletion: null,
  });
  const task = (ordinal: string, row: number, verdict: "met" | "unmet"): TaskResult =>
    ({
      ordinal,
      row,
      rows: [row],
      section: null,
      content: "x",
      target: "y",
      result: "z",
      verdict,
      completion: verdict === "met" ? 100 : 50,
      reasons: [],
      subitems: [],
      extras: {},
      cells: { ordinal: `A${row}`, target: `C${row}`, result: `D${row}` },
    }) as unknown as TaskResult;

  it("moves the summary block below a cell that already holds something, and keeps that cell", async () => {
    const input = await writeWorkbook(at("signed.xlsx"), [
      {
        name: "PL",
        rows: [
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          [1, "a", "100%", "100%"],
          [2, "b", "100%", "50%"],
          [],
          [null, null, null, null, "Người lập biểu"],
        ],
      },
    ]);
    const table = {
      sheet: "PL",
      headerRow: 1,
      firstRow: 1,
      lastRow: 3,
      firstColumn: 0,
      lastColumn: 3,
      freeColumn: 4,
      columns: [],
      tasks: [task("1", 2, "met"), task("2", 3, "unmet")],
      sections: [],
      summary: counts(2, 1),
      findings: [],
      rows: [
        { row: 1, kind: "header" },
        { row: 2, kind: "task" },
        { row: 3, kind: "task" },
      ],
    } as unknown as TableResult;
    const report: FileReport = {
      file: input,
      path: input,
      format: "xlsx",
      sheets: [],
      tables: [table],
      findings: [],
      review: null,
    };
    const out = at("signed.out.xlsx");
    expect(await writeAnnotated(report, out, "vi")).toEqual({
      path: out,
      kept: 0,
      placements: [{ sheet: "PL", headerRow: 1, placement: "beside", verdictSheet: "PL" }],
    });
    const sheet = (await load(out)).getWorksheet("PL") as ExcelJS.Worksheet;
    expect(sheet.getCell("E5").value).toBe("Người lập biểu");
    expect(sheet.getCell("E6").value).toBe("Tổng hợp kiểm tra phụ lục");
    expect(sheet.getCell("F6").value).toBe("1/2 đạt (50%)");
    expect(["E2", "E3", "F2", "F3"].map((a) => sheet.getCell(a).value)).toEqual(["Đạt", "Chưa đạt", 1, 0.5]);
    await expectOriginalKept(input, out);
  });

  it("keeps two tables' marks apart on one sheet", async () => {
    const input = await writeWorkbook(at("two-tables.xlsx"), [
      {
        name: "PL",
        rows: [
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          [1, "a", "100%", "100%"],
          [2, "b", "100%", "50%"],
          [],
          [],
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          [1, "c", "100%", "100%"],
          [2, "d", "100%", "100%"],
        ],
      },
    ]);
    const tableAt = (headerRow: number, verdicts: readonly ("met" | "unmet")[]): TableResult =>
      ({
        sheet: "PL",
        headerRow,
        firstRow: headerRow,
        lastRow: headerRow + verdicts.length,
        firstColumn: 0,
        lastColumn: 3,
        freeColumn: 4,
        columns: [],
        tasks: verdicts.map((v, i) => task(String(i + 1), headerRow + 1 + i, v)),
        sections: [],
        summary: counts(verdicts.length, verdicts.filter((v) => v === "met").length),
        findings: [],
        rows: [
          { row: headerRow, kind: "header" },
          ...verdicts.map((_, i) => ({ row: headerRow + 1 + i, kind: "task" })),
        ],
      }) as unknown as TableResult;
    const report: FileReport = {
      file: input,
      path: input,
      format: "xlsx",
      sheets: [],
      tables: [tableAt(1, ["met", "unmet"]), tableAt(6, ["met", "met"])],
      findings: [],
      review: null,
    };
    const out = at("two-tables.out.xlsx");
    expect(await writeAnnotated(report, out, "vi")).toEqual({
      path: out,
      kept: 0,
      placements: [1, 6].map((headerRow) => ({
        sheet: "PL",
        headerRow,
        placement: "beside",
        verdictSheet: "PL",
      })),
    });
    const sheet = (await load(out)).getWorksheet("PL") as ExcelJS.Worksheet;
    const column = (letter: string, from: number, to: number): unknown[] =>
      Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${letter}${from + i}`).value);
    // Table 1's summary would start on row 5, but table 2 owns rows 6-8: it moves to row 9, and table 2's
    // own summary (row 10) moves below it, to row 17.
    expect(column("E", 1, 9)).toEqual([
      "Đánh giá",
      "Đạt",
      "Chưa đạt",
      null,
      null,
      "Đánh giá",
      "Đạt",
      "Đạt",
      "Tổng hợp kiểm tra phụ lục",
    ]);
    expect([sheet.getCell("F9").value, sheet.getCell("E17").value, sheet.getCell("F17").value]).toEqual([
      "1/2 đạt (50%)",
      "Tổng hợp kiểm tra phụ lục",
      "2/2 đạt (100%)",
    ]);
    await expectOriginalKept(input, out);
  });

  it("refuses to write over its own input", async () => {
    const input = at("self.xlsx");
    await fs.copyFile(SAMPLE, input);
    const report: FileReport = {
      file: input,
      path: input,
      format: "xlsx",
      sheets: [],
      tables: [],
      findings: [],
      review: null,
    };
    await expect(writeAnnotated(report, input, "vi")).rejects.toThrow(/refusing to overwrite/);
  });
});
