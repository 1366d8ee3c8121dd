import { analyzeSheet, applyReview, decide, type TableResult, type Verdict } from "../../src/core";
import { ENGINE } from "../../src/i18n";
import {
  characterBudget,
  planReportSheet,
  REPORT_MARGINS_MM,
  rowHeight,
  summarySentence,
  wrappedLines,
  type ReportPlan,
} from "../../src/core/report";
import { seedGrid } from "../helpers/seed";

const table = analyzeSheet({ cells: seedGrid(), sheetName: "Phụ lục" }).tables[0]!;
const SEED_SENTENCE =
  "đã thực hiện hoàn thành 20/26 nhiệm vụ, đạt 76,92%; 05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26); " +
  "01 nhiệm vụ chưa có số liệu (số 4)";
const OWN_HEADERS = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

function only(cells: (string | null)[][]): TableResult {
  const result = analyzeSheet({ cells, sheetName: "S" }).tables[0];
  if (!result) throw new Error("no table");
  return result;
}

/** The table as a reviewer decided it: task number → verdict. */
function reviewed(decisions: [string, Verdict][]): TableResult {
  const overrides = decisions.map(([ordinal, verdict]) => {
    const task = table.tasks.find((t) => t.ordinal === ordinal);
    if (!task) throw new Error(`no task ${ordinal}`);
    return decide(table, task, { verdict, comment: "", reviewer: "", at: "2026-12-02T00:00:00Z" });
  });
  return applyReview([table], overrides).tables[0]!;
}

const taskRow = (plan: ReportPlan, ordinal: string) => {
  const row = plan.rows.find((r) => r.kind === "task" && r.ordinal === ordinal);
  if (!row) throw new Error(`no task ${ordinal}`);
  return row;
};

describe("summarySentence", () => {
  it("sums up the seed exactly as the table does", () => {
    expect(summarySentence(table, ENGINE.vi)).toBe(SEED_SENTENCE);
  });

  it("lets a reviewer's decisions replace the computed verdicts before counting", () => {
    expect(summarySentence(reviewed([["26", "met"]]), ENGINE.vi)).toBe(
      "đã thực hiện hoàn thành 21/26 nhiệm vụ, đạt 80,77%; 04 nhiệm vụ chưa đạt (số 2, 6, 18, 23); " +
        "01 nhiệm vụ chưa có số liệu (số 4)",
    );
    expect(
      summarySentence(
        reviewed([
          ["1", "review"],
          ["13", "review"],
          ["4", "met"],
        ]),
        ENGINE.vi,
      ),
    ).toBe(
      "đã thực hiện hoàn thành 19/26 nhiệm vụ, đạt 73,08%; 05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26); " +
        "02 nhiệm vụ cần xem lại (số 1, 13)",
    );
  });

  it("counts a confirmation as the computed verdict", () => {
    expect(summarySentence(reviewed([["2", "unmet"]]), ENGINE.vi)).toBe(SEED_SENTENCE);
  });

  it("leaves out empty groups and writes counts of ten and more as they are", () => {
    const all = reviewed(table.tasks.map((t): [string, Verdict] => [t.ordinal, "met"]));
    expect(summarySentence(all, ENGINE.vi)).toBe("đã thực hiện hoàn thành 26/26 nhiệm vụ, đạt 100%");
    const unmet = reviewed(table.tasks.slice(0, 12).map((t): [string, Verdict] => [t.ordinal, "unmet"]));
    expect(summarySentence(unmet, ENGINE.vi)).toBe(
      "đã thực hiện hoàn thành 11/26 nhiệm vụ, đạt 42,31%; " +
        "15 nhiệm vụ chưa đạt (số 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 23, 26)",
    );
  });

  it("has an English variant", () => {
    expect(summarySentence(table, ENGINE.en)).toBe(
      "completed 20 of 26 tasks (76.92%); 5 tasks unmet (nos. 2, 6, 18, 23, 26); 1 task without data (no. 4)",
    );
  });

  it("says so when the table has no task", () => {
    const empty: TableResult = { ...table, tasks: [] };
    expect(summarySentence(empty, ENGINE.vi)).toBe("bảng phụ lục không có nhiệm vụ nào");
    expect(summarySentence(empty, ENGINE.en)).toBe("the appendix lists no tasks");
  });
});

