/// <reference types="office-js" />
import {
  checkActiveSheet,
  clearMarks,
  createMarkState,
  MARKS_KEY,
  selectTaskRow,
  type CheckResult,
} from "../../src/office";
import { toTCVN3 } from "vietnamese-conversion";
import { seedGrid } from "../helpers/seed";
import { FakeExcel } from "./fake-excel";
import { cellsOf, column, generatedWorkbook, HEADER_LOOK, seedWorkbook, SHEET } from "./helpers";

const FIVE_MB = 5 * 1024 * 1024;

function ok(result: CheckResult): Extract<CheckResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

describe("a sheet typed in an old font", () => {
  test("is read in Unicode, judged as the seed and said so, and the officer's cells stay as typed", async () => {
    const excel = new FakeExcel();
    const retyped = seedGrid().map((row) => row.map((cell) => toTCVN3(cell, "UNICODE")));
    excel.seed(SHEET, retyped);
    const out = ok(await checkActiveSheet(excel.host()));
    expect(out.result.tables[0]?.summary).toMatchObject({ tasks: 26, met: 20, unmet: 5, noData: 1 });
    expect(out.result.findings.map((f) => f.code)).toEqual(["legacy-font"]);
    const cells = cellsOf(excel);
    expect([cells.B5?.value, cells.E35?.value]).toEqual([
      toTCVN3("Nội dung công việc", "UNICODE"),
      "Chưa đạt",
    ]);
  });
});

describe("annotating the seed appendix", () => {
  test("writes the verdict, completion and reason columns beside the table", async () => {
    const excel = seedWorkbook();
    const out = ok(await checkActiveSheet(excel.host()));
    expect(out.plan.map((p) => [p.firstColumn, p.headerRow, p.summaryRow])).toEqual([[4, 5, 42]]);
    const cells = cellsOf(excel);
    expect([cells.E5?.value, cells.F5?.value, cells.G5?.value]).toEqual([
      "Đánh giá",
      "Mức độ hoàn thành",
      "Lý do",
    ]);
    expect(cells.E35).toEqual({ value: "Chưa đạt" });
    expect(cells.F35).toEqual({ value: 0.3189, numberFormat: "0.00%" });
    expect(cells.G35).toEqual({ value: "Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%." });
    expect([cells.E8?.value, cells.E9?.value, cells.E6?.value]).toEqual([
      "Chưa đạt",
      "Chưa có số liệu",
      "2/5 đạt (40%)",
    ]);

    // Every task row of E7:E40 holds its verdict; the counts match the reviewer's 20 / 5 / 1.
    const table = out.result.tables[0];
    const taskRows = new Set(table?.tasks.map((t) => t.row));
    const verdicts = column(excel, "E", 7, 40).filter((_, i) => taskRows.has(i + 7));
    const count = (label: string): number => verdicts.filter((v) => v === label).length;
    expect([verdicts.length, count("Đạt"), count("Chưa đạt"), count("Chưa có số liệu")]).toEqual([
      26, 20, 5, 1,
    ]);
    const unmetRows = table?.tasks.filter((t) => t.verdict === "unmet").map((t) => t.row);
    expect(unmetRows?.map((row) => cells[`E${row}`]?.value)).toEqual(Array(5).fill("Chưa đạt"));

    // Summary block under the table, label and value in E and F.
    expect([cells.E42?.value, cells.F42?.value, cells.E43?.value, cells.F43?.value]).toEqual([
      "Tổng hợp kiểm tra phụ lục",
      "20/26 đạt (76,92%)",
      "Số nhiệm vụ",
      26,
    ]);
  });

  test("colours through conditional formats on the verdict column only, never a fill on the officer's cells", async () => {
    const excel = seedWorkbook();
    const before = cellsOf(excel);
    ok(await checkActiveSheet(excel.host()));
    expect(excel.conditionalFormats(SHEET)).toEqual([
      {
        range: { top: 5, left: 4, bottom: 39, right: 4 },
        type: "Custom",
        formula: '=E6="Đạt"',
        fill: "#C6EFCE",
        font: "#006100",
      },
      {
        range: { top: 5, left: 4, bottom: 39, right: 4 },
        type: "Custom",
        formula: '=E6="Chưa có số liệu"',
        fill: "#E7E6E6",
        font: "#595959",
      },
      {
        range: { top: 5, left: 4, bottom: 39, right: 4 },
        type: "Custom",
        formula: '=E6="Cần xem lại"',
        fill: "#FFEB9C",
        font: "#9C5700",
      },
      {
        range: { top: 5, left: 4, bottom: 39, right: 4 },
        type: "Custom",
        formula: '=E6="Chưa đạt"',
        fill: "#FFC7CE",
        font: "#9C0006",
      },
    ]);
    const after = cellsOf(excel);
    const original = (cells: typeof after): typeof after =>
      Object.fromEntries(Object.entries(cells).filter(([address]) => /^[A-D]\d/.test(address)));
    expect(original(after)).toEqual(original(before));
    // The only fills are the three header cells copying the table's header look.
    const filled = Object.entries(after)
      .filter(([, cell]) => cell.fill !== undefined)
      .map(([a]) => a);
    expect(filled.sort()).toEqual(["A5", "B5", "C5", "D5", "E5", "F5", "G5"]);
    expect([after.E5, after.G5]).toEqual([
      { value: "Đánh giá", ...HEADER_LOOK },
      { value: "Lý do", ...HEADER_LOOK },
    ]);
  });

  test("costs three syncs, well under 5 MB a batch", async () => {
    const excel = seedWorkbook();
    const out = ok(await checkActiveSheet(excel.host()));
    expect(excel.syncs).toBe(3);
    expect(out.batchBytes).toHaveLength(1);
    for (const batch of excel.batches) expect(batch.bytes + batch.responseBytes).toBeLessThan(FIVE_MB);
  });
});

