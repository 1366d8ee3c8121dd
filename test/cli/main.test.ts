import { promises as fs } from "fs";
import * as path from "path";
import { finding, type FileProblem, type FindingCode } from "../../src/core";
import { VERDICTS } from "../../src/core/types";
import { CLI, describe as describeIssue } from "../../src/i18n";
import { displayWidth } from "../../src/cli/render";
import {
  FIXTURE_DIR,
  headings,
  joinNamed,
  lines,
  useTempDir,
  writeMessyWorkbook,
  writeWorkbook,
} from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const SAMPLE = path.join(FIXTURE_DIR, "appendix.xlsx");
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON output is checked key by key below.
type Json = any;

async function json(argv: string[]): Promise<{ code: number; report: Json; stderr: string }> {
  const result = await run(["--format", "json", ...argv]);
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}

describe("a workbook with merged cells, percent formats, NFD text and two tables", () => {
  let file = "";
  beforeAll(async () => {
    file = await writeMessyWorkbook(at("messy.xlsx"));
  });

  it("finds both tables and judges every task", async () => {
    const { code, report, stderr } = await json([file]);
    expect([code, stderr]).toEqual([0, ""]);
    const tables = report.files[0].tables;
    expect(tables.map((t: Json) => [t.sheet, t.headerRow])).toEqual([
      ["Phụ lục", 5],
      ["Phụ lục", 14],
    ]);
    expect(tables[0].tasks.map((t: Json) => [t.ordinal, t.row, t.section, t.verdict])).toEqual([
      ["1", 7, "I", "met"],
      ["2", 9, "I", "unmet"],
      ["3", 10, "I", "unmet"],
    ]);
    expect(tables[1].tasks.map((t: Json) => [t.ordinal, t.row, t.section, t.verdict])).toEqual([
      ["1", 16, "II", "met"],
      ["2", 17, "II", "met"],
    ]);
  });

  it("reads 0.8333 formatted 0.00% as 83,33% against “đạt từ 70%”", async () => {
    const { report } = await json([file]);
    const [first, second] = report.files[0].tables[0].tasks;
    expect(first.completion).toBeCloseTo(100, 2);
    expect(second.completion).toBeCloseTo(83.33, 2);
  });

  it("keeps the task whose number is merged over two rows as one task spanning both", async () => {
    const { report } = await json([file]);
    const first = report.files[0].tables[0].tasks[0];
    expect(first.rows).toEqual([7, 8]);
    expect(first.content.normalize("NFC")).toContain("trên tổng số TTHC");
  });

  it("prints a readable Vietnamese report for both tables, within 100 columns", async () => {
    const { code, stdout, stderr } = await run([file]);
    expect([code, stderr]).toEqual([0, ""]);
    const out = lines(stdout);
    expect(headings(stdout)).toEqual([
      `${file} · trang “Phụ lục” · dòng tiêu đề 5`,
      `${file} · trang “Phụ lục” · dòng tiêu đề 14`,
    ]);
    expect(out.filter((line) => line.startsWith("Toàn bảng: "))).toHaveLength(2);
    expect(out[out.length - 1]).toBe("Đã kiểm tra 2 bảng trong 1/1 tệp.");
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });
});

