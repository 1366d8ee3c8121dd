import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  BatchSummary,
  expandInputs,
  progressBar,
  rankUnits,
  SheetNames,
  sheetLink,
  summarizeReport,
  type FlaggedTask,
  type UnitSummary,
} from "../../src/cli/batch";
import { checkFile, type FileReport } from "../../src/cli/check";
import { applyReview, decide } from "../../src/core";
import { main } from "../../src/cli/main";
import { JsonReportStream, renderJson, renderText, TextReportStream } from "../../src/cli/render";
import type { JsonReport } from "../../src/cli/render";
import {
  cellAt,
  FIXTURE_DIR,
  lines,
  loadWorkbook,
  rowsOf,
  useTempDir,
  writeWorkbook,
  type SheetRows,
} from "./helpers";

const tmp = useTempDir();
const at = (...parts: string[]): string => path.join(tmp(), ...parts);

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];
/** Task rows whose verdicts the engine settles without doubt. */
const MET_1 = ["Đề xuất sáng kiến về CCHC", "Tối thiểu có 01 sáng kiến", "Có 02 sáng kiến được công nhận"];
const MET_2 = ["Thu ngân sách", "Hoàn thành 100% chỉ tiêu đề ra", "Thu ngân sách hoàn thành 100%"];
const UNMET = ["Triển khai các nhiệm vụ", "Hoàn thành 100% nhiệm vụ", "Hoàn thành 5/6 nhiệm vụ"];
const NO_DATA = ["Thống kê nhiệm vụ", "Hoàn thành 100% nhiệm vụ", "Chưa thống kê được"];
const REVIEW = ["Tỷ lệ văn bản được ký số", "đạt từ 70%", "Chưa đạt 100%"];

function table(tasks: readonly (readonly string[])[]): SheetRows {
  return [HEADER, ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"], ...tasks.map((task, i) => [i + 1, ...task])];
}

function csvLine(cells: readonly unknown[]): string {
  return cells.map((cell) => `"${String(cell ?? "").replace(/"/g, '""')}"`).join(",");
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON output is checked key by key below.
type Json = any;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly progress: number[];
}

async function run(
  argv: readonly string[],
  stderrIsTTY?: boolean,
  columns?: number,
  stderrColumns?: number,
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const progress: number[] = [];
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: false,
    ...(stderrIsTTY === undefined ? {} : { stderrIsTTY }),
    ...(columns === undefined ? {} : { columns }),
    ...(stderrColumns === undefined ? {} : { stderrColumns }),
    onFileChecked: (done) => progress.push(done),
  });
  return { code, stdout, stderr, progress };
}

let units = "";
let summary = "";

beforeAll(async () => {
  units = at("units");
  summary = at("out", "summary.xlsx");
  await fs.mkdir(path.join(units, "huyen", "sub"), { recursive: true });
  // 2/4 met: tasks 3 (unmet) and 4 (no data) are flagged.
  await writeWorkbook(path.join(units, "a-phu-dinh.xlsx"), [
    {
      name: "Phụ lục",
      rows: [
        ["PHỤ LỤC"],
        ["UBND XÃ PHÚ ĐÌNH"],
        ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
        [],
        ...table([MET_1, MET_2, UNMET, NO_DATA]),
      ],
      merges: ["A2:D2"],
    },
  ]);
  // 3/3 met, in a subdirectory.
  await writeWorkbook(path.join(units, "huyen", "sub", "b-tan-thinh.xlsx"), [
    { name: "Sheet1", rows: [["PHƯỜNG TÂN THỊNH"], [], ...table([MET_1, MET_2, MET_1])] },
  ]);
  // 1/3 met, no title: named after the file.
  await writeWorkbook(path.join(units, "huyen", "c-no-title.xlsx"), [
    { name: "Phụ lục", rows: table([MET_2, REVIEW, UNMET]) },
  ]);
  // Not a workbook at all.
  await fs.writeFile(path.join(units, "d-bad.xlsx"), "this is not a workbook\n");
  // 1/2 met, as CSV: ties with a-phu-dinh at 50%, ranked before it by name (Hòa < Phú).
  const csv = [["UBND xã Hòa Bình"], HEADER, ["I", "CHỈ ĐẠO"], [1, ...MET_1], [2, ...UNMET]];
  await fs.writeFile(path.join(units, "e-hoa-binh.csv"), `${csv.map(csvLine).join("\n")}\n`);
  // Never picked up: an Office lock file, a text file.
  await fs.writeFile(path.join(units, "~$a-phu-dinh.xlsx"), "lock");
  await fs.writeFile(path.join(units, "notes.txt"), "notes");
});

