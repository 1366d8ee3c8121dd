/** @jest-environment jsdom */
// jsdom for DOMParser and XMLSerializer: a real XML parser checks what serializeReview writes, and a real
// XML writer produces a variant parseReview must read.
import {
  analyzeSheet,
  applyReview,
  CONTENT_KEPT,
  decide,
  decisionKey,
  parseReview,
  REVIEW_NAMESPACE,
  serializeReview,
  withOverride,
  withoutOverride,
  type CellInput,
  type Finding,
  type Override,
  type TableResult,
  type TaskResult,
  type Verdict,
} from "../../src/core";
import type { Issue } from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import { seedGrid } from "../helpers/seed";

const SHEET = "Phụ lục";
const AT = "2026-12-02T08:30:00Z";
const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

function tableOf(cells: CellInput[][], sheetName = SHEET, index = 0): TableResult {
  const table = analyzeSheet({ cells, sheetName }).tables[index];
  if (!table) throw new Error(`no table ${index} on ${sheetName}`);
  return table;
}

const seed = (): TableResult => tableOf(seedGrid());

function taskOf(table: TableResult, ordinal: string): TaskResult {
  const task = table.tasks.find((t) => t.ordinal === ordinal);
  if (!task) throw new Error(`no task ${ordinal}`);
  return task;
}

function choose(
  table: TableResult,
  ordinal: string,
  verdict: Verdict,
  comment = "",
  reviewer = "",
): Override {
  return decide(table, taskOf(table, ordinal), { verdict, comment, reviewer, at: AT });
}

/** The seed grid with `change` applied to a copy. */
function edited(change: (grid: string[][]) => void): string[][] {
  const grid = seedGrid();
  change(grid);
  return grid;
}

const TASK_26 = "Đảm bảo hoàn thành chỉ tiêu phát triển KT-XH do HĐND xã giao";