describe("reading", () => {
  test("a table away from A1 gets sheet addresses; percent-formatted results read as shown", async () => {
    const excel = new FakeExcel();
    excel.seed(
      "S",
      [
        ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
        ["I", "CHÍNH QUYỀN SỐ", "", ""],
        [
          "1",
          "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ",
          "Đạt từ 70%",
          { value: 0.2232, numberFormat: "0.00%" },
        ],
        ["2", "Tỷ lệ hồ sơ trực tuyến", "Đạt từ 50%", { value: 0.9842, numberFormat: "0.00%" }],
      ],
      4,
      2,
    );
    const out = ok(await checkActiveSheet(excel.host()));
    const table = out.result.tables[0];
    expect(table?.tasks.map((t) => [t.row, t.cells.result, t.verdict, t.completion])).toEqual([
      [7, "F7", "unmet", 31.89],
      [8, "F8", "met", 100],
    ]);
    expect(table?.columns.map((c) => c.letter)).toEqual(["C", "D", "E", "F"]);
    const cells = cellsOf(excel, "S");
    expect([cells.G5?.value, cells.G7?.value, cells.I7?.value]).toEqual([
      "Đánh giá",
      "Chưa đạt",
      "Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.",
    ]);
  });

  test("merged cells are resolved with ExcelApi 1.13 and read as plain cells without it", async () => {
    const build = (): FakeExcel => {
      const excel = new FakeExcel();
      excel.seed(
        "S",
        [
          ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
          ["1", "Tỷ lệ hồ sơ đúng hạn", "Đạt từ 90%", "Đạt 95%"],
          ["", "(tiếp)", "", ""],
        ],
        2,
        1,
      );
      excel.merge("S", "B4:B5");
      return excel;
    };
    const withMerges = build();
    const a = ok(await checkActiveSheet(withMerges.host("1.13")));
    const without = build();
    const b = ok(await checkActiveSheet(without.host("1.12")));
    expect(a.result.tables[0]?.tasks.map((t) => [t.ordinal, t.rows, t.verdict])).toEqual([
      ["1", [4, 5], "met"],
    ]);
    expect(b.result.tables[0]?.tasks.map((t) => [t.ordinal, t.verdict])).toEqual([["1", "met"]]);
    expect([withMerges.syncs, without.syncs]).toEqual([3, 3]);
  });
});