const EXPECTED_FILES = (): string[] => [
  path.join(units, "a-phu-dinh.xlsx"),
  path.join(units, "d-bad.xlsx"),
  path.join(units, "e-hoa-binh.csv"),
  path.join(units, "huyen", "c-no-title.xlsx"),
  path.join(units, "huyen", "sub", "b-tan-thinh.xlsx"),
];

describe("par-check DIR --summary FILE", () => {
  let result: Run;
  let report: Json;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    result = await run(["--format", "json", units, "--summary", summary]);
    report = JSON.parse(result.stdout);
    workbook = await loadWorkbook(summary);
  });

  it("checks every spreadsheet under the directory, sorted by path, and exits 0", () => {
    expect(result.code).toBe(0);
    expect(report.files.map((f: Json) => f.file)).toEqual(EXPECTED_FILES());
    expect(result.progress).toEqual([1, 2, 3, 4, 5]);
  });

  it("reports the bad file on stderr and goes on", () => {
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("d-bad.xlsx");
  });

  it("ends the JSON report with the summary it wrote", () => {
    expect(report.summary).toEqual({ path: summary, units: 4, failed: 1 });
  });

  it("ranks the units by share met, ties by name, with their counts", () => {
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Tổng hợp");
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual([
      "Hạng",
      "Đơn vị",
      "Tệp",
      "Số nhiệm vụ",
      "Đạt",
      "Chưa đạt",
      "Chưa có số liệu",
      "Cần xem lại",
      "Tỷ lệ đạt",
      "Số lưu ý",
      "Quyết định thẩm định",
    ]);
    const ranked = rows.slice(1, 5).map((row) => {
      const link = row[1] as { text: string };
      return [row[0], link.text, ...row.slice(3, 8)];
    });
    expect(ranked).toEqual([
      [1, "phường Tân Thịnh", 3, 3, 0, 0, 0],
      [2, "xã Hòa Bình", 2, 1, 1, 0, 0],
      [3, "xã Phú Đình", 4, 2, 1, 1, 0],
      [4, "c-no-title", 3, 1, 1, 0, 1],
    ]);
    expect(rows.slice(1, 5).map((row) => row[2])).toEqual([
      path.join(units, "huyen", "sub", "b-tan-thinh.xlsx"),
      path.join(units, "e-hoa-binh.csv"),
      path.join(units, "a-phu-dinh.xlsx"),
      path.join(units, "huyen", "c-no-title.xlsx"),
    ]);
    const shares = rows.slice(1, 5).map((row) => row[8] as number);
    expect(shares[0]).toBe(1);
    expect(shares[1]).toBe(0.5);
    expect(shares[2]).toBe(0.5);
    expect(shares[3]).toBeCloseTo(1 / 3, 10);
    expect(cellAt(sheet, 2, 9).numFmt).toBe("0.00%");
  });

  it("matches the engine's own counts for every unit", () => {
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    for (let r = 2; r <= 5; r++) {
      const file = cellAt(sheet, r, 3).value;
      const tables = report.files.find((f: Json) => f.file === file).tables;
      const s = tables[0].summary;
      expect([file, cellAt(sheet, r, 4).value, cellAt(sheet, r, 5).value]).toEqual([file, s.tasks, s.met]);
      expect(cellAt(sheet, r, 9).value).toBeCloseTo(s.percentMet / 100, 4);
    }
  });

  it("makes the header bold and frozen", () => {
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(cellAt(sheet, 1, 2).font?.bold).toBe(true);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it("links every unit to an existing sheet of its flagged tasks, named within Excel's rules", () => {
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toHaveLength(5);
    for (let r = 2; r <= 5; r++) {
      const link = cellAt(sheet, r, 2).hyperlink;
      const match = /^#'(.+)'!A1$/.exec(link ?? "");
      expect(match).not.toBeNull();
      const target = (match?.[1] ?? "").replace(/''/g, "'");
      expect(names).toContain(target);
      expect(target.length).toBeLessThanOrEqual(31);
      expect(target).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names.slice(1)).toEqual(["phường Tân Thịnh", "xã Hòa Bình", "xã Phú Đình", "c-no-title"]);
  });

  it("lists each unit's unmet, no-data and review tasks on its sheet", () => {
    const ordinals = (name: string): unknown[][] =>
      rowsOf(workbook.getWorksheet(name) as ExcelJS.Worksheet)
        .slice(1)
        .map((row) => [row[0], row[5]]);
    expect(ordinals("xã Phú Đình")).toEqual([
      ["3", "Chưa đạt"],
      ["4", "Chưa có số liệu"],
    ]);
    expect(ordinals("c-no-title")).toEqual([
      ["2", "Cần xem lại"],
      ["3", "Chưa đạt"],
    ]);
    expect(ordinals("xã Hòa Bình")).toEqual([["2", "Chưa đạt"]]);
    const clean = rowsOf(workbook.getWorksheet("phường Tân Thịnh") as ExcelJS.Worksheet);
    expect(clean[1]).toEqual(["Không có nhiệm vụ chưa đạt, chưa có số liệu hay cần xem lại."]);
  });

  it("gives each flagged task its section, texts, reason and cell", () => {
    const sheet = workbook.getWorksheet("xã Phú Đình") as ExcelJS.Worksheet;
    const [head, unmet] = rowsOf(sheet);
    expect(head).toEqual([
      "STT",
      "Mục",
      "Nội dung công việc",
      "Yêu cầu",
      "Kết quả thực hiện",
      "Đánh giá",
      "Lý do",
      "Ô",
      "Ý kiến thẩm định",
    ]);
    expect(unmet?.slice(0, 6)).toEqual(["3", "I", ...UNMET, "Chưa đạt"]);
    expect(String(unmet?.[6])).toContain("5/6");
    expect(unmet?.[7]).toBe("Phụ lục!A9");
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
    expect(cellAt(sheet, 2, 3).alignment?.wrapText).toBe(true);
  });

  it("lists the file that failed, with its reason, below the ranked units", () => {
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = rowsOf(sheet);
    expect(rows[5]).toEqual([]);
    expect(rows[6]).toEqual(["Lỗi: 1 tệp không kiểm tra được"]);
    expect(rows[7]).toEqual(["STT", "Tệp", "Lý do"]);
    const [index, file, reason] = rows[8] ?? [];
    expect([index, file]).toEqual([1, path.join(units, "d-bad.xlsx")]);
    expect(typeof reason).toBe("string");
    expect(lines(result.stderr)[0]).toContain(String(reason));
    expect(rows).toHaveLength(9);
  });
});

