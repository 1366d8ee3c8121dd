import {
  analyzeSheet,
  describeCounts,
  freeSheetName,
  placementOf,
  planAnnotations,
  SHEET_COLUMNS,
  sheetReference,
  verdictSheetName,
} from "../../src/core";
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

  it("goes beside the table, with no verdict sheet", () => {
    expect([plan.placement, plan.verdictSheet]).toEqual(["beside", null]);
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

describe("a table reaching the sheet's last column", () => {
  it.each([
    [0, "beside"],
    [SHEET_COLUMNS - 3, "beside"],
    [SHEET_COLUMNS - 2, "own-sheet"],
    [SHEET_COLUMNS - 1, "own-sheet"],
    [SHEET_COLUMNS, "own-sheet"],
  ] as const)("free column %i: %s", (freeColumn, placement) => {
    expect(placementOf({ freeColumn })).toBe(placement);
  });

  const wide = { ...table, lastColumn: SHEET_COLUMNS - 1, freeColumn: SHEET_COLUMNS };
  const plan = planAnnotations(wide, ENGINE.vi, { sheetNames: ["Phụ lục", "Đánh giá - Phụ lục"] });
  const sheet = plan.verdictSheet;

  it("lays the verdicts out on a sheet of their own, named after the table's, free in the workbook", () => {
    expect(plan.placement).toBe("own-sheet");
    expect(sheet && { ...sheet, rows: sheet.rows.length }).toEqual({
      name: "Đánh giá - Phụ lục (2)",
      headers: ["Dòng", "Số TT", "Nội dung công việc", "Đánh giá", "Mức độ hoàn thành", "Lý do"],
      widths: [8, 8, 50, 16, 13, 60],
      headerRow: 1,
      rows: plan.rows.length,
      summaryRow: plan.rows.length + 3,
      summaryColumn: 2,
    });
  });

  it("gives every row its place on the original: row, link, task number and a short text", () => {
    expect(sheet?.rows.map((r) => r.row)).toEqual(plan.rows.map((r) => r.row));
    expect(sheet?.rows.slice(0, 3)).toEqual([
      { ...plan.rows[0], at: 2, ordinal: "I", text: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", link: "'Phụ lục'!A6" },
      {
        ...plan.rows[1],
        at: 3,
        ordinal: "1",
        text: "Đề xuất các giải pháp, sáng kiến trong công tác cải cách hành chính đáp ứng…",
        link: "'Phụ lục'!A7",
      },
      {
        ...plan.rows[2],
        at: 4,
        ordinal: "2",
        text: "Bám sát các nhiệm vụ đề ra tại Kế hoạch CCHC năm 2024 triển khai thực hiện đảm…",
        link: "'Phụ lục'!A8",
      },
    ]);
    for (const row of sheet?.rows ?? []) expect(row.text.length).toBeLessThanOrEqual(80);
  });

  it("names it in English when asked", () => {
    const en = planAnnotations(wide, ENGINE.en);
    expect([en.verdictSheet?.name, en.verdictSheet?.headers.slice(0, 3)]).toEqual([
      "Verdicts - Phụ lục",
      ["Row", "No.", "Task"],
    ]);
  });
});

describe("freeSheetName and verdictSheetName", () => {
  it.each([
    ["Đánh giá - Phụ lục", [], "Đánh giá - Phụ lục"],
    ["Đánh giá - Phụ lục", ["đánh giá - phụ lục"], "Đánh giá - Phụ lục (2)"],
    ["Đánh giá - Phụ lục", ["Đánh giá - Phụ lục", "Đánh giá - Phụ lục (2)"], "Đánh giá - Phụ lục (3)"],
    ["Đánh giá - Phụ lục kết quả năm 2024", [], "Đánh giá - Phụ lục kết quả năm"],
    [
      "Đánh giá - Phụ lục kết quả năm 2024",
      ["Đánh giá - Phụ lục kết quả năm"],
      "Đánh giá - Phụ lục kết quả (2)",
    ],
    ["Đánh giá - [PL]: 1/2 * ?\\", [], "Đánh giá - PL 12"],
    ["Đánh giá - 'PL'", [], "Đánh giá - 'PL"],
    ["'''", [], "Sheet"],
    ["Đánh giá - 😀😀😀😀😀😀😀😀😀😀", [], "Đánh giá - 😀😀😀😀😀😀😀😀😀😀"],
    ["Đánh giá - a😀😀😀😀😀😀😀😀😀😀", [], "Đánh giá - a😀😀😀😀😀😀😀😀😀"],
  ])("%s, with %j taken: %s", (wanted, taken, name) => {
    const free = freeSheetName(wanted, taken);
    expect(free).toBe(name);
    expect(free.length).toBeLessThanOrEqual(31);
    expect(free).not.toMatch(/[:\\/?*[\]]|^'|'$/);
  });

  it("puts the language's words before the sheet's name", () => {
    expect([
      verdictSheetName("Phụ lục", [], ENGINE.vi),
      verdictSheetName("Phụ lục", [], ENGINE.en),
      verdictSheetName("Phụ lục 1 - Kết quả thực hiện kế hoạch", [], ENGINE.vi),
    ]).toEqual(["Đánh giá - Phụ lục", "Verdicts - Phụ lục", "Đánh giá - Phụ lục 1 - Kết quả"]);
  });

  it("quotes a sheet's name for a reference", () => {
    expect([
      sheetReference("Phụ lục", 0, 12),
      sheetReference("PL của xã", 16_381, 4),
      sheetReference("Bà's", 0, 1),
    ]).toEqual(["'Phụ lục'!A12", "'PL của xã'!XFB4", "'Bà''s'!A1"]);
  });
});