describe("applyReview", () => {
  const table = seed();

  it("returns the very same tables when there are no decisions", () => {
    const second = tableOf(
      edited(() => undefined),
      "Khác",
    );
    const review = applyReview([table, second], []);
    expect(review).toEqual({
      tables: [table, second],
      decisions: [],
      orphans: [],
      superseded: [],
      findings: [],
    });
    expect(review.tables[0]).toBe(table);
    expect(review.tables[1]).toBe(second);
  });

  it("lays a changed verdict over task 26 and recounts the table and its section only", () => {
    const before = JSON.parse(JSON.stringify(table)) as TableResult;
    const override = choose(table, "26", "met", "  Đã rà soát: các chỉ tiêu chính đạt. ", " Nguyễn Văn A ");
    expect(override).toEqual({
      sheet: SHEET,
      row: 39,
      ordinal: "26",
      content: TASK_26,
      computed: "unmet",
      verdict: "met",
      comment: "Đã rà soát: các chỉ tiêu chính đạt.",
      reviewer: "Nguyễn Văn A",
      at: AT,
    });

    const review = applyReview([table], [override]);
    const reviewed = review.tables[0]!;
    expect(reviewed.summary).toEqual({ ...table.summary, met: 21, unmet: 4, percentMet: 80.77 });
    expect(table.summary).toMatchObject({ tasks: 26, met: 20, unmet: 5, noData: 1, percentMet: 76.92 });

    // Section VII holds tasks 26 and 27; no other section changes.
    const vii = table.sections.findIndex((s) => s.ordinal === "VII");
    expect(reviewed.sections[vii]).toEqual({
      ...table.sections[vii],
      summary: { ...table.sections[vii]!.summary, met: 2, unmet: 0, percentMet: 100 },
    });
    expect(reviewed.sections.filter((_, i) => i !== vii)).toEqual(table.sections.filter((_, i) => i !== vii));

    const task = taskOf(table, "26");
    expect(taskOf(reviewed, "26")).toEqual({
      ...task,
      verdict: "met",
      reasons: [
        {
          code: "reviewer-changed",
          params: {
            verdict: "met",
            computed: "unmet",
            comment: "Đã rà soát: các chỉ tiêu chính đạt.",
            reviewer: "Nguyễn Văn A",
          },
        },
        ...task.reasons,
      ],
    });
    expect(reviewed.tasks.filter((t) => t.ordinal !== "26")).toEqual(
      table.tasks.filter((t) => t.ordinal !== "26"),
    );
    // Everything but tasks, sections and summary is the engine's.
    expect({ ...reviewed, tasks: table.tasks, sections: table.sections, summary: table.summary }).toEqual(
      table,
    );

    expect(review.decisions).toEqual([
      { override, sheet: SHEET, row: 39, ordinal: "26", computed: "unmet", kind: "changed", stale: false },
    ]);
    expect([review.orphans, review.findings]).toEqual([[], []]);
    // The engine's table is not touched.
    expect(table).toEqual(before);
  });

  it.each<
    [string, Verdict, { met: number; unmet: number; noData: number; review: number; percentMet: number }]
  >([
    ["26", "met", { met: 21, unmet: 4, noData: 1, review: 0, percentMet: 80.77 }],
    ["4", "met", { met: 21, unmet: 5, noData: 0, review: 0, percentMet: 80.77 }],
    ["1", "unmet", { met: 19, unmet: 6, noData: 1, review: 0, percentMet: 73.08 }],
    ["2", "review", { met: 20, unmet: 4, noData: 1, review: 1, percentMet: 76.92 }],
    ["13", "no-data", { met: 19, unmet: 5, noData: 2, review: 0, percentMet: 73.08 }],
  ])("task %s set to %s is counted as the reviewer decided", (ordinal, verdict, counts) => {
    const review = applyReview([table], [choose(table, ordinal, verdict)]);
    expect(review.tables[0]!.summary).toEqual({ ...table.summary, tasks: 26, ...counts });
    expect(review.decisions.map((d) => [d.ordinal, d.kind, d.stale])).toEqual([[ordinal, "changed", false]]);
  });

  it("counts a confirmation as the computed verdict and says who confirmed", () => {
    const override = choose(table, "2", "unmet");
    const review = applyReview([table], [override]);
    const reviewed = review.tables[0]!;
    expect(reviewed.summary).toEqual(table.summary);
    expect(reviewed.sections).toEqual(table.sections);
    const task = taskOf(table, "2");
    expect(taskOf(reviewed, "2")).toEqual({
      ...task,
      reasons: [
        { code: "reviewer-confirmed", params: { verdict: "unmet", computed: "unmet" } },
        ...task.reasons,
      ],
    });
    expect(review.decisions).toEqual([
      { override, sheet: SHEET, row: 8, ordinal: "2", computed: "unmet", kind: "confirmed", stale: false },
    ]);
    expect(review.findings).toEqual([]);
  });

  it("recounts outer sections too when sections nest", () => {
    const nested = tableOf([
      HEADER,
      ["A", "CHỈ SỐ CCHC", null, null],
      ["I", "THỂ CHẾ", null, null],
      ["1", "Việc một", "100%", "100%"],
      ["II", "THỦ TỤC", null, null],
      ["2", "Việc hai", "100%", "90%"],
      ["B", "CHỈ SỐ SIPAS", null, null],
      ["3", "Việc ba", "100%", "100%"],
    ]);
    const counts = (t: TableResult): unknown[] =>
      t.sections.map((s) => [s.ordinal, s.taskRows, s.summary.tasks, s.summary.met, s.summary.unmet]);
    expect(counts(nested)).toEqual([
      ["A", [4, 6], 2, 1, 1],
      ["I", [4], 1, 1, 0],
      ["II", [6], 1, 0, 1],
      ["B", [8], 1, 1, 0],
    ]);
    const reviewed = applyReview([nested], [choose(nested, "2", "met")]).tables[0]!;
    expect(counts(reviewed)).toEqual([
      ["A", [4, 6], 2, 2, 0],
      ["I", [4], 1, 1, 0],
      ["II", [6], 1, 1, 0],
      ["B", [8], 1, 1, 0],
    ]);
    expect(reviewed.summary).toMatchObject({ tasks: 3, met: 3, unmet: 0, percentMet: 100 });
  });

  it("recounts the part of a table before its first section", () => {
    const loose = tableOf([
      HEADER,
      ["1", "Việc ngoài mục", "100%", "50%"],
      ["I", "MỤC MỘT", null, null],
      ["2", "Việc trong mục", "100%", "100%"],
    ]);
    expect(loose.sections.map((s) => [s.ordinal, s.taskRows, s.summary.met])).toEqual([
      ["", [2], 0],
      ["I", [4], 1],
    ]);
    const reviewed = applyReview([loose], [choose(loose, "1", "met")]).tables[0]!;
    expect(reviewed.sections.map((s) => [s.ordinal, s.summary.met, s.summary.unmet])).toEqual([
      ["", 1, 0],
      ["I", 1, 0],
    ]);
  });

  it("flags a decision taken when the engine judged otherwise as stale, and still applies it", () => {
    // The reviewer confirmed task 26 when its result said it was met; the officer has since edited the row.
    const earlier = tableOf(edited((grid) => (grid[38]![3] = "Hoàn thành 100% chỉ tiêu đề ra")));
    expect(taskOf(earlier, "26").verdict).toBe("met");
    const override = choose(earlier, "26", "met", "Đúng", "B");
    expect(override.computed).toBe("met");

    const review = applyReview([table], [override]);
    expect(review.decisions).toEqual([
      { override, sheet: SHEET, row: 39, ordinal: "26", computed: "unmet", kind: "changed", stale: true },
    ]);
    expect(review.findings).toEqual<Finding[]>([
      {
        code: "review-stale",
        severity: "warning",
        params: { sheet: SHEET, ordinal: "26", before: "met", verdict: "unmet" },
        row: 39,
        cell: "A39",
      },
    ]);
    expect(taskOf(review.tables[0]!, "26").verdict).toBe("met");
    expect(taskOf(review.tables[0]!, "26").reasons[0]).toEqual({
      code: "reviewer-changed",
      params: { verdict: "met", computed: "unmet", comment: "Đúng", reviewer: "B" },
    });
    expect(review.tables[0]!.summary.met).toBe(21);
  });

  it("is not stale when the engine still judges as it did", () => {
    const review = applyReview([table], [choose(table, "26", "met"), choose(table, "2", "unmet")]);
    expect(review.decisions.map((d) => d.stale)).toEqual([false, false]);
    expect(review.findings).toEqual([]);
  });

  describe("finding each decision's task again", () => {
    const decisions = [choose(table, "2", "met"), choose(table, "26", "met", "x")];

    it.each<[string, (grid: string[][]) => void, number[]]>([
      ["nothing changed", () => undefined, [8, 39]],
      [
        "two rows inserted above the table",
        (grid) => grid.splice(4, 0, ["", "", "", ""], ["Đơn vị tính: nhiệm vụ", "", "", ""]),
        [10, 41],
      ],
      ["a row inserted between the tasks", (grid) => grid.splice(37, 0, ["", "", "", ""]), [8, 40]],
      [
        "the tasks reworded in place under the same numbers",
        (grid) => {
          grid[7]![1] = "Bám sát kế hoạch CCHC năm 2024";
          grid[38]![1] = "Bảo đảm hoàn thành các chỉ tiêu KT-XH";
        },
        [8, 39],
      ],
      [
        "rows moved and the content retyped in capitals without diacritics",
        (grid) => {
          grid.splice(0, 0, ["", "", "", ""]);
          grid[39]![1] = "DAM BAO HOAN THANH CHI TIEU PHAT TRIEN KT-XH DO HDND XA GIAO";
        },
        [9, 40],
      ],
    ])("applies both decisions when %s", (_, change, rows) => {
      const now = tableOf(edited(change));
      const review = applyReview([now], decisions);
      expect(review.decisions).toEqual([
        {
          override: decisions[0],
          sheet: SHEET,
          row: rows[0],
          ordinal: "2",
          computed: "unmet",
          kind: "changed",
          stale: false,
        },
        {
          override: decisions[1],
          sheet: SHEET,
          row: rows[1],
          ordinal: "26",
          computed: "unmet",
          kind: "changed",
          stale: false,
        },
      ]);
      expect(review.decisions.map((d) => d.override.row)).toEqual([8, 39]);
      expect([review.orphans, review.findings]).toEqual([[], []]);
      expect(review.tables[0]!.summary).toMatchObject({ met: 22, unmet: 3 });
      expect(review.tables[0]!.tasks.filter((t) => rows.includes(t.row)).map((t) => t.verdict)).toEqual([
        "met",
        "met",
      ]);
    });

    it.each<[string, (grid: string[][]) => void]>([
      ["the task's row was deleted", (grid) => grid.splice(38, 1)],
      ["the task was renumbered", (grid) => (grid[38]![0] = "26a")],
      [
        "rows moved and the task was reworded",
        (grid) => {
          grid.splice(4, 0, ["", "", "", ""]);
          grid[39]![1] = "Nội dung khác hẳn";
        },
      ],
    ])("leaves the decision on task 26 an orphan when %s", (_, change) => {
      const now = tableOf(edited(change));
      const review = applyReview([now], decisions);
      expect(review.decisions.map((d) => d.ordinal)).toEqual(["2"]);
      expect(review.orphans).toEqual([decisions[1]]);
      expect(review.findings).toEqual<Finding[]>([
        {
          code: "review-orphaned",
          severity: "warning",
          params: { sheet: SHEET, row: 39, ordinal: "26", content: TASK_26, verdict: "met" },
        },
      ]);
      expect(review.tables[0]!.summary.met).toBe(now.summary.met + 1);
    });

    it("leaves a decision on another sheet an orphan and the table as it was", () => {
      const elsewhere = { ...decisions[1]!, sheet: "Khác" };
      const review = applyReview([table], [elsewhere]);
      expect(review.tables[0]).toBe(table);
      expect(review.decisions).toEqual([]);
      expect(review.orphans).toEqual([elsewhere]);
      expect(review.findings).toEqual([
        {
          code: "review-orphaned",
          severity: "warning",
          params: {
            sheet: "Khác",
            row: elsewhere.row,
            ordinal: elsewhere.ordinal,
            content: elsewhere.content,
            verdict: elsewhere.verdict,
          },
        },
      ]);
    });

    it("lets the later of two decisions on one task win", () => {
      const first = choose(table, "26", "review");
      const second = choose(table, "26", "met");
      const review = applyReview([table], [first, second]);
      expect(review.decisions.map((d) => d.override)).toEqual([second]);
      expect(taskOf(review.tables[0]!, "26").verdict).toBe("met");
      expect(review.orphans).toEqual([]);
    });
  });

  it("applies decisions on two tables of one sheet and on a table of another sheet", () => {
    const cells: CellInput[][] = [
      ["PHỤ LỤC 1"],
      HEADER,
      ["1", "Việc một", "100%", "100%"],
      ["2", "Việc hai", "100%", "100%"],
      [],
      ["PHỤ LỤC 2"],
      HEADER,
      ["1", "Việc khác", "100%", "Chưa đạt 100%"],
    ];
    const first = tableOf(cells, "Hai bảng", 0);
    const second = tableOf(cells, "Hai bảng", 1);
    const other = seed();
    const overrides = [
      choose(second, "1", "met", "Đã hoàn thành sau kỳ báo cáo"),
      choose(first, "1", "review"),
      choose(other, "26", "met"),
    ];
    expect(overrides.map((o) => [o.sheet, o.row, o.ordinal])).toEqual([
      ["Hai bảng", 8, "1"],
      ["Hai bảng", 3, "1"],
      [SHEET, 39, "26"],
    ]);
    const review = applyReview([first, second, other], overrides);
    expect(
      review.tables.map((t) => [t.summary.tasks, t.summary.met, t.summary.unmet, t.summary.review]),
    ).toEqual([
      [2, 1, 0, 1],
      [1, 1, 0, 0],
      [26, 21, 4, 0],
    ]);
    // Decisions come in table order, not in the order stored.
    expect(review.decisions.map((d) => [d.sheet, d.row, d.kind])).toEqual([
      ["Hai bảng", 3, "changed"],
      ["Hai bảng", 8, "changed"],
      [SHEET, 39, "changed"],
    ]);
    expect(review.decisions.map((d) => d.override)).toEqual([overrides[1], overrides[0], overrides[2]]);
  });
});

