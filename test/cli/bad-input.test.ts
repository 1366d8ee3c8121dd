/**
 * A catalogue of unusual and hostile inputs, each built here: the exit code, the one line that names the file
 * and its cause, and that nothing the officer typed is changed.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SEED_DIR } from "../helpers/seed";
import { useTempDir } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const SEED = path.join(SEED_DIR, "appendix.tsv");

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

/** A one-table workbook whose result cells are set by `fill` (ExcelJS cell values of any kind). */
async function workbookWith(
  name: string,
  results: ExcelJS.CellValue[],
  setup?: (wb: ExcelJS.Workbook) => void,
) {
  const workbook = new ExcelJS.Workbook();
  setup?.(workbook);
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.addRow(HEADER);
  results.forEach((value, i) => {
    const row = sheet.addRow([i + 1, `Nhiệm vụ ${i + 1}`, "Hoàn thành 100%", null]);
    row.getCell(4).value = value;
  });
  const file = at(name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function json(file: string): Promise<{
  code: number;
  report: { files: { tables: { tasks: { verdict: string; result: string }[] }[] }[] };
}> {
  const { code, stdout } = await run(["--format", "json", file]);
  return { code, report: JSON.parse(stdout) };
}

describe("cells as Excel holds them", () => {
  it("reads rich text as its words", async () => {
    const file = await workbookWith("rich.xlsx", [
      { richText: [{ text: "Đã " }, { font: { bold: true }, text: "hoàn thành" }, { text: " 100%" }] },
    ]);
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.files[0]?.tables[0]?.tasks.map((t) => [t.result, t.verdict])).toEqual([
      ["Đã hoàn thành 100%", "met"],
    ]);
  });

  it("reads a formula without a cached value as nothing, and an error value as no result", async () => {
    const file = await workbookWith("formulas.xlsx", [
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { formula: "A1+1" } as ExcelJS.CellValue,
      { error: "#N/A" },
    ]);
    const { code, report } = await json(file);
    expect(code).toBe(0);
    const verdicts = report.files[0]?.tables[0]?.tasks.map((t) => t.verdict);
    expect(verdicts).toHaveLength(3);
    expect(verdicts?.every((v) => v === "no-data" || v === "review")).toBe(true);
  });

  it("reads dates of a 1904 workbook", async () => {
    const file = await workbookWith("dates-1904.xlsx", [new Date(Date.UTC(2024, 11, 10))], (wb) => {
      wb.properties.date1904 = true;
    });
    const { code } = await json(file);
    expect(code).toBe(0);
  });
});

describe("delimited text", () => {
  it.each([
    ["NUL bytes", Buffer.from("Số TT\u0000,Nội dung\n"), "nội dung nhị phân"],
    [
      "an unterminated quote",
      Buffer.from('Số TT,Nội dung,Yêu cầu,Kết quả\n1,"Việc,100%,Đạt\n'),
      "lỗi dấu ngoặc kép ở dòng 2",
    ],
  ])("refuses %s in one line naming the file", async (_case, bytes, cause) => {
    const file = at(`bad-${_case.length}.csv`);
    await fs.writeFile(file, bytes);
    const { code, stderr } = await run([file]);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${file}: `)).toBe(true);
    expect(lines[0]).toContain(cause);
  });

  it("reads a csv whose first line has more ';' than ',' as ';'-separated", async () => {
    const file = at("mixed.csv");
    await fs.writeFile(
      file,
      "Số TT;Nội dung công việc;Yêu cầu;Kết quả thực hiện\n1;Việc một, hai;100%;Đạt 100%\n",
    );
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.files[0]?.tables[0]?.tasks.map((t) => t.verdict)).toEqual(["met"]);
  });
});

describe("the run itself", () => {
  it("checks the same file given twice, twice", async () => {
    const { code, stdout } = await run(["--format", "json", SEED, SEED]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { files: unknown[] }).files).toHaveLength(2);
  });

  it("refuses --out equal to the input, and leaves the input as it was", async () => {
    const file = at("own.xlsx");
    await workbookWith("own.xlsx", ["Đạt 100%"]);
    const before = await fs.readFile(file);
    const { code, stderr } = await run([file, "--out", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("trùng với tệp đầu vào");
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  it("makes the folders --out goes into when they are not there", async () => {
    const out = at(path.join("no", "such", "folder", "out.xlsx"));
    const { code, stdout } = await run([SEED, "--out", out]);
    expect(stdout).toContain("20/26 đạt");
    expect(code).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  });

  it.each([
    // /sys cannot be written, even by root (a chmod'ed folder can be, by root).
    [
      "a folder that cannot be written",
      () => "/sys/par-check-copy.xlsx",
      "không có quyền ghi vào /sys/par-check-copy.xlsx",
    ],
    [
      "a folder whose name is a file's",
      () => at(path.join("plain-file", "copy.xlsx")),
      `${"<tmp>"}${path.sep}plain-file là một tệp, không phải thư mục`,
    ],
  ])("says why a copy into %s is not written, checks the file, and exits 1", async (_case, out, cause) => {
    await fs.writeFile(at("plain-file"), "");
    const target = out();
    const { code, stdout, stderr } = await run([SEED, "--out", target]);
    expect(stdout).toContain("20/26 đạt");
    expect(code).toBe(1);
    expect(stderr.replaceAll(tmp(), "<tmp>").trim().split("\n")).toEqual([
      `${SEED}: không ghi được bản có đánh giá (${cause}).`,
    ]);
  });

  it("says why a summary into a folder that cannot be written is not written", async () => {
    const { code, stderr } = await run([SEED, "--summary", "/sys/par-check-summary.xlsx"]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "par-check: không ghi được sổ tổng hợp /sys/par-check-summary.xlsx (không có quyền ghi vào /sys/par-check-summary.xlsx).",
    ]);
  });

  it("walks a folder holding a symlink loop without following it", async () => {
    const dir = at("loop");
    await fs.mkdir(dir, { recursive: true });
    await fs.copyFile(SEED, path.join(dir, "unit.tsv"));
    await fs.symlink(dir, path.join(dir, "again"));
    const { code, stderr } = await run([dir, "--summary", at("loop-summary.xlsx")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