describe("the text report and the progress bar", () => {
  it("prints the usual report, then one line naming the summary", async () => {
    const target = at("text", "tong-hop.xlsx");
    const { code, stdout } = await run([units, "--summary", target]);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toContain("Đã kiểm tra 4 bảng trong 4/5 tệp.");
    expect(out[out.length - 1]).toBe(`Đã tổng hợp 4 đơn vị vào ${target}`);
  });

  it("draws a progress bar on stderr only when stderr is a terminal", async () => {
    const tty = await run([units, "--summary", at("tty", "s.xlsx")], true);
    expect(tty.stderr).toContain(`\r[####----------------] 1/5 a-phu-dinh.xlsx`);
    expect(tty.stderr).toContain(`\r[####################] 5/5 b-tan-thinh.xlsx`);
    expect(tty.stderr.endsWith("\r\u001b[K")).toBe(true);
    // The error line starts on a cleared line.
    expect(tty.stderr).toMatch(/\r\u001b\[K[^\r]*d-bad\.xlsx[^\r]*\n/);

    const plain = await run([units, "--summary", at("tty", "p.xlsx")], false);
    expect(plain.stderr).not.toContain("\r");
    expect(plain.stderr).not.toContain("[#");
    const unset = await run([units, "--summary", at("tty", "u.xlsx")]);
    expect(unset.stderr).toBe(plain.stderr);
  });

  it("puts a name too long for a narrow terminal on lines of its own, and clears them all", async () => {
    const { stderr } = await run([units, "--summary", at("tty", "n.xlsx")], true, 16);
    const CLEAR = "\r\u001b[K";
    const UP = "\u001b[1A\u001b[K";
    // Each file: the bar, its whole name below it, then the lines cleared, the lower one first.
    expect(stderr).toContain(`\r[##-------] 1/5\na-phu-dinh.xlsx${CLEAR}${UP}`);
    // A name wider than the terminal too: three lines, three cleared.
    expect(stderr).toContain(`\r[#########] 5/5\nb-tan-thinh\n  .xlsx${CLEAR}${UP}${UP}`);
    expect(stderr.endsWith(`${CLEAR}${UP}${UP}`)).toBe(true);
    expect(stderr).toMatch(/\u001b\[K[^\r\u001b]*d-bad\.xlsx[^\r\u001b]*\n/);
  });

  it("sizes the bar to stderr's own width when stdout is wider (piped)", async () => {
    const wide = await run([units, "--summary", at("tty-wide", "n.xlsx")], true, 100, 16);
    const narrow = await run([units, "--summary", at("tty-narrow", "n.xlsx")], true, 16);
    const bars = (stderr: string) => stderr.match(/\[[#-]+\] \d\/\d/g);
    expect(bars(wide.stderr)).toEqual(bars(narrow.stderr));
  });

  it("draws no bar without --summary, even on a terminal", async () => {
    const { stderr } = await run([path.join(units, "a-phu-dinh.xlsx")], true);
    expect(stderr).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const target = at("en", "summary.xlsx");
    const { code, stdout } = await run(["--lang", "en", units, "--summary", target]);
    expect(code).toBe(0);
    expect(lines(stdout).pop()).toBe(`Summarised 4 units into ${target}`);
    const workbook = await loadWorkbook(target);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Summary");
    expect(rowsOf(sheet)[0]?.slice(0, 3)).toEqual(["Rank", "Unit", "File"]);
    expect(rowsOf(sheet)[6]).toEqual(["Errors: 1 file could not be checked"]);
    const flagged = rowsOf(workbook.getWorksheet("xã Phú Đình") as ExcelJS.Worksheet);
    expect(flagged[1]?.[5]).toBe("Unmet");
  });
});

describe("what a batch run skips, refuses and returns", () => {
  it("skips the summary and par-check's own copies inside the input directory", async () => {
    const dir = at("rerun");
    await fs.mkdir(dir, { recursive: true });
    await fs.copyFile(path.join(units, "a-phu-dinh.xlsx"), path.join(dir, "a.xlsx"));
    const argv = ["--format", "json", dir, "--summary", path.join(dir, "summary.xlsx"), "--out", dir];
    const first = await run(argv);
    expect(first.code).toBe(0);
    const second = await run(argv);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout) as JsonReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual(["a.xlsx"]);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.checked.xlsx", "a.xlsx", "summary.xlsx"]);
  });

  it("exits 1 when no unit could be checked, still listing the failures", async () => {
    const bad = path.join(units, "d-bad.xlsx");
    const empty = at("empty-dir");
    await fs.mkdir(empty, { recursive: true });
    const target = at("bad", "summary.xlsx");
    const { code, stderr } = await run([bad, empty, "--summary", target]);
    expect(code).toBe(1);
    expect(lines(stderr)).toContain(`${empty}: thư mục không có tệp .xlsx, .csv hoặc .tsv nào.`);
    const rows = rowsOf((await loadWorkbook(target)).worksheets[0] as ExcelJS.Worksheet);
    expect(rows[2]).toEqual(["Lỗi: 2 tệp không kiểm tra được"]);
    expect(rows.slice(4).map((row) => row[1])).toEqual([empty, bad]);
  });

  it.each<[string, string[], string]>([
    ["a summary that is not .xlsx", ["a.xlsx", "--summary", "s.csv"], "--summary s.csv phải là tệp .xlsx."],
    ["a summary that is an input", ["a.xlsx", "--summary", "a.xlsx"], "trùng với tệp đầu vào"],
    ["a summary that is --out", ["a.xlsx", "--summary", "o.xlsx", "--out", "o.xlsx"], "trùng với --out"],
    ["--summary without a value", ["a.xlsx", "--summary"], "tùy chọn --summary cần một giá trị."],
  ])("refuses %s with exit code 2", async (_name, argv, message) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)[0]).toContain(message);
  });

  it("reports a summary it could not write and exits 1", async () => {
    const blocker = at("blocker");
    await fs.writeFile(blocker, "a file where a directory should be");
    const target = path.join(blocker, "summary.xlsx");
    const { code, stderr } = await run([path.join(units, "a-phu-dinh.xlsx"), "--summary", target]);
    expect(code).toBe(1);
    expect(stderr).toContain(`không ghi được sổ tổng hợp ${target}`);
  });
});

describe("expandInputs", () => {
  it("keeps files as given and walks directories, sorted, without lock files or other extensions", async () => {
    const missing = at("missing.xlsx");
    const { files, emptyDirectories } = await expandInputs([missing, units]);
    expect(files).toEqual([missing, ...EXPECTED_FILES()]);
    expect(emptyDirectories).toEqual([]);
  });

  it("leaves out the files it is told to skip", async () => {
    const { files } = await expandInputs([units], { skip: [path.join(units, "a-phu-dinh.xlsx")] });
    expect(files).toEqual(EXPECTED_FILES().slice(1));
  });
});

describe("summarizeReport", () => {
  it("keeps only counts and flagged tasks, agreeing with the engine on the real appendix", async () => {
    const report = await checkFile(path.join(FIXTURE_DIR, "appendix.xlsx"), "vi");
    const outcome = summarizeReport(report, "vi");
    if (!outcome.ok) throw new Error("expected a unit");
    const { unit } = outcome;
    expect(unit.name).toBe("xã Phú Đình");
    expect(unit.counts).toEqual({
      tasks: 26,
      met: 20,
      unmet: 5,
      noData: 1,
      review: 0,
      shareMet: 20 / 26,
      findings: report.tables[0]?.findings.length,
      decisions: 0,
    });
    expect(unit.flagged.map((task) => task.ordinal)).toEqual(["2", "4", "6", "18", "23", "26"]);
    expect(Object.keys(unit)).toEqual(["file", "name", "counts", "flagged"]);
  });

  it("counts with the reviewer's decisions the report carries and marks the changed verdicts", async () => {
    const computed = await checkFile(path.join(FIXTURE_DIR, "appendix.xlsx"), "vi");
    const table = computed.tables[0];
    const task = (ordinal: string) => table?.tasks.find((t) => t.ordinal === ordinal);
    const [task23, task24] = [task("23"), task("24")];
    if (!table || !task23 || !task24) throw new Error("expected tasks 23 and 24");
    const at = "2026-12-02T08:30:00.000Z";
    const overrides = [
      decide(table, task23, { verdict: "met", comment: "", reviewer: "", at }),
      decide(table, task24, { verdict: "review", comment: "Cần đối chiếu", reviewer: "Lan", at }),
    ];
    const applied = applyReview(computed.tables, overrides);
    const report: FileReport = {
      ...computed,
      tables: applied.tables,
      review: { overrides, decisions: applied.decisions, orphans: [], parts: [] },
    };
    const outcome = summarizeReport(report, "vi");
    if (!outcome.ok) throw new Error("expected a unit");
    expect(outcome.unit.counts).toEqual({
      tasks: 26,
      met: 20,
      unmet: 4,
      noData: 1,
      review: 1,
      shareMet: 20 / 26,
      findings: table.findings.length,
      decisions: 2,
    });
    expect(outcome.unit.flagged.map((t) => t.ordinal)).toEqual(["2", "4", "6", "18", "24", "26"]);
    expect(outcome.unit.flagged.find((t) => t.ordinal === "24")).toEqual<FlaggedTask>({
      ordinal: "24",
      section: "VI",
      content: task24.content,
      target: task24.target,
      result: task24.result,
      verdict: "review",
      reasons: "Đánh giá do người thẩm định sửa (máy đánh giá “Đạt”). Kết quả 98,42% đạt chỉ tiêu ≥ 50%.",
      cell: "Phụ lục!A36",
      overridden: true,
      comment: "Cần đối chiếu (Lan)",
    });
  });

  it("turns a file without a table into a failure with its reason", async () => {
    const report = await checkFile(at("nowhere.xlsx"), "en");
    const outcome = summarizeReport(report, "en");
    expect(outcome).toEqual({
      ok: false,
      failure: { file: at("nowhere.xlsx"), reason: report.findings[0]?.message },
    });
  });

  it("collects units in a BatchSummary without keeping the reports", async () => {
    const batch = new BatchSummary("vi");
    batch.add(await checkFile(path.join(units, "a-phu-dinh.xlsx"), "vi"));
    batch.add(await checkFile(path.join(units, "d-bad.xlsx"), "vi"));
    expect(batch.units.map((u) => u.name)).toEqual(["xã Phú Đình"]);
    expect(batch.failures.map((f) => path.basename(f.file))).toEqual(["d-bad.xlsx"]);
  });
});

describe("ranking, sheet names and links", () => {
  const unit = (name: string, met: number, tasks: number, file = `${name}.xlsx`): UnitSummary => ({
    file,
    name,
    counts: {
      tasks,
      met,
      unmet: tasks - met,
      noData: 0,
      review: 0,
      shareMet: tasks ? met / tasks : null,
      findings: 0,
      decisions: 0,
    },
    flagged: [],
  });

  it("ranks by share met, then by name in Vietnamese order, units without tasks last", () => {
    const ranked = rankUnits([
      unit("xã Ân", 1, 2),
      unit("none", 0, 0),
      unit("xã Bắc", 2, 2),
      unit("xã An", 1, 2),
    ]);
    expect(ranked.map((u) => u.name)).toEqual(["xã Bắc", "xã An", "xã Ân", "none"]);
  });

  it("makes sheet names unique, at most 31 characters, without the characters Excel refuses", () => {
    const names = new SheetNames();
    const long = "xã Phú Đình huyện Định Hóa tỉnh Thái Nguyên";
    expect(names.claim("Tổng hợp")).toBe("Tổng hợp");
    expect(names.claim("tổng hợp")).toBe("tổng hợp (2)");
    expect(names.claim("a/b:c*d?e[f]g\\h!")).toBe("a_b_c_d_e_f_g_h_");
    expect(names.claim(long)).toBe(long.slice(0, 31));
    expect(names.claim(long)).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(names.claim("History")).toBe("History (2)");
  });

  it("quotes sheet names in links", () => {
    expect(sheetLink("xã Phú Đình")).toBe("#'xã Phú Đình'!A1");
    expect(sheetLink("O'Brien")).toBe("#'O''Brien'!A1");
  });

  it("names two units of the same name apart", async () => {
    const dir = at("twins");
    await fs.mkdir(dir, { recursive: true });
    for (const file of ["1.xlsx", "2.xlsx"])
      await fs.copyFile(path.join(units, "a-phu-dinh.xlsx"), path.join(dir, file));
    const target = at("twins.xlsx");
    expect((await run([dir, "--summary", target])).code).toBe(0);
    const workbook = await loadWorkbook(target);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "xã Phú Đình", "xã Phú Đình (2)"]);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect([cellAt(sheet, 2, 2).hyperlink, cellAt(sheet, 3, 2).hyperlink]).toEqual([
      "#'xã Phú Đình'!A1",
      "#'xã Phú Đình (2)'!A1",
    ]);
  });

  it.each<[number, number, string]>([
    [1, 40, "[#-------------------] 1/40 f.xlsx"],
    [12, 40, "[######--------------] 12/40 f.xlsx"],
    [40, 40, "[####################] 40/40 f.xlsx"],
  ])("draws the bar at %i of %i", (current, total, expected) => {
    expect(progressBar(current, total, "f.xlsx")).toEqual([expected]);
  });

  it.each<[string, number, string[]]>([
    ["a bar that fits", 50, ["[##########----------] 1/2 xa-phu-dinh.xlsx"]],
    ["a shorter bar", 40, ["[########--------] 1/2 xa-phu-dinh.xlsx"]],
    ["no bar", 24, ["1/2 xa-phu-dinh.xlsx"]],
    ["the name on a line of its own", 20, ["[#######------] 1/2", "xa-phu-dinh.xlsx"]],
    ["the name broken over lines, never cut", 12, ["[###--] 1/2", "xa-phu-dinh", "  .xlsx"]],
  ])("shortens %s to the width, keeping the whole name", (_name, width, expected) => {
    const shown = progressBar(1, 2, "xa-phu-dinh.xlsx", width);
    expect(shown).toEqual(expected);
    for (const line of shown) expect(line.length).toBeLessThan(width);
  });

  it("never cuts a name longer than the terminal", () => {
    const name = "bao-cao-ket-qua-thuc-hien-ke-hoach-cai-cach-hanh-chinh-nam-2024-xa-phu-dinh.xlsx";
    const [head, ...rest] = progressBar(3, 40, name, 30);
    expect(head).toBe("[##------------------] 3/40");
    expect(rest.map((line, i) => (i === 0 ? line : line.replace(/^ {2}/, ""))).join("")).toBe(name);
    for (const line of rest) expect(line.length).toBeLessThan(30);
  });
});