describe("two decisions on one task", () => {
  it("the later one applies; the earlier one is reported as superseded, not as an orphan", () => {
    const table = seed();
    const first = choose(table, "26", "met", "lần đầu");
    // The same task, stored again under the row it had before a row above was removed.
    const second = { ...choose(table, "26", "review", "lần hai"), row: 38 };
    const review = applyReview([table], [first, second]);
    expect(review.decisions.map((d) => [d.override, d.row])).toEqual([[second, 39]]);
    expect([review.superseded, review.orphans]).toEqual([[first], []]);
    expect(taskOf(review.tables[0]!, "26").verdict).toBe("review");
  });
});

describe("keeping the list of decisions", () => {
  const table = seed();
  const a = choose(table, "2", "met");
  const b = choose(table, "26", "met");
  const c = { ...choose(table, "26", "review"), sheet: "Khác" };

  it("decisionKey names a task by sheet and first row", () => {
    expect([decisionKey(SHEET, 39), decisionKey("Sheet'1", 1)]).toEqual(["Phụ lục!39", "Sheet'1!1"]);
  });

  it("withOverride replaces an earlier decision on the same task and adds a new one at the end", () => {
    const list = [a, b, c];
    const changed = choose(table, "26", "review", "Cần hồ sơ chứng minh");
    expect(withOverride(list, changed)).toEqual([a, c, changed]);
    const added = choose(table, "4", "met");
    expect(withOverride(list, added)).toEqual([a, b, c, added]);
    expect(withOverride([], a)).toEqual([a]);
    // The list given is not changed.
    expect(list).toEqual([a, b, c]);
  });

  it("withOverride never drops another task's decision stored at the same row after rows moved", () => {
    // Task 26's decision was taken at row 39; rows moved, and another task now starts at row 39.
    const moved = { ...b, row: 38 };
    const other = { ...choose(table, "26", "met"), ordinal: "25", content: "Ứng dụng dữ liệu", row: 39 };
    expect(withOverride([a, moved], other)).toEqual([a, moved, other]);
    // Replacing task 26's decision names the record found for it, wherever it is stored.
    const again = { ...choose(table, "26", "review", "Xem lại"), row: 40 };
    expect(withOverride([a, moved, other], again, [moved])).toEqual([a, other, again]);
  });

  it("withoutOverride removes the very records given: the undo", () => {
    const list = [a, b, c];
    expect(withoutOverride(list, [b])).toEqual([a, c]);
    expect(withoutOverride(list, [c, a])).toEqual([b]);
    expect(withoutOverride(list, [{ ...b }])).toEqual(list);
    expect(withoutOverride([], [b])).toEqual([]);
    expect(list).toEqual([a, b, c]);
  });
});

