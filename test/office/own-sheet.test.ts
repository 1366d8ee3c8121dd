/// <reference types="office-js" />
/**
 * A table whose columns end at XFD leaves no room for the verdict columns: the add-in puts them on a sheet
 * of its own right after the checked one, in the same write batch, and taking the marks away deletes it.
 */
import { checkActiveSheet, clearMarks, MARKS_KEY, type CheckResult } from "../../src/office";
import { seedGrid } from "../helpers/seed";
import { FakeExcel } from "./fake-excel";
import { cellsOf, HEADER_LOOK, SHEET } from "./helpers";

const XFA = 16_380;
const VERDICTS = "Đánh giá - Phụ lục";

function ok(result: CheckResult): Extract<CheckResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

/** The seed appendix in XFA:XFD, its header formatted, and a sheet "Khác" after it. */
function wideWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.seed(SHEET, seedGrid(), 0, XFA);
  for (let c = 0; c < 4; c++) excel.setCell(SHEET, 4, XFA + c, HEADER_LOOK);
  excel.seed("Khác", [["Trang khác"]]);
  return excel;
}

const names = (excel: FakeExcel): string[] =>
  (excel.snapshot() as { sheets: { name: string }[] }).sheets.map((s) => s.name);

/** Rows of a sheet's values, A..F, from `first` to `last` (1-based). */
function rows(excel: FakeExcel, sheet: string, first: number, last: number): unknown[][] {
  const cells = cellsOf(excel, sheet);
  const out: unknown[][] = [];
  for (let r = first; r <= last; r++)
    out.push(["A", "B", "C", "D", "E", "F"].map((c) => cells[`${c}${r}`]?.value ?? ""));
  return out;
}