describe("JSON output", () => {
  it("has the documented keys and types", async () => {
    const { code, report } = await json([SAMPLE]);
    expect(code).toBe(0);
    expect(report.files).toHaveLength(1);
    const file = report.files[0];
    expect(file).toEqual(expect.objectContaining({ file: SAMPLE, findings: [], tables: expect.any(Array) }));
    expect(file.tables).toHaveLength(1);
    const table = file.tables[0];
    expect(table).toEqual(
      expect.objectContaining({
        sheet: "Phụ lục",
        headerRow: 5,
        tasks: expect.any(Array),
        sections: expect.any(Array),
        findings: expect.any(Array),
        summary: expect.objectContaining({
          tasks: 26,
          met: expect.any(Number),
          unmet: expect.any(Number),
          noData: expect.any(Number),
          review: expect.any(Number),
        }),
      }),
    );
    const { met, unmet, noData, review } = table.summary;
    expect(met + unmet + noData + review).toBe(26);
    for (const task of table.tasks) {
      expect(task).toEqual(
        expect.objectContaining({
          ordinal: expect.stringMatching(/^\d+$/),
          row: expect.any(Number),
          section: expect.stringMatching(/^[IVX]+$/),
          content: expect.any(String),
          target: expect.any(String),
          result: expect.any(String),
          reasons: expect.any(Array),
        }),
      );
      expect(VERDICTS).toContain(task.verdict);
      expect(task.completion === null || typeof task.completion === "number").toBe(true);
      for (const reason of task.reasons) {
        expect(reason).toEqual(
          expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
        );
        expect(reason.message).toBe(describeIssue({ code: reason.code, params: reason.params }, "vi"));
      }
    }
    for (const finding of table.findings) {
      expect(finding).toEqual(
        expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
      );
      if (finding.cell !== undefined) expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it("gives English messages with --lang en", async () => {
    const { report } = await json(["--lang", "en", SAMPLE]);
    const table = report.files[0].tables[0];
    const messages: Json[] = [...table.findings, ...table.tasks.flatMap((t: Json) => t.reasons)];
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.message).toBe(describeIssue({ code: m.code, params: m.params }, "en"));
    expect(table.findings.find((f: Json) => f.code === "numbering-gap")?.message).toMatch(/^Numbering jumps/);
  });
});

describe("--lang en", () => {
  it("switches every text of the report to English", async () => {
    const { code, stdout } = await run(["--lang", "en", SAMPLE]);
    expect(code).toBe(0);
    expect(headings(stdout)).toEqual([`${SAMPLE} · sheet “Phụ lục” · header row 5`]);
    expect(stdout).toContain("No.  Verdict");
    expect(stdout).toMatch(/^\d+ +Met +/m);
    expect(stdout).toMatch(/^Whole table: \d+\/26 met/m);
    expect(stdout).toContain("Numbering jumps from 2 to 4");
    // Vietnamese words may only appear inside quotes from the table itself.
    for (const word of [
      "Đánh giá",
      "Lý do",
      "Toàn bảng",
      "Theo mục",
      "trang “",
      "dòng tiêu đề",
      "Đã kiểm tra",
    ]) {
      expect(stdout).not.toContain(word);
    }
    expect(stdout).not.toMatch(/^\d+ +(Đạt|Chưa đạt|Chưa có số liệu|Cần xem lại) /m);
  });
});

describe("files that cannot be checked", () => {
  interface BadCase {
    readonly name: string;
    readonly file: string;
    readonly make: (file: string) => Promise<unknown>;
    readonly code: string;
    /** The whole stderr line, or a part of it after "<file>: ". */
    readonly line: (file: string) => string;
    readonly exact: boolean;
  }
  const message = (code: FindingCode, file: string, detail?: FileProblem): string =>
    describeIssue(finding(code, "error", detail === undefined ? { file } : { file, detail }), "vi");

  const cases: readonly BadCase[] = [
    {
      name: "a missing file",
      file: "missing.xlsx",
      make: async () => undefined,
      code: "file-not-found",
      line: (f) => message("file-not-found", f),
      exact: true,
    },
    {
      name: "a PDF renamed .xlsx",
      file: "report.xlsx",
      make: (f) => fs.writeFile(f, "%PDF-1.5\n%µµµµ\n1 0 obj"),
      code: "unsupported-format",
      line: (f) => message("unsupported-format", f, "pdf"),
      exact: true,
    },
    {
      name: "a text file renamed .xlsx",
      file: "notes.xlsx",
      make: (f) => fs.writeFile(f, "Số TT\tNội dung công việc\n1\tx\n"),
      code: "unsupported-format",
      line: (f) => message("unsupported-format", f, "text"),
      exact: true,
    },
    {
      name: "a corrupt .xlsx",
      file: "corrupt.xlsx",
      make: async (f) => {
        const good = await fs.readFile(SAMPLE);
        await fs.writeFile(f, good.subarray(0, Math.floor(good.length / 2)));
      },
      code: "unreadable",
      line: (f) => message("unreadable", f, "damaged-zip"),
      exact: true,
    },
    {
      name: "a password-protected .xlsx",
      file: "protected.xlsx",
      make: (f) =>
        fs.writeFile(
          f,
          Buffer.concat([CFB, Buffer.from("junk".repeat(200)), Buffer.from("EncryptedPackage", "utf16le")]),
        ),
      code: "password-protected",
      line: (f) => message("password-protected", f),
      exact: true,
    },
    {
      name: "an empty file",
      file: "empty.xlsx",
      make: (f) => fs.writeFile(f, ""),
      code: "empty-file",
      line: (f) => message("empty-file", f),
      exact: true,
    },
    {
      name: "a sheet with no table",
      file: "letter.xlsx",
      make: (f) =>
        writeWorkbook(f, [
          {
            name: "Công văn",
            rows: [
              ["ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH"],
              ["Về việc báo cáo kết quả CCHC"],
              ["Kính gửi: UBND huyện Định Hóa"],
            ],
          },
        ]),
      code: "no-table",
      line: () => "Không tìm thấy bảng phụ lục trên trang “Công văn”",
      exact: false,
    },
    {
      name: "a table without a target column",
      file: "no-target.xlsx",
      make: (f) =>
        writeWorkbook(f, [
          {
            name: "Phụ lục",
            rows: [
              ["Số TT", "Nội dung công việc", "Kết quả thực hiện"],
              ["I", "CẢI CÁCH THỂ CHẾ"],
              [1, "Rà soát văn bản QPPL", "Đã thực hiện xong"],
              [2, "Kiểm tra công vụ", "Đã kiểm tra ngày 02/10/2024"],
            ],
          },
        ]),
      code: "no-target-column",
      line: () => "Bảng ở trang “Phụ lục” (tiêu đề dòng 1) không có cột yêu cầu/chỉ tiêu",
      exact: false,
    },
    {
      name: "a table without a result column",
      file: "no-result.csv",
      make: (f) =>
        fs.writeFile(
          f,
          "Số TT,Nội dung công việc,Yêu cầu năm 2024\nI,CẢI CÁCH THỂ CHẾ,\n1,Rà soát văn bản QPPL,Hoàn thành 100% kế hoạch\n2,Kiểm tra công vụ,Có kế hoạch kiểm tra\n",
        ),
      code: "no-result-column",
      line: () => "Bảng ở trang “no-result” (tiêu đề dòng 1) không có cột kết quả",
      exact: false,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))(
    "reports %s in one line naming the file",
    async (_name, c) => {
      const file = at(c.file);
      await c.make(file);
      const { code, stdout, stderr } = await run([file]);
      expect(code).toBe(1);
      const err = lines(stderr);
      expect(err).toHaveLength(1);
      const line = err[0] ?? "";
      expect(line).toContain(file);
      if (c.exact) expect(line).toBe(c.line(file));
      else expect(line.startsWith(`${file}: ${c.line(file)}`)).toBe(true);
      expect(stdout).toContain("Đã kiểm tra 0 bảng trong 0/1 tệp.");

      const { report } = await json([file]);
      expect(report.files[0].findings.map((f: Json) => f.code)).toEqual([c.code]);
      expect(report.files[0].tables).toEqual([]);
    },
  );

  it("still checks the good file next to a bad one, and exits 0", async () => {
    const bad = at("protected.xlsx");
    const { code, stdout, stderr } = await run([bad, SAMPLE]);
    expect(code).toBe(0);
    expect(lines(stderr)).toEqual([message("password-protected", bad)]);
    expect(headings(stdout)).toEqual([`${SAMPLE} · trang “Phụ lục” · dòng tiêu đề 5`]);
    expect(stdout).toContain("Đã kiểm tra 1 bảng trong 1/2 tệp.");
  });

  it("exits 1 when no file could be checked, with one line per file", async () => {
    const files = cases.map((c) => at(c.file));
    const { code, stderr } = await run(files);
    expect(code).toBe(1);
    const err = lines(stderr);
    expect(err).toHaveLength(files.length);
    err.forEach((line, i) => expect(line).toContain(files[i]));
  });
});

describe("workbooks with several sheets", () => {
  it("does not complain about sheets without a table when another sheet has one", async () => {
    const file = at("two-sheets.xlsx");
    await writeWorkbook(file, [
      { name: "Ghi chú", rows: [["Số liệu tính đến ngày 15/11/2024"]] },
      {
        name: "PL",
        rows: [
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          [1, "Công khai TTHC", "Công khai 100% số TTHC", "Công khai 100% số TTHC"],
        ],
      },
      { name: "Sheet3", rows: [] },
    ]);
    const { code, stdout, stderr } = await run([file]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(headings(stdout)).toEqual([`${file} · trang “PL” · dòng tiêu đề 1`]);
    // The note on the other sheets is the block before the closing one.
    const out = lines(stdout);
    const closing = out.indexOf("Đã kiểm tra 1 bảng trong 1/1 tệp.");
    const note = out.slice(out.lastIndexOf("", closing - 2) + 1, closing - 1);
    expect(joinNamed(note, file)).toBe(`${file}: các trang không có bảng phụ lục: “Ghi chú”, “Sheet3”.`);
  });

  it("reports each non-empty sheet when none has a table", async () => {
    const file = at("no-tables.xlsx");
    await writeWorkbook(file, [
      { name: "A", rows: [["Báo cáo"]] },
      { name: "B", rows: [["Ghi chú"]] },
      { name: "Sheet3", rows: [] },
    ]);
    const { code, stderr } = await run([file]);
    expect(code).toBe(1);
    const err = lines(stderr);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: .*“A”`));
    expect(err[1]).toContain("“B”");
  });
});

describe("usage", () => {
  it.each<[string, string[]]>([
    ["no arguments", []],
    ["an unknown option", ["--verbose", "a.xlsx"]],
    ["a bad --lang", ["--lang", "fr", "a.xlsx"]],
    ["a bad --format", ["--format", "xml", "a.xlsx"]],
    ["--out without a value", ["a.xlsx", "--out"]],
  ])("exits 2 with the usage text for %s", async (_name, argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^par-check: .* Xem par-check --help\.\n\nCách dùng: par-check/);
  });

  it("prints help on stdout and exits 0", async () => {
    expect(await run(["--help"])).toEqual({ code: 0, stdout: CLI.vi.usage, stderr: "" });
    expect(await run(["--lang", "en", "-h"])).toEqual({ code: 0, stdout: CLI.en.usage, stderr: "" });
  });
});

describe(".csv and .tsv input", () => {
  it("reads a csv whose quoted cell spans two lines", async () => {
    const file = at("quoted.csv");
    await fs.writeFile(
      file,
      [
        "Số TT,Nội dung công việc,Yêu cầu năm 2024,Kết quả thực hiện",
        "I,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,",
        '8,"Công khai đầy đủ TTHC trên Trang thông tin điện tử',
        'và tại Bộ phận Một cửa",Công khai 100% số TTHC,"Công khai 100% số TTHC, đảm bảo đúng quy định"',
        "9,Tạo lập hồ sơ điện tử,100% hồ sơ được tạo lập,Đã thực hiện đạt 100%",
        "",
      ].join("\r\n"),
    );
    const { code, report } = await json([file]);
    expect(code).toBe(0);
    const [table] = report.files[0].tables;
    expect(table.sheet).toBe("quoted");
    expect(table.tasks.map((t: Json) => [t.ordinal, t.row, t.verdict, t.completion])).toEqual([
      ["8", 3, "met", 100],
      ["9", 4, "met", 100],
    ]);
    expect(table.tasks[0].content).toMatch(/điện tử\s+và tại Bộ phận Một cửa/);
  });

  it("reads a ';'-separated csv with decimal commas", async () => {
    const file = at("semicolon.csv");
    await fs.writeFile(
      file,
      "\uFEFFSố TT;Nội dung công việc;Yêu cầu năm 2024;Kết quả thực hiện\n" +
        "VI;XÂY DỰNG CHÍNH QUYỀN SỐ;;\n" +
        "23;Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ;Đạt từ 70%;Đạt 22,32%\n" +
        "24;Tỷ lệ hồ sơ giải quyết trực tuyến;Đạt từ 50% trở lên;Đạt 98,42%\n",
    );
    const { code, report } = await json([file]);
    expect(code).toBe(0);
    const tasks = report.files[0].tables[0].tasks;
    expect(tasks.map((t: Json) => [t.ordinal, t.section, t.verdict])).toEqual([
      ["23", "VI", "unmet"],
      ["24", "VI", "met"],
    ]);
    expect(tasks[0].completion).toBeCloseTo(31.89, 2);
    expect(tasks[1].completion).toBeCloseTo(100, 2);
  });
});