describe("decide", () => {
  const table = seed();

  it.each([
    ["7", 341, CONTENT_KEPT],
    ["14", 226, CONTENT_KEPT],
    ["6", 199, 199],
    ["26", 60, 60],
  ])("keeps at most CONTENT_KEPT characters of task %s (%i long)", (ordinal, length, kept) => {
    const task = taskOf(table, ordinal);
    expect(task.content).toHaveLength(length);
    const override = choose(table, ordinal, "met");
    expect(override.content).toBe(task.content.slice(0, kept));
    expect(override.content).toHaveLength(kept);
  });

  it("trims the comment and the reviewer and keeps the caller's time", () => {
    const task = taskOf(table, "4");
    expect(
      decide(table, task, { verdict: "unmet", comment: "\n\t Thiếu số liệu  \n", reviewer: "  ", at: "t" }),
    ).toEqual({
      sheet: SHEET,
      row: 9,
      ordinal: "4",
      content: task.content,
      computed: "no-data",
      verdict: "unmet",
      comment: "Thiếu số liệu",
      reviewer: "",
      at: "t",
    });
  });

  it("never cuts a character in half, so the stored XML stays well-formed", () => {
    const task = { ...taskOf(table, "26"), content: `${"a".repeat(CONTENT_KEPT - 1)}😀 rồi tiếp` };
    const override = decide(table, task, { verdict: "met", comment: "", reviewer: "", at: AT });
    expect(override.content).toBe("a".repeat(CONTENT_KEPT - 1));
    const xml = serializeReview([override]);
    expect(wellFormed(xml)).toBe(true);
    expect(parseReview(xml)).toEqual({ overrides: [override], findings: [] });
    // The task is found again by its content after rows move.
    const moved = {
      ...table,
      tasks: table.tasks.map((t) => (t.ordinal === "26" ? { ...task, row: 45 } : t)),
    };
    expect(applyReview([moved], [override]).decisions.map((d) => d.row)).toEqual([45]);
  });
});