describe("size", () => {
  test("10,000 tasks cost the same three syncs as the seed, each batch under 5 MB", async () => {
    const excel = generatedWorkbook(10_000);
    const out = ok(await checkActiveSheet(excel.host()));
    expect(out.result.tables[0]?.tasks.length).toBe(10_000);
    expect(excel.syncs).toBe(3);
    for (const batch of excel.batches) {
      expect(batch.bytes).toBeLessThan(FIVE_MB);
      expect(batch.responseBytes).toBeLessThan(FIVE_MB);
    }
  });

  test("formatting stretched to row 1,000,000 is not read", async () => {
    const excel = generatedWorkbook(10_000);
    excel.setCell(SHEET, 999_999, 3, { bold: true, numberFormat: "@" });
    ok(await checkActiveSheet(excel.host()));
    expect(excel.syncs).toBe(3);
    expect(excel.largestRead).toBeLessThanOrEqual(5_000 * 12);
  });

  test("a stray value a million rows down is read in blocks, up to a cap, in the same three syncs", async () => {
    const excel = generatedWorkbook(1_000);
    excel.setCell(SHEET, 999_999, 0, { value: "x" });
    const out = ok(await checkActiveSheet(excel.host()));
    expect(out.truncated).toBe(true);
    expect(out.result.tables[0]?.summary.tasks).toBeGreaterThan(900);
    expect(excel.syncs).toBe(3);
    expect(excel.largestRead).toBeLessThanOrEqual(5_000 * 12);
  });

  test("a write over the batch limit is split into several syncs with the same result", async () => {
    const whole = seedWorkbook();
    ok(await checkActiveSheet(whole.host()));
    const split = seedWorkbook();
    const out = ok(await checkActiveSheet(split.host(), { maxBatchBytes: 8_000 }));
    expect(out.batchBytes.length).toBeGreaterThan(1);
    expect(split.syncs).toBe(2 + out.batchBytes.length);
    for (const bytes of out.batchBytes) expect(bytes).toBeLessThanOrEqual(8_000);
    // The estimate covers what the host receives.
    split.batches
      .slice(2)
      .forEach((batch, i) => expect(batch.bytes).toBeLessThanOrEqual(out.batchBytes[i] ?? 0));
    expect(split.snapshot()).toEqual(whole.snapshot());
  });
});