describe("a table ending at XFD", () => {
  test("gets its verdicts on a sheet of their own right after it, in one write sync", async () => {
    const excel = wideWorkbook();
    const before = cellsOf(excel);
    const out = ok(await checkActiveSheet(excel.host()));
    expect([out.verdictSheets, out.plan.map((p) => p.placement), excel.syncs]).toEqual([
      [VERDICTS],
      ["own-sheet"],
      3,
    ]);
    expect(names(excel)).toEqual([SHEET, VERDICTS, "Khác"]);
    // Nothing on the checked sheet changes.
    expect(cellsOf(excel)).toEqual(before);

    expect(rows(excel, VERDICTS, 1, 4)).toEqual([
      ["Dòng", "Số TT", "Nội dung công việc", "Đánh giá", "Mức độ hoàn thành", "Lý do"],
      ["6", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "2/5 đạt (40%)", 0.9306, ""],
      [
        "7",
        "1",
        "Đề xuất các giải pháp, sáng kiến trong công tác cải cách hành chính đáp ứng…",
        "Đạt",
        1,
        "Kết quả 1 sáng kiến đạt chỉ tiêu ≥ 1 sáng kiến. Lưu ý: kết quả còn “đang đề nghị”.",
      ],
      [
        "8",
        "2",
        "Bám sát các nhiệm vụ đề ra tại Kế hoạch CCHC năm 2024 triển khai thực hiện đảm…",
        "Chưa đạt",
        0.8333,
        "Hoàn thành 5/6 (83,33%), chưa đạt chỉ tiêu 100%.",
      ],
    ]);
    const cells = cellsOf(excel, VERDICTS);
    expect([cells.A1, cells.A7, cells.E4, cells.E5]).toEqual([
      { ...HEADER_LOOK, value: "Dòng" },
      { value: "11", link: "'Phụ lục'!XFA11" },
      { value: 0.8333, numberFormat: "0.00%" },
      undefined,
    ]);
    const plan = out.plan[0];
    const sheet = plan?.verdictSheet;
    expect(sheet?.rows.map((r) => cells[`A${r.at}`]?.link)).toEqual(
      sheet?.rows.map((r) => `'Phụ lục'!XFA${r.row}`),
    );
    const summaryTop = sheet?.summaryRow ?? 0;
    expect([cells[`C${summaryTop}`]?.value, cells[`D${summaryTop}`]?.value]).toEqual([
      "Tổng hợp kiểm tra phụ lục",
      "20/26 đạt (76,92%)",
    ]);
    expect(excel.conditionalFormats(VERDICTS).map((cf) => [cf.formula, cf.fill])).toEqual([
      ['=D2="Đạt"', "#C6EFCE"],
      ['=D2="Chưa có số liệu"', "#E7E6E6"],
      ['=D2="Cần xem lại"', "#FFEB9C"],
      ['=D2="Chưa đạt"', "#FFC7CE"],
    ]);
    expect(excel.layout(VERDICTS).columnWidths).toEqual([
      [0, 42],
      [1, 42],
      [2, 262.5],
      [3, 84],
      [4, 68.25],
      [5, 315],
    ]);
    const record = JSON.parse(String(excel.setting(MARKS_KEY))) as {
      sheets: Record<string, { written: string[]; addedSheets: unknown }>;
    };
    expect(record.sheets[SHEET]?.written).toEqual([]);
    expect(record.sheets[SHEET]?.addedSheets).toEqual([
      {
        extent: "A1:F43",
        name: VERDICTS,
        header: "A1:F1",
        values: ["Dòng", "Số TT", "Nội dung công việc", "Đánh giá", "Mức độ hoàn thành", "Lý do"],
      },
    ]);
  });

  test("a second check replaces its verdict sheet, in the same place", async () => {
    const excel = wideWorkbook();
    ok(await checkActiveSheet(excel.host()));
    const first = excel.snapshot();
    const again = ok(await checkActiveSheet(excel.host()));
    expect([again.verdictSheets, excel.syncs]).toEqual([[VERDICTS], 6]);
    expect(excel.snapshot()).toEqual(first);
  });

  test("taking the marks away deletes the sheet it added, and nothing else", async () => {
    const excel = wideWorkbook();
    const before = excel.snapshot();
    ok(await checkActiveSheet(excel.host()));
    expect(await clearMarks(excel.host())).toEqual({ ok: true, sheets: [SHEET] });
    expect(excel.snapshot()).toEqual(before);
  });

  test("a sheet of that name the officer made stays: the verdicts take the next name", async () => {
    const excel = wideWorkbook();
    excel.seed(VERDICTS, [["Ghi chú của tôi"]]);
    excel.setActive(SHEET);
    const out = ok(await checkActiveSheet(excel.host()));
    expect(out.verdictSheets).toEqual([`${VERDICTS} (2)`]);
    expect(names(excel)).toEqual([SHEET, `${VERDICTS} (2)`, "Khác", VERDICTS]);
    ok(await checkActiveSheet(excel.host()));
    expect(names(excel)).toEqual([SHEET, `${VERDICTS} (2)`, "Khác", VERDICTS]);
    await clearMarks(excel.host());
    expect(names(excel)).toEqual([SHEET, "Khác", VERDICTS]);
    expect(cellsOf(excel, VERDICTS)).toEqual({ A1: { value: "Ghi chú của tôi" } });
  });

  test("an added sheet whose header the officer changed is theirs now: it stays", async () => {
    const excel = wideWorkbook();
    ok(await checkActiveSheet(excel.host()));
    excel.setCell(VERDICTS, 0, 0, { value: "Dòng gốc" });
    await clearMarks(excel.host());
    expect(names(excel)).toEqual([SHEET, VERDICTS, "Khác"]);
    expect(excel.setting(MARKS_KEY)).toBeUndefined();
  });
  test("an added sheet the officer typed notes on is theirs now: kept by a clear and by a re-check", async () => {
    const excel = wideWorkbook();
    ok(await checkActiveSheet(excel.host()));
    // A note two columns right of what the add-in wrote.
    excel.setCell(VERDICTS, 2, 7, { value: "Đã xác minh với xã" });
    const again = ok(await checkActiveSheet(excel.host()));
    expect(again.verdictSheets).toEqual([`${VERDICTS} (2)`]);
    expect(names(excel)).toEqual([SHEET, `${VERDICTS} (2)`, VERDICTS, "Khác"]);
    await clearMarks(excel.host());
    expect(names(excel)).toEqual([SHEET, VERDICTS, "Khác"]);
    expect(cellsOf(excel, VERDICTS).H3).toEqual({ value: "Đã xác minh với xã" });
  });

  test("two checked sheets never share a verdict sheet's name, even after one is deleted", async () => {
    // Two sheets whose names agree in their first 20 characters give the same cut name.
    const long = "Phụ lục kế hoạch CCHC năm 2024";
    const excel = new FakeExcel();
    for (const name of [`${long} A`, `${long} B`]) excel.seed(name, seedGrid(), 0, XFA);
    excel.setActive(`${long} A`);
    const a = ok(await checkActiveSheet(excel.host()));
    excel.setActive(`${long} B`);
    const b = ok(await checkActiveSheet(excel.host()));
    expect(b.verdictSheets).not.toEqual(a.verdictSheets);
    const [first = ""] = a.verdictSheets;
    excel.deleteSheet(first);
    const again = ok(await checkActiveSheet(excel.host()));
    expect(again.verdictSheets).not.toContain(first);
    expect(await clearMarks(excel.host())).toMatchObject({ ok: true });
    expect(names(excel)).toEqual([`${long} A`, `${long} B`]);
  });
});