describe("texts of the review codes", () => {
  it.each<[string, Record<string, string | number>, string, string]>([
    [
      "reviewer-changed",
      { verdict: "met", computed: "unmet", comment: "Đã rà soát lại", reviewer: "Nguyễn Văn A" },
      "Người thẩm định Nguyễn Văn A đánh giá “Đạt” thay cho “Chưa đạt” của máy: “Đã rà soát lại”.",
      "The reviewer Nguyễn Văn A decided “Met” instead of the check's “Unmet”: “Đã rà soát lại”.",
    ],
    [
      "reviewer-changed",
      { verdict: "review", computed: "no-data" },
      "Người thẩm định đánh giá “Cần xem lại” thay cho “Chưa có số liệu” của máy.",
      "The reviewer decided “Review” instead of the check's “No data”.",
    ],
    [
      "reviewer-confirmed",
      { verdict: "unmet", computed: "unmet" },
      "Người thẩm định xác nhận “Chưa đạt”.",
      "The reviewer confirmed “Unmet”.",
    ],
    [
      "reviewer-confirmed",
      { verdict: "met", computed: "met", comment: "Có minh chứng", reviewer: "Trần B" },
      "Người thẩm định Trần B xác nhận “Đạt”: “Có minh chứng”.",
      "The reviewer Trần B confirmed “Met”: “Có minh chứng”.",
    ],
    [
      "review-stale",
      { ordinal: "26", before: "met", verdict: "unmet" },
      "Nhiệm vụ 26: người thẩm định quyết định khi máy đánh giá “Đạt”, nay máy đánh giá “Chưa đạt” (dòng đã được sửa); nên xem lại quyết định.",
      "Task 26: the reviewer decided when the check found “Met”; it now finds “Unmet” (the row was edited). The decision should be looked at again.",
    ],
    [
      "review-orphaned",
      { sheet: SHEET, row: 39, ordinal: "26", content: TASK_26, verdict: "met" },
      `Quyết định thẩm định cho nhiệm vụ 26 (trang “Phụ lục”, dòng 39: “${TASK_26}”) không còn khớp nhiệm vụ nào trong bảng nên không được áp dụng.`,
      `The review decision on task 26 (sheet “Phụ lục”, row 39: “${TASK_26}”) no longer matches a task in the table and is not applied.`,
    ],
    [
      "review-unreadable",
      { detail: "entry", index: 2 },
      "Không đọc được quyết định thẩm định thứ 2 lưu trong tệp; quyết định này được bỏ qua.",
      "Review decision no. 2 stored in the file could not be read and is skipped.",
    ],
    [
      "review-unreadable",
      { detail: "namespace" },
      "Phần lưu quyết định thẩm định trong tệp không đúng định dạng nên được bỏ qua.",
      "The part of the file that stores review decisions is not in the expected format and is skipped.",
    ],
  ])("%s %j", (code, params, vi, en) => {
    // The table pairs codes with their own params; the union cannot see that through it.each.
    const issue = { code, params } as Issue;
    expect(describeIssue(issue, "vi")).toBe(vi);
    expect(describeIssue(issue, "en")).toBe(en);
  });

  it("describes what applyReview produces", () => {
    const table = seed();
    const review = applyReview([table], [choose(table, "26", "met", "Đạt sau rà soát", "C")]);
    expect(
      taskOf(review.tables[0]!, "26")
        .reasons.slice(0, 1)
        .map((r) => describeIssue(r, "en")),
    ).toEqual(["The reviewer C decided “Met” instead of the check's “Unmet”: “Đạt sau rà soát”."]);
  });
});