describe("planReportSheet", () => {
  const full = planReportSheet(table, { includeVerdict: true, includeCompletion: true, words: ENGINE.vi });
  const bare = planReportSheet(table, { includeVerdict: false, includeCompletion: false, words: ENGINE.vi });

  it.each([
    ["vi", ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện", "Đánh giá"]],
    ["en", ["No.", "Task", "Target", "Result", "Verdict"]],
  ] as const)("heads a table found without its header with the parts' names (%s)", (language, cells) => {
    const headerless = analyzeSheet({ cells: seedGrid().filter((_, i) => i !== 4) }).tables[0]!;
    const plan = planReportSheet(headerless, {
      includeVerdict: true,
      includeCompletion: false,
      words: ENGINE[language],
    });
    expect(plan.rows[0]?.cells).toEqual(cells);
  });

  it("has the header, the seven sections and the 26 tasks, in table order", () => {
    expect(full.rows).toHaveLength(1 + 7 + 26);
    expect(full.rows[0]).toMatchObject({
      kind: "header",
      bold: true,
      cells: [...OWN_HEADERS, "Đánh giá", "Mức độ hoàn thành"],
    });
    expect(
      full.rows.filter((r) => r.kind === "section").map((r) => [r.cells[0], r.cells[1], r.bold]),
    ).toEqual([
      ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", true],
      ["II", "CẢI CÁCH THỂ CHẾ", true],
      ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", true],
      ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", true],
      ["V", "CẢI CÁCH TÀI CHÍNH CÔNG", true],
      ["VI", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", true],
      ["VII", "TÁC ĐỘNG CẢI CÁCH HÀNH CHÍNH ĐẾN KINH TẾ - XÃ HỘI", true],
    ]);
    const tasks = full.rows.filter((r) => r.kind === "task");
    expect(tasks.map((r) => r.ordinal)).toEqual(table.tasks.map((t) => t.ordinal));
    expect(tasks.every((r) => !r.bold && r.cells[0] === r.ordinal)).toBe(true);
    expect(full.rows.map((r) => r.cells[0]).slice(0, 9)).toEqual([
      "Số TT",
      "I",
      "1",
      "2",
      "4",
      "5",
      "6",
      "II",
      "7",
    ]);
  });

  it("merges continuation rows into their task: tasks 7 and 19 are single rows", () => {
    const seven = taskRow(full, "7");
    expect(seven.sourceRows).toEqual([13, 14]);
    expect(seven.cells[1]).toContain(
      "đảm bảo tính thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL",
    );
    const nineteen = taskRow(full, "19");
    expect(nineteen.sourceRows).toEqual([30, 31]);
    expect(nineteen.cells[2]).toBe(
      "100% cán bộ, công chức, viên chức tạo, lập hồ sơ công việc điện tử; Hồ sơ điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng",
    );
    // No row of the plan starts with the continued text.
    expect(full.rows.some((r) => r.cells[1]?.startsWith("thống nhất"))).toBe(false);
    expect(full.rows.some((r) => r.cells[2]?.startsWith("điện tử lưu trữ"))).toBe(false);
  });

  it("writes verdicts and completion in Vietnamese", () => {
    expect(taskRow(full, "2").cells.slice(4)).toEqual(["Chưa đạt", "83,33%"]);
    expect(taskRow(full, "4").cells.slice(4)).toEqual(["Chưa có số liệu", ""]);
    expect(taskRow(full, "23").cells.slice(4)).toEqual(["Chưa đạt", "31,89%"]);
    expect(taskRow(full, "27").cells.slice(4)).toEqual(["Đạt", "100%"]);
    expect(
      full.rows.filter((r) => r.kind === "section").every((r) => r.cells.slice(2).every((c) => c === "")),
    ).toBe(true);
  });

  it("adds the verdict and completion columns only when asked", () => {
    expect(bare.columns.map((c) => c.label)).toEqual(OWN_HEADERS);
    expect(bare.columns.map((c) => c.role)).toEqual(["ordinal", "content", "target", "result"]);
    expect(bare.rows.every((r) => r.cells.length === 4)).toBe(true);
    const verdictOnly = planReportSheet(table, {
      includeVerdict: true,
      includeCompletion: false,
      words: ENGINE.vi,
    });
    expect(verdictOnly.columns.map((c) => c.label)).toEqual([...OWN_HEADERS, "Đánh giá"]);
    const completionOnly = planReportSheet(table, {
      includeVerdict: false,
      includeCompletion: true,
      words: ENGINE.vi,
    });
    expect(completionOnly.columns.map((c) => c.label)).toEqual([...OWN_HEADERS, "Mức độ hoàn thành"]);
    expect(taskRow(completionOnly, "2").cells[4]).toBe("83,33%");
  });

  it("turns the page to landscape from six columns up", () => {
    expect(bare.page.orientation).toBe("portrait");
    expect(
      planReportSheet(table, { includeVerdict: true, includeCompletion: false, words: ENGINE.vi }).page
        .orientation,
    ).toBe("portrait");
    expect(full.page.orientation).toBe("landscape");
    expect(
      planReportSheet(table, {
        includeVerdict: true,
        includeCompletion: true,
        orientation: "portrait",
        words: ENGINE.vi,
      }).page.orientation,
    ).toBe("portrait");
    const wide = only([
      ["Số TT", "Nội dung công việc", "Đơn vị", "Yêu cầu năm 2024", "Kết quả thực hiện", "Ghi chú"],
      ["1", "Nhiệm vụ một", "%", "100%", "100%", "Đúng hạn"],
    ]);
    const plan = planReportSheet(wide, { includeVerdict: false, includeCompletion: false, words: ENGINE.vi });
    expect(plan.page.orientation).toBe("landscape");
    expect(plan.columns.map((c) => c.role)).toEqual([
      "ordinal",
      "content",
      "unit",
      "target",
      "result",
      "note",
    ]);
    expect(plan.rows[1]?.cells).toEqual(["1", "Nhiệm vụ một", "%", "100%", "100%", "Đúng hạn"]);
  });

  it("sets up an A4 page with Nghị định 30 margins, the header repeated on every page", () => {
    for (const plan of [full, bare]) {
      const { page, style } = plan;
      expect([page.paper, page.paperSize, page.fitToWidth, page.fitToHeight]).toEqual(["A4", 9, 1, 0]);
      expect(page.printTitleRows).toEqual([1, 1]);
      expect(page.marginsMm.top).toBeGreaterThanOrEqual(20);
      expect(page.marginsMm.top).toBeLessThanOrEqual(25);
      expect(page.marginsMm.bottom).toBeGreaterThanOrEqual(20);
      expect(page.marginsMm.bottom).toBeLessThanOrEqual(25);
      expect(page.marginsMm.left).toBeGreaterThanOrEqual(30);
      expect(page.marginsMm.left).toBeLessThanOrEqual(35);
      expect(page.marginsMm.right).toBeGreaterThanOrEqual(15);
      expect(page.marginsMm.right).toBeLessThanOrEqual(20);
      expect(style).toEqual({
        fontName: "Times New Roman",
        fontSize: 13,
        border: "thin",
        wrapText: true,
        vertical: "top",
      });
    }
    expect(REPORT_MARGINS_MM).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(bare.page.printableWidthMm).toBe(210 - 30 - 15);
    expect(full.page.printableWidthMm).toBe(297 - 30 - 15);
  });

  it("chooses column widths that fill the printable width and no more", () => {
    for (const plan of [
      full,
      bare,
      planReportSheet(table, { includeVerdict: true, includeCompletion: false, words: ENGINE.vi }),
    ]) {
      const total = plan.columns.reduce((sum, c) => sum + c.width, 0);
      expect(total).toBe(characterBudget(plan.page.printableWidthMm));
      expect(Math.min(...plan.columns.map((c) => c.width))).toBeGreaterThanOrEqual(6);
      // The text columns are the wide ones.
      const content = plan.columns.find((c) => c.role === "content")!;
      expect(content.width).toBeGreaterThan(2 * plan.columns[0]!.width);
    }
    expect(bare.columns.map((c) => c.align)).toEqual(["center", "left", "left", "left"]);
    expect(full.columns.slice(4).map((c) => c.align)).toEqual(["center", "center"]);
  });

  it("sizes each row for its tallest wrapped cell", () => {
    const seven = taskRow(full, "7");
    const five = taskRow(full, "5");
    expect(seven.lines).toBeGreaterThanOrEqual(8);
    expect(five.lines).toBeLessThan(seven.lines);
    for (const row of full.rows) {
      expect(row.height).toBe(rowHeight(row.lines));
      expect(row.height).toBeGreaterThanOrEqual(row.lines * 14.4);
    }
  });

  it("applies overrides to the verdict column", () => {
    const plan = planReportSheet(reviewed([["26", "met"]]), {
      includeVerdict: true,
      includeCompletion: false,
      words: ENGINE.vi,
    });
    expect(taskRow(plan, "26")).toMatchObject({ verdict: "met" });
    expect(taskRow(plan, "26").cells[4]).toBe("Đạt");
  });

  it("speaks English when asked, keeping the table's own labels", () => {
    const plan = planReportSheet(table, { includeVerdict: true, includeCompletion: true, words: ENGINE.en });
    expect(plan.rows[0]?.cells).toEqual([...OWN_HEADERS, "Verdict", "Completion"]);
    expect(taskRow(plan, "2").cells.slice(4)).toEqual(["Unmet", "83.33%"]);
  });

  it("puts sub-items on their own rows under their task", () => {
    const withSubitems = analyzeSheet({
      cells: [
        OWN_HEADERS,
        ["I. CÔNG TÁC CHỈ ĐẠO", null, null, null],
        ["1", "Thực hiện các chỉ tiêu", null, null],
        [null, "- Trong đó: hồ sơ đúng hạn", "98%", "99%"],
        [null, "- Hồ sơ trực tuyến", "50%", "30%"],
        ["2", "Tự kiểm tra", "Hoàn thành kế hoạch", "Đã thực hiện xong"],
      ],
      merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
      sheetName: "S",
    }).tables[0]!;
    const plan = planReportSheet(withSubitems, {
      includeVerdict: true,
      includeCompletion: true,
      words: ENGINE.vi,
    });
    expect(plan.rows.map((r) => [r.kind, r.cells[0], r.cells[1], r.cells[4], r.cells[5]])).toEqual([
      ["header", "Số TT", "Nội dung công việc", "Đánh giá", "Mức độ hoàn thành"],
      ["section", "I", "CÔNG TÁC CHỈ ĐẠO", "", ""],
      ["task", "1", "Thực hiện các chỉ tiêu", "Chưa đạt", "80%"],
      ["subitem", "", "- Trong đó: hồ sơ đúng hạn", "Đạt", "100%"],
      ["subitem", "", "- Hồ sơ trực tuyến", "Chưa đạt", "60%"],
      ["task", "2", "Tự kiểm tra", "Đạt", "100%"],
    ]);
    expect(plan.rows[3]?.sourceRows).toEqual([4]);
  });
});

describe("wrappedLines", () => {
  it("counts the lines a text takes at a width", () => {
    expect(wrappedLines("", 20)).toBe(1);
    expect(wrappedLines("Đạt", 11)).toBe(1);
    expect(wrappedLines("Chưa có số liệu", 11)).toBe(2);
    expect(wrappedLines("một\nhai\nba", 40)).toBe(3);
    expect(wrappedLines("x".repeat(100), 10)).toBeGreaterThan(5);
    const long = table.tasks.find((t) => t.ordinal === "7")!.content;
    expect(wrappedLines(long, 20)).toBeGreaterThan(wrappedLines(long, 40));
  });

  it("measures bold text a little wider", () => {
    const title = "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ";
    expect(wrappedLines(title, 30, 13, true)).toBeGreaterThanOrEqual(wrappedLines(title, 30, 13, false));
  });
});