describe("reports streamed file by file", () => {
  it("prints exactly what the whole-run renderers print", async () => {
    const files = [...EXPECTED_FILES(), path.join(FIXTURE_DIR, "appendix.xlsx")];
    const reports = [];
    for (const file of files) reports.push(await checkFile(file, "vi"));
    let text = "";
    const textStream = new TextReportStream({ write: (chunk: string) => (text += chunk) }, "vi", {
      width: 80,
    });
    let json = "";
    const jsonStream = new JsonReportStream({ write: (chunk: string) => (json += chunk) }, "vi");
    for (const report of reports) {
      textStream.file(report);
      jsonStream.file(report);
    }
    textStream.end();
    jsonStream.end();
    expect(text).toBe(renderText(reports, "vi", { width: 80 }));
    expect(json).toBe(`${JSON.stringify(renderJson(reports, "vi"), null, 2)}\n`);
  });

  it("streams an empty run and extra keys the same way", () => {
    let json = "";
    const stream = new JsonReportStream({ write: (chunk: string) => (json += chunk) }, "en");
    stream.end({ summary: { path: "s.xlsx", units: 0 } });
    expect(json).toBe(
      `${JSON.stringify({ language: "en", files: [], summary: { path: "s.xlsx", units: 0 } }, null, 2)}\n`,
    );
  });
});