// ---- storage ----------------------------------------------------------------------------------------------

function wellFormed(xml: string): boolean {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  return doc.getElementsByTagName("parsererror").length === 0;
}

const BASE: Override = {
  sheet: SHEET,
  row: 39,
  ordinal: "26",
  content: TASK_26,
  computed: "unmet",
  verdict: "met",
  comment: "Đã rà soát",
  reviewer: "Nguyễn Văn A",
  at: AT,
};

const decision = (attributes: string, body = ""): string =>
  body ? `<decision ${attributes}>${body}</decision>` : `<decision ${attributes}/>`;
const review = (...entries: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><review xmlns="${REVIEW_NAMESPACE}" version="1">${entries.join("")}</review>`;
const GOOD = `sheet="${SHEET}" row="39" ordinal="26" computed="unmet" verdict="met" reviewer="Nguyễn Văn A" at="${AT}"`;
const BODY = `<task>${TASK_26}</task><comment>Đã rà soát</comment>`;

describe("serializeReview", () => {
  it("writes our namespace, one element per decision, in the order given", () => {
    expect(serializeReview([BASE, { ...BASE, row: 8, ordinal: "2", comment: "", reviewer: "" }])).toBe(
      [
        `<review xmlns="urn:par-appendix-checker:review:1" version="1">`,
        `  <decision sheet="Phụ lục" row="39" ordinal="26" computed="unmet" verdict="met" reviewer="Nguyễn Văn A" at="${AT}">`,
        `    <task>${TASK_26}</task>`,
        `    <comment>Đã rà soát</comment>`,
        `  </decision>`,
        `  <decision sheet="Phụ lục" row="8" ordinal="2" computed="unmet" verdict="met" reviewer="" at="${AT}">`,
        `    <task>${TASK_26}</task>`,
        `    <comment></comment>`,
        `  </decision>`,
        `</review>`,
      ].join("\n"),
    );
  });

  it("writes an empty list as an empty review", () => {
    const xml = serializeReview([]);
    expect(xml).toBe(`<review xmlns="urn:par-appendix-checker:review:1" version="1">\n</review>`);
    expect(parseReview(xml)).toEqual({ overrides: [], findings: [] });
  });
});

describe("serializeReview then parseReview", () => {
  const long = "Ý kiến thẩm định rất dài. ".repeat(400);

  it.each<[string, string, string]>([
    [
      "markup characters",
      `a & b < c > d "e" 'f' &amp; ]]> <![CDATA[x]]>`,
      `a & b < c > d "e" 'f' &amp; ]]> <![CDATA[x]]>`,
    ],
    ["line breaks and tabs", "dòng 1\ndòng 2\r\ndòng 3\r\tthụt\t", "dòng 1\ndòng 2\r\ndòng 3\r\tthụt\t"],
    [
      "Vietnamese diacritics",
      "Chưa đạt – Đạt ≥ 70%; Nguyễn Thị Hương",
      "Chưa đạt – Đạt ≥ 70%; Nguyễn Thị Hương",
    ],
    ["decomposed Vietnamese", "Đa\u0323t", "Đa\u0323t"],
    ["emoji and other planes", "👍🏽 ✅ 𠀀 \u{1F1FB}\u{1F1F3}", "👍🏽 ✅ 𠀀 \u{1F1FB}\u{1F1F3}"],
    [
      "control characters, stripped",
      "a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi",
      "abcdefghi",
    ],
    ["characters XML allows", "\u007f\u0085\u00a0\u2028\ufeff", "\u007f\u0085\u00a0\u2028\ufeff"],
    ["entity look-alikes", "&lt; &#10; &#x41; &unknown; &", "&lt; &#10; &#x41; &unknown; &"],
    ["spaces at the ends", "  cách  ", "  cách  "],
    ["an empty text", "", ""],
  ])("keeps %s", (_, text, expected) => {
    const override: Override = {
      ...BASE,
      ordinal: text,
      content: text.slice(0, CONTENT_KEPT),
      comment: text,
      reviewer: text,
      at: text,
    };
    const xml = serializeReview([override]);
    expect(wellFormed(xml)).toBe(true);
    expect(parseReview(xml)).toEqual({
      overrides: [
        {
          ...override,
          ordinal: expected,
          content: expected.slice(0, CONTENT_KEPT),
          comment: expected,
          reviewer: expected,
          at: expected,
        },
      ],
      findings: [],
    });
  });

  it.each<[string, Partial<Override>]>([
    ["a very long comment", { comment: long }],
    ["an empty comment and reviewer", { comment: "", reviewer: "" }],
    ["a sheet name with apostrophes", { sheet: "Phụ lục 'A' (O'Brien)" }],
    ["a sheet name with symbols Excel allows", { sheet: `Bảng & "số" <1> #2 !3` }],
    ["other verdicts", { computed: "no-data", verdict: "review" }],
    ["a large row number", { row: 1_048_576 }],
  ])("keeps %s exactly", (_, change) => {
    const overrides: Override[] = [{ ...BASE, ...change }, BASE];
    const xml = serializeReview(overrides);
    expect(wellFormed(xml)).toBe(true);
    expect(parseReview(xml)).toEqual({ overrides, findings: [] });
  });

  it("reads what a real XML parser reads", () => {
    const override = { ...BASE, comment: `x < "y" & 'z'\n\tdòng`, reviewer: `A "B" <c>\n` };
    const doc = new DOMParser().parseFromString(serializeReview([override]), "application/xml");
    const root = doc.documentElement;
    const entry = root.getElementsByTagNameNS(REVIEW_NAMESPACE, "decision")[0]!;
    expect([root.namespaceURI, root.localName, root.getAttribute("version")]).toEqual([
      REVIEW_NAMESPACE,
      "review",
      "1",
    ]);
    expect(
      ["sheet", "row", "ordinal", "computed", "verdict", "reviewer", "at"].map((n) => entry.getAttribute(n)),
    ).toEqual([SHEET, "39", "26", "unmet", "met", `A "B" <c>\n`, AT]);
    expect(entry.getElementsByTagNameNS(REVIEW_NAMESPACE, "task")[0]!.textContent).toBe(TASK_26);
    expect(entry.getElementsByTagNameNS(REVIEW_NAMESPACE, "comment")[0]!.textContent).toBe(override.comment);
  });

  it("reads the document as another XML writer writes it back", () => {
    const overrides = [
      { ...BASE, comment: `x < "y" & 'z'\n\tdòng`, reviewer: `A "B" <c>\n\t` },
      { ...BASE, row: 8, ordinal: "2", comment: "", reviewer: "" },
    ];
    const doc = new DOMParser().parseFromString(serializeReview(overrides), "application/xml");
    const rewritten = new XMLSerializer().serializeToString(doc);
    expect(rewritten).not.toBe(serializeReview(overrides));
    expect(parseReview(rewritten)).toEqual({ overrides, findings: [] });
  });
});

