import { analyzeSheet, describeCounts, planAnnotations } from "../../src/core";
import { ENGINE } from "../../src/i18n";
import { seedGrid } from "../helpers/seed";

const table = analyzeSheet({ cells: seedGrid(), sheetName: "Phụ lục" }).tables[0]!;

describe("planAnnotations", () => {
  const plan = planAnnotations(table, ENGINE.vi);

  it("adds three columns right of the table, headed in Vietnamese", () => {
    expect({
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      firstColumn: plan.firstColumn,
      headers: plan.headers,
    }).toEqual({
      sheet: "Phụ lục",
      headerRow: 5,
      firstColumn: 4,
      headers: ["Đánh giá", "Mức độ hoàn thành", "Lý do"],
    });
  });

  it("marks every task and section row, in row order", () => {
    expect(plan.rows.filter((r) => r.kind === "task")).toHaveLength(26);
    expect(plan.rows.filter((r) => r.kind === "section").map((r) => [r.row, r.verdictText])).toEqual([
      [6, "2/5 đạt (40%)"],
      [12, "1/1 đạt (100%)"],
      [15, "7/7 đạt (100%)"],
      [23, "2/2 đạt (100%)"],
      [26, "1/1 đạt (100%)"],
      [28, "6/8 đạt (75%)"],
      [38, "1/2 đạt (50%)"],
    ]);
    const rows = plan.rows.map((r) => r.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("writes the verdict, the completion as a share and as text, and the reasons", () => {
    expect(plan.rows.find((r) => r.row === 35)).toEqual({
      row: 35,
      kind: "task",
      verdict: "unmet",
      verdictText: "Chưa đạt",
      completion: 0.3189,
      completionText: "31,89%",
      reason: "Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.",
    });
    expect(plan.rows.find((r) => r.row === 9)).toMatchObject({
      verdict: "no-data",
      completion: null,
      completionText: "",
    });
  });

  it("puts the summary under the table", () => {
    expect(plan.summaryRow).toBe(42);
    expect(plan.summary).toEqual([
      ["Tổng hợp kiểm tra phụ lục", "20/26 đạt (76,92%)"],
      ["Số nhiệm vụ", "26"],
      ["Đạt", "20"],
      ["Chưa đạt", "5"],
      ["Chưa có số liệu", "1"],
      ["Cần xem lại", "0"],
      ["Tỷ lệ nhiệm vụ đạt", "76,92%"],
      ["Mức độ hoàn thành bình quân", "95,83%"],
    ]);
  });

  it("speaks English when asked", () => {
    const en = planAnnotations(table, ENGINE.en);
    expect(en.headers).toEqual(["Verdict", "Completion", "Reason"]);
    expect(en.rows.find((r) => r.row === 35)?.reason).toBe("Result 22.32% is below the target ≥ 70%.");
    expect(en.summary[0]).toEqual(["Appendix check summary", "20/26 met (76.92%)"]);
  });
});

describe("describeCounts", () => {
  it("handles a section without tasks", () => {
    expect(
      describeCounts(
        {
          tasks: 0,
          met: 0,
          unmet: 0,
          noData: 0,
          review: 0,
          percentMet: null,
          meanCompletion: null,
        },
        ENGINE.vi,
      ),
    ).toBe("0/0 đạt");
  });
});