describe("re-running and clearing", () => {
  test("a second run changes nothing and adds nothing twice", async () => {
    const excel = seedWorkbook();
    ok(await checkActiveSheet(excel.host()));
    const first = excel.snapshot();
    ok(await checkActiveSheet(excel.host()));
    expect(excel.snapshot()).toEqual(first);
    expect(excel.conditionalFormats(SHEET)).toHaveLength(4);
  });

  test("an edit then a re-run updates in place", async () => {
    const excel = seedWorkbook();
    ok(await checkActiveSheet(excel.host()));
    excel.setCell(SHEET, 34, 3, { value: "Tỷ lệ đạt 75%" });
    ok(await checkActiveSheet(excel.host()));
    expect(cellsOf(excel).E35?.value).toBe("Đạt");
    expect(excel.conditionalFormats(SHEET)).toHaveLength(4);
  });

  test("annotate then clear restores the workbook exactly, user formats and conditional formats included", async () => {
    const excel = seedWorkbook();
    excel.setCell(SHEET, 10, 5, { numberFormat: "0.0" });
    excel.setCell(SHEET, 4, 6, {
      fill: "#FFFF00",
      borders: { EdgeLeft: { style: "Dashed", color: "#FF0000", weight: "Medium" } },
    });
    excel.addConditionalFormat(SHEET, "A1:Z100", '=$A1="x"', "#123456");
    excel.merge(SHEET, "A2:D2");
    const before = excel.snapshot();
    ok(await checkActiveSheet(excel.host()));
    expect(excel.snapshot()).not.toEqual(before);
    ok(await checkActiveSheet(excel.host()));
    const cleared = await clearMarks(excel.host());
    expect(cleared).toEqual({ ok: true, sheets: [SHEET] });
    expect(excel.snapshot()).toEqual(before);
  });

  test("clearing works after the workbook is closed and reopened", async () => {
    const excel = seedWorkbook();
    const before = excel.snapshot();
    ok(await checkActiveSheet(excel.host()));
    expect(typeof excel.setting(MARKS_KEY)).toBe("string");
    const reopened = new FakeExcel(excel.save());
    ok(await checkActiveSheet(reopened.host()));
    expect(reopened.conditionalFormats(SHEET)).toHaveLength(4);
    expect(await clearMarks(reopened.host())).toEqual({ ok: true, sheets: [SHEET] });
    expect(reopened.snapshot()).toEqual(before);
  });

  test("clearing a workbook without marks changes nothing", async () => {
    const excel = seedWorkbook();
    const before = excel.snapshot();
    expect(await clearMarks(excel.host())).toEqual({ ok: true, sheets: [] });
    expect(excel.snapshot()).toEqual(before);
  });
});

describe("errors", () => {
  test("a host error inside Excel.run becomes a result", async () => {
    const excel = seedWorkbook();
    excel.failNextSyncs(1, "An internal error has occurred.");
    expect(await checkActiveSheet(excel.host(), { language: "en" })).toEqual({
      ok: false,
      code: "host-error",
      message: "Excel reported an error while reading or writing the sheet: An internal error has occurred.",
    });
    const failedClear = seedWorkbook();
    failedClear.failNextSyncs(1);
    expect(await clearMarks(failedClear.host())).toMatchObject({ ok: false, code: "host-error" });
  });

  test("a failed write leaves the writing guard down", async () => {
    const excel = seedWorkbook();
    const state = createMarkState();
    const host = excel.host();
    let calls = 0;
    const failing = {
      ...host,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
        host.run(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            calls++;
            if (calls === 3) throw new Error("write refused");
            return sync();
          };
          return batch(context);
        }),
    };
    expect(await checkActiveSheet(failing, { state })).toMatchObject({ ok: false, code: "host-error" });
    expect(state.writing).toBe(false);
  });

  test("no table, an empty sheet and an old Excel are results too", async () => {
    const text = new FakeExcel();
    text.seed("S", [["Biên bản họp"], ["Không có bảng"]]);
    expect(await checkActiveSheet(text.host())).toEqual({
      ok: false,
      code: "no-table",
      message:
        "Không tìm thấy bảng phụ lục trên trang “S”: cần một dòng tiêu đề có các cột “Số TT”, “Nội dung công việc”, “Yêu cầu…” và “Kết quả thực hiện”.",
    });
    const empty = new FakeExcel();
    empty.addSheet("S");
    expect(await checkActiveSheet(empty.host())).toMatchObject({ ok: false, code: "empty-sheet" });
    expect(await checkActiveSheet(seedWorkbook().host("1.6"))).toMatchObject({
      ok: false,
      code: "unsupported",
    });
  });
});

test("selecting a task's row", async () => {
  const excel = seedWorkbook();
  expect(await selectTaskRow(excel.host(), "A35:G35")).toEqual({ ok: true });
  expect(excel.selection(SHEET)).toBe("A35:G35");
  expect(await selectTaskRow(excel.host(), "Nowhere!A1")).toMatchObject({ ok: false, code: "host-error" });
});