describe("parseReview", () => {
  const entry = (change: Partial<Override> = {}): Override => ({ ...BASE, ...change });

  it.each<[string, string, Override[]]>([
    [
      "single-quoted attributes",
      review(
        `<decision sheet='${SHEET}' row='39' ordinal='26' computed='unmet' verdict='met' reviewer='O"Brien &amp; Co' at='${AT}'>${BODY}</decision>`,
      ),
      [entry({ reviewer: 'O"Brien & Co' })],
    ],
    [
      "a namespace prefix",
      `<?xml version="1.0"?>\n<r:review xmlns:r="${REVIEW_NAMESPACE}" version="1">\n  <r:decision ${GOOD}>\n    <r:task>${TASK_26}</r:task>\n    <r:comment>Đã rà soát</r:comment>\n  </r:decision>\n</r:review>`,
      [entry()],
    ],
    [
      "a literal > inside attribute values, as XML allows",
      review(
        `<decision sheet="${SHEET}" row="39" ordinal="26" computed="unmet" verdict="met" reviewer="A > B" at="${AT}">${BODY}</decision>`,
      ),
      [entry({ reviewer: "A > B" })],
    ],
    [
      "a CDATA comment",
      review(decision(GOOD, `<task>${TASK_26}</task><comment><![CDATA[a < b & "c" &amp;]]></comment>`)),
      [entry({ comment: `a < b & "c" &amp;` })],
    ],
    [
      "attributes in another order, spaced out over lines",
      review(
        `<decision\n  at = "${AT}"\n  verdict="met" computed="unmet"\trow="39"\n  reviewer="Nguyễn Văn A" ordinal="26" sheet="${SHEET}"\n>${BODY}</decision >`,
      ),
      [entry()],
    ],
    [
      "a self-closing decision with no children",
      review(decision(GOOD)),
      [entry({ content: "", comment: "" })],
    ],
    [
      "children in another order, one self-closing",
      review(decision(GOOD, `<comment/><task>${TASK_26}</task>`)),
      [entry({ comment: "" })],
    ],
    [
      "numeric and named character references",
      review(
        decision(
          `sheet="Ph&#7909; l&#x1EE5;c" row="39" ordinal="26" computed="unmet" verdict="met" reviewer="O&apos;Brien" at="${AT}"`,
          `<task>${TASK_26}</task><comment>&#x1F44D; &#39;ok&#39; &#10;</comment>`,
        ),
      ),
      [entry({ reviewer: "O'Brien", comment: "👍 'ok' \n" })],
    ],
    [
      "no reviewer or time, a decision next to a self-closing one",
      review(
        decision(`sheet="${SHEET}" row="8" ordinal="2" computed="unmet" verdict="met"`),
        decision(GOOD, BODY),
      ),
      [entry({ row: 8, ordinal: "2", content: "", comment: "", reviewer: "", at: "" }), entry()],
    ],
    [
      "a content longer than CONTENT_KEPT, cut",
      review(decision(GOOD, `<task>${"x".repeat(CONTENT_KEPT + 50)}</task><comment>Đã rà soát</comment>`)),
      [entry({ content: "x".repeat(CONTENT_KEPT) })],
    ],
    ["no decisions at all", review(), []],
  ])("reads %s", (_, xml, overrides) => {
    expect(parseReview(xml)).toEqual({ overrides, findings: [] });
  });

  it.each([
    ["an empty text", ""],
    ["text that is not XML", "Quyết định: 26 đạt"],
    ["JSON", JSON.stringify([BASE])],
    ["another namespace", `<review xmlns="urn:example:other"><decision ${GOOD}>${BODY}</decision></review>`],
    ["our namespace on another root", `<notes xmlns="${REVIEW_NAMESPACE}"><decision ${GOOD}/></notes>`],
  ])("gives a finding, not an exception, for %s", (_, xml) => {
    expect(parseReview(xml)).toEqual({
      overrides: [],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "namespace" } }],
    });
  });

  it.each([
    ["a verdict that is not one", `verdict="đạt"`],
    ["an empty computed verdict", `computed=""`],
    ["row 0", `row="0"`],
    ["a negative row", `row="-3"`],
    ["a fractional row", `row="2.5"`],
    ["a row that is not a number", `row="dòng 39"`],
  ])("skips an entry with %s and keeps the others", (_, bad) => {
    const name = bad.slice(0, bad.indexOf("="));
    const attributes = GOOD.replace(new RegExp(`\\b${name}="[^"]*"`), bad);
    expect(attributes).not.toBe(GOOD);
    const xml = review(
      decision(GOOD, BODY),
      decision(attributes, BODY),
      decision(GOOD.replace(`row="39"`, `row="8"`).replace(`ordinal="26"`, `ordinal="2"`), BODY),
    );
    expect(parseReview(xml)).toEqual({
      overrides: [entry(), entry({ row: 8, ordinal: "2" })],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 2 } }],
    });
  });

  it.each([
    ["no sheet", GOOD.replace(`sheet="${SHEET}" `, "")],
    ["no ordinal", GOOD.replace(`ordinal="26" `, "")],
    ["no row", GOOD.replace(`row="39" `, "")],
    ["no verdict", GOOD.replace(`verdict="met" `, "")],
  ])("skips an entry with %s", (_, attributes) => {
    expect(parseReview(review(decision(attributes, BODY), decision(GOOD, BODY)))).toEqual({
      overrides: [entry()],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 1 } }],
    });
  });
  it.each([
    ["an internal entity", `<!DOCTYPE review [<!ENTITY who "Nguyễn Văn A">]>`],
    ["the billion laughs", `<!DOCTYPE review [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`],
    ["an external entity", `<!DOCTYPE review [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`],
    ["a lower-case doctype", `<!doctype review>`],
  ])("reads nothing of a document that declares %s", (_, dtd) => {
    const xml = `<?xml version="1.0"?>${dtd}${review(decision(GOOD.replace(`reviewer="`, `reviewer="&who;`), BODY))}`;
    expect(parseReview(xml)).toEqual({
      overrides: [],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "doctype" } }],
    });
  });

  it.each([
    ["a decision never closed", review(decision(GOOD, BODY)).replace("</decision>", "")],
    ["a decision tag never ended", `${review()}`.replace("</review>", `<decision ${GOOD}`)],
    ["a tag with an unclosed quote", `${review()}`.replace("</review>", `<decision sheet="${SHEET}>`)],
    ["thousands of unclosed decisions", `${review()}${`<decision ${GOOD}>`.repeat(5000)}`],
    [
      "a decision with over 4,096 characters of attributes",
      review(decision(`${GOOD} x="${"y".repeat(4096)}"`, BODY)),
    ],
  ])("skips %s as one entry, and the rest with it", (_, xml) => {
    expect(parseReview(xml)).toEqual({
      overrides: [],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 1 } }],
    });
  });

  it("reads the decisions before an unclosed one", () => {
    const xml = review(decision(GOOD, BODY)).replace("</review>", `<decision ${GOOD}><task>x`);
    expect(parseReview(xml)).toEqual({
      overrides: [entry()],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 2 } }],
    });
  });
});
