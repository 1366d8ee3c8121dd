/**
 * par-check on the seed appendix copied deep into folders with long Vietnamese names: whatever the width,
 * the report names the file whole (its heading lines join back to the one-line heading exactly) and
 * judges the seed as ever, 20 of 26 tasks met.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { displayWidth } from "../../src/cli/render";
import type { JsonReport } from "../../src/cli/render";
import { FIXTURE_DIR, headings, lines, useTempDir } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();

/** 150 characters or more by themselves, wherever the temp folder is. */
const FOLDERS = [
  "Thư mục kiểm tra đường dẫn rất dài của người dùng",
  "Báo cáo cải cách hành chính năm 2024 của Ủy ban nhân dân xã",
  "Phụ lục kèm theo kế hoạch số 62 ngày 15 tháng 11",
];
const NAME = "Phụ lục kết quả thực hiện.xlsx";

let dir = "";
let file = "";
const heading = (): string => `${file} · trang “Phụ lục” · dòng tiêu đề 5`;

beforeAll(async () => {
  dir = path.join(tmp(), ...FOLDERS);
  await fs.mkdir(dir, { recursive: true });
  file = path.join(dir, NAME);
  await fs.copyFile(path.join(FIXTURE_DIR, "appendix.xlsx"), file);
});

it("puts the copy at an absolute path over 150 characters", () => {
  expect(path.isAbsolute(file)).toBe(true);
  expect(file.length).toBeGreaterThan(150);
});

it("judges the seed as ever: 20 of 26 met", async () => {
  const { code, stdout, stderr } = await run(["--format", "json", file]);
  expect([code, stderr]).toEqual([0, ""]);
  const report = JSON.parse(stdout) as JsonReport;
  expect(report.files.map((f) => [f.file, f.tables.map((t) => [t.sheet, t.headerRow])])).toEqual([
    [file, [["Phụ lục", 5]]],
  ]);
  const { tasks, met, unmet, noData, review } = report.files[0]?.tables[0]?.summary ?? {};
  expect({ tasks, met, unmet, noData, review }).toEqual({
    tasks: 26,
    met: 20,
    unmet: 5,
    noData: 1,
    review: 0,
  });
});

describe.each<[string, number | undefined]>([
  ["the default 100 columns", undefined],
  ["40 columns", 40],
  ["60 columns", 60],
  ["160 columns", 160],
  ["300 columns", 300],
])("the text report in %s", (_name, columns) => {
  const width = columns ?? 100;
  let out: string[] = [];
  let stdout = "";

  beforeAll(async () => {
    const result = await run([file], columns);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    stdout = result.stdout;
    out = lines(stdout);
  });

  it("names the file, sheet and header row whole", () => {
    expect(headings(stdout)).toEqual([heading()]);
  });

  it("keeps every line within the width", () => {
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("counts 20 of 26 met", () => {
    expect(out.filter((line) => line.startsWith("Toàn bảng: 20/26 đạt (76,92%);"))).toHaveLength(1);
    expect(out[out.length - 1]).toBe("Đã kiểm tra 1 bảng trong 1/1 tệp.");
  });
});

describe("the heading's layout", () => {
  it("is one line when the width allows it", async () => {
    const { stdout } = await run([file], displayWidth(heading()));
    expect(lines(stdout)[0]).toBe(heading());
    expect(lines(stdout)[1]).toMatch(/^Cột: A “Số TT”/);
  });

  it("puts the file alone, then the sheet and header row, when it is not", async () => {
    const { stdout } = await run([file], displayWidth(file));
    expect(lines(stdout).slice(0, 3)).toEqual([
      file,
      "  · trang “Phụ lục” · dòng tiêu đề 5",
      "Cột: A “Số TT” · B “Nội dung công việc” · C “Yêu cầu năm 2024” · D “Kết quả thực hiện”",
    ]);
  });

  it("breaks a path too long for a line after its separators, in 40 columns, in English too", async () => {
    const { stdout } = await run(["--lang", "en", file], 40);
    const out = lines(stdout);
    const end = out.findIndex((line) => line.startsWith("Columns: "));
    const block = out.slice(0, end);
    expect(block[block.length - 1]).toBe("  · sheet “Phụ lục” · header row 5");
    const pieces = block.slice(0, -1).map((line, i) => (i === 0 ? line : line.slice(2)));
    expect(pieces.join("")).toBe(file);
    expect(pieces[pieces.length - 1]?.endsWith(NAME.slice(-5))).toBe(true);
    expect(headings(stdout)).toEqual([`${file} · sheet “Phụ lục” · header row 5`]);
  });
});

describe("--out and --summary into the long folder, on a narrow terminal", () => {
  let stdout = "";
  let stderr = "";
  let code = -1;
  const out = (): string => path.join(dir, "Bản có đánh giá");
  const summary = (): string => path.join(dir, "Sổ tổng hợp các đơn vị.xlsx");

  beforeAll(async () => {
    const other = path.join(dir, "Đơn vị thứ hai có tên tệp rất dài để không vừa một dòng.xlsx");
    await fs.copyFile(file, other);
    await fs.mkdir(out(), { recursive: true });
    code = await main([dir, "--out", out(), "--summary", summary()], {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      isTTY: false,
      columns: 40,
      stderrIsTTY: true,
    });
  });

  it("names each file whole in the progress display", () => {
    expect(code).toBe(0);
    // Each drawing: "[bar] count name" on one line, or the name on lines of its own below the count.
    const drawn = stderr.split("\r").filter((chunk) => /^(\[[#-]+\] )?\d+\/\d+/.test(chunk));
    const names = drawn.map((chunk) => {
      const [first = "", ...below] = chunk.replace(/\u001b\[K[^]*$/, "").split("\n");
      const inline = /^(?:\[[#-]+\] )?\d+\/\d+(?: (.*))?$/.exec(first)?.[1];
      return inline ?? below.map((line, i) => (i === 0 ? line : line.slice(2))).join("");
    });
    expect(names).toEqual([
      "Phụ lục kết quả thực hiện.xlsx",
      "Đơn vị thứ hai có tên tệp rất dài để không vừa một dòng.xlsx",
    ]);
  });

  it("names every file it wrote in full", () => {
    const closing = lines(stdout).slice(-3);
    expect(closing).toEqual([
      `Đã ghi bản có đánh giá: ${path.join(out(), "Phụ lục kết quả thực hiện.checked.xlsx")}`,
      `Đã ghi bản có đánh giá: ${path.join(out(), "Đơn vị thứ hai có tên tệp rất dài để không vừa một dòng.checked.xlsx")}`,
      `Đã tổng hợp 2 đơn vị vào ${summary()}`,
    ]);
  });

  it("names both tables' files whole", () => {
    expect(headings(stdout)).toEqual([
      heading(),
      `${path.join(dir, "Đơn vị thứ hai có tên tệp rất dài để không vừa một dòng.xlsx")} · trang “Phụ lục” · dòng tiêu đề 5`,
    ]);
  });
});
