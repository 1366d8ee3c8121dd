/// <reference types="office-js" />
import {
  analyzeSheet,
  applyReview,
  decide,
  planReportSheet,
  type CellInput,
  type ReportPlan,
  type TableResult,
} from "../../src/core";
import { ENGINE, LANGUAGES, OFFICE } from "../../src/i18n";
import {
  checkActiveSheet,
  createReportCopy,
  isReportCopyName,
  MARKS_KEY,
  saveReview,
  type ReportCopyResult,
} from "../../src/office";
import { columnPoints, mmToPoints } from "../../src/office/report";
import { freeSheetName } from "../../src/office/report-names";
import { seedGrid } from "../helpers/seed";
import { boxAddress, defaultPageLayout, FakeExcel, type CellState, type SheetLayout } from "./fake-excel";
import { cellsOf, generatedWorkbook, seedWorkbook, SHEET, THIN } from "./helpers";

const COPY = "Bản báo cáo";
const FIVE_MB = 5 * 1024 * 1024;
const BOTH = { includeVerdict: true, includeCompletion: true } as const;
/** The plan par-check and the add-in both lay out, in Vietnamese. */
const planOf = (table: TableResult, choice: { includeVerdict: boolean; includeCompletion: boolean }) =>
  planReportSheet(table, { ...choice, words: ENGINE.vi });
const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

const seedTable: TableResult = analyzeSheet({ cells: seedGrid(), sheetName: SHEET }).tables[0]!;
const seedPlan = planOf(seedTable, BOTH);

function ok(result: ReportCopyResult): Extract<ReportCopyResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

/** The values of a sheet as rows × columns, "" for empty. */
function valuesOf(excel: FakeExcel, sheet: string, rows: number, columns: number): unknown[][] {
  const cells = cellsOf(excel, sheet);
  return Array.from({ length: rows }, (_, r) =>
    Array.from(
      { length: columns },
      (_, c) => cells[boxAddress({ top: r, bottom: r, left: c, right: c })]?.value ?? "",
    ),
  );
}

/** Every cell of the plan as par-check's copy formats it, starting at sheet row `top` (0-based). */
function expectedCells(plan: ReportPlan, top = 0): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  plan.rows.forEach((row, r) =>
    plan.columns.forEach((column, c) => {
      const header = row.kind === "header";
      const text = row.cells[c] ?? "";
      out[boxAddress({ top: top + r, bottom: top + r, left: c, right: c })] = {
        ...(text === "" ? {} : { value: text }),
        numberFormat: "@",
        fontName: "Times New Roman",
        fontSize: 13,
        wrap: true,
        vertical: header ? "Center" : "Top",
        horizontal: header || column.align === "center" ? "Center" : "Left",
        ...(row.bold ? { bold: true } : {}),
        borders: { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN },
      };
    }),
  );
  return out;
}

/** The seed's page: A4 landscape, 20/20/30/15 mm margins in points, one page wide, the header repeated. */
const SEED_PAGE = {
  paperSize: "A4",
  orientation: "Landscape",
  topMargin: 56.69,
  bottomMargin: 56.69,
  leftMargin: 85.04,
  rightMargin: 42.52,
  headerMargin: 28.35,
  footerMargin: 28.35,
  centerHorizontally: true,
  centerVertically: false,
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  printTitleRows: "$1:$1",
  headersFooters: {
    state: "FirstAndDefault",
    defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' },
    firstPage: { centerHeader: "" },
  },
};

function sheetOf(excel: FakeExcel, name: string): unknown {
  const snap = excel.snapshot() as { sheets: { name: string }[] };
  return snap.sheets.find((s) => s.name === name);
}

describe("the report copy of the seed appendix", () => {
  test("is a new sheet after the officer's, shown, and the officer's sheet is untouched", async () => {
    const excel = seedWorkbook();
    excel.addSheet("Khác");
    const before = sheetOf(excel, SHEET);
    const out = await createReportCopy(excel.host(), BOTH);
    expect(out).toEqual({
      ok: true,
      sheet: COPY,
      rows: 34,
      orientation: "landscape",
      pageSetup: true,
      sentence:
        "đã thực hiện hoàn thành 20/26 nhiệm vụ, đạt 76,92%; 05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26); 01 nhiệm vụ chưa có số liệu (số 4)",
    });
    expect(excel.sheetNames()).toEqual([SHEET, COPY, "Khác"]);
    expect(excel.activeName()).toBe(COPY);
    expect(sheetOf(excel, SHEET)).toEqual(before);
    expect(excel.setting(MARKS_KEY)).toBeUndefined();
  });

  test("holds the plan's rows as text, continuation rows merged into their task", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    const values = valuesOf(excel, COPY, 34, 6);
    expect(values).toEqual(seedPlan.rows.map((row) => row.cells));
    // Header, 7 sections, 26 tasks; rows 14 and 31 of the appendix are no rows of their own.
    expect(seedPlan.rows.filter((row) => row.sourceRows.length > 1).map((row) => row.sourceRows)).toEqual([
      [13, 14],
      [30, 31],
    ]);
    const task7 = values.find((row) => row[0] === "7");
    expect(task7?.[1]).toMatch(
      /đảm bảo tính thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL$/,
    );
    const task19 = values.find((row) => row[0] === "19");
    expect(task19?.[2]).toBe(
      "100% cán bộ, công chức, viên chức tạo, lập hồ sơ công việc điện tử; Hồ sơ điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng",
    );
    expect(values[4]).toEqual([
      "4",
      expect.stringMatching(/^Hoàn thành các nhiệm vụ/),
      "Hoàn thành 100% nhiệm vụ huyện giao",
      expect.stringMatching(/^Chưa thống kê được/),
      "Chưa có số liệu",
      "",
    ]);
    expect(values.flat().every((value) => typeof value === "string")).toBe(true);
  });

  test("formats every cell as par-check's copy: Times New Roman 13, thin borders, wrapped, bold header and sections", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    expect(cellsOf(excel, COPY)).toEqual(expectedCells(seedPlan));
    expect(seedPlan.rows.filter((row) => row.bold).map((row) => row.kind)).toEqual([
      "header",
      ...Array<string>(7).fill("section"),
    ]);
  });

  test("sizes columns and rows from the plan, freezes the header and sets up an A4 page", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    const expected: SheetLayout = {
      columnWidths: [
        [0, 31.5],
        [1, 220.5],
        [2, 157.5],
        [3, 173.25],
        [4, 57.75],
        [5, 57.75],
      ],
      rowHeights: seedPlan.rows.map((row, r) => [r, row.height]),
      frozenRows: 1,
      pageLayout: SEED_PAGE,
    };
    expect(excel.layout(COPY)).toEqual(expected);
    expect(seedPlan.columns.map((column, c) => [c, columnPoints(column.width)])).toEqual(
      expected.columnWidths,
    );
    // The columns fit between the margins: 297 − 30 − 15 mm of landscape A4, in points.
    const width = expected.columnWidths.reduce((sum, [, points]) => sum + points, 0);
    expect(width).toBeLessThanOrEqual(mmToPoints(297 - 30 - 15));
  });

  test("adds no conditional formats, merges, formulas or cells outside the table", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    expect(excel.conditionalFormats(COPY)).toEqual([]);
    expect(sheetOf(excel, COPY)).toMatchObject({ merges: [], conditionalFormats: [] });
    const addresses = Object.keys(cellsOf(excel, COPY));
    expect(addresses).toHaveLength(34 * 6);
    expect(addresses.every((a) => /^[A-F]([1-9]|[12]\d|3[0-4])$/.test(a))).toBe(true);
    expect(Object.values(cellsOf(excel, COPY)).some((cell) => String(cell.value ?? "").startsWith("="))).toBe(
      false,
    );
  });

  test("costs three syncs: locate, read, write, each well under 5 MB", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    expect(excel.syncs).toBe(3);
    for (const batch of excel.batches) expect(batch.bytes + batch.responseBytes).toBeLessThan(FIVE_MB);
  });

  test("a second copy is “Bản báo cáo (2)” and leaves the first as it was", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    excel.setActive(SHEET);
    const first = sheetOf(excel, COPY);
    expect(ok(await createReportCopy(excel.host(), BOTH)).sheet).toBe(`${COPY} (2)`);
    expect(excel.sheetNames()).toEqual([SHEET, `${COPY} (2)`, COPY]);
    expect(sheetOf(excel, COPY)).toEqual(first);
    expect(cellsOf(excel, `${COPY} (2)`)).toEqual(cellsOf(excel, COPY));
  });

  test("in English the sheet is “Report copy”, and a name taken in another case counts as taken", async () => {
    const excel = seedWorkbook();
    excel.addSheet("REPORT COPY");
    const out = ok(await createReportCopy(excel.host(), { ...BOTH, language: "en" }));
    expect([out.sheet, out.sentence]).toEqual([
      "Report copy (2)",
      "completed 20 of 26 tasks (76.92%); 5 tasks unmet (nos. 2, 6, 18, 23, 26); 1 task without data (no. 4)",
    ]);
    expect(valuesOf(excel, out.sheet, 1, 6)).toEqual([
      ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện", "Verdict", "Completion"],
    ]);
  });
});

describe("the reviewer's decisions", () => {
  test("a stored decision changes the verdict column and the sentence", async () => {
    const excel = seedWorkbook();
    const task26 = seedTable.tasks.find((task) => task.ordinal === "26")!;
    const decision = decide(seedTable, task26, {
      verdict: "met",
      comment: "Các chỉ tiêu chính đã đạt",
      reviewer: "Nguyễn Văn A",
      at: "2026-12-02T08:30:00Z",
    });
    // A decision on another sheet's row 33 is not this sheet's.
    expect(
      await saveReview(excel.host(), [decision, { ...decision, sheet: "Phụ lục 2", verdict: "review" }]),
    ).toEqual({ ok: true, count: 2 });
    const syncs = excel.syncs;
    const out = ok(await createReportCopy(excel.host(), BOTH));
    expect(excel.syncs - syncs).toBe(3);
    expect(out.sentence).toBe(
      "đã thực hiện hoàn thành 21/26 nhiệm vụ, đạt 80,77%; 04 nhiệm vụ chưa đạt (số 2, 6, 18, 23); 01 nhiệm vụ chưa có số liệu (số 4)",
    );
    const reviewed = planOf(applyReview([seedTable], [decision]).tables[0]!, BOTH);
    const values = valuesOf(excel, COPY, 34, 6);
    expect(values).toEqual(reviewed.rows.map((row) => row.cells));
    expect(values.find((row) => row[0] === "26")?.[4]).toBe("Đạt");
  });
});

describe("choices", () => {
  test.each([
    [true, true, ["Đánh giá", "Mức độ hoàn thành"], "landscape"],
    [true, false, ["Đánh giá"], "portrait"],
    [false, true, ["Mức độ hoàn thành"], "portrait"],
    [false, false, [], "portrait"],
  ] as const)(
    "verdict %s, completion %s: added columns %j, %s",
    async (includeVerdict, includeCompletion, added, orientation) => {
      const excel = seedWorkbook();
      const out = ok(await createReportCopy(excel.host(), { includeVerdict, includeCompletion }));
      const plan = planOf(seedTable, { includeVerdict, includeCompletion });
      expect(plan.columns.map((c) => c.label)).toEqual([...HEADER, ...added]);
      expect(out.orientation).toBe(orientation);
      expect(cellsOf(excel, COPY)).toEqual(expectedCells(plan));
      expect(excel.layout(COPY)).toEqual({
        columnWidths: plan.columns.map((column, c) => [c, columnPoints(column.width)]),
        rowHeights: plan.rows.map((row, r) => [r, row.height]),
        frozenRows: 1,
        pageLayout: { ...SEED_PAGE, orientation: orientation === "landscape" ? "Landscape" : "Portrait" },
      });
    },
  );
});

describe("older Excel", () => {
  test("without ExcelApi 1.9 (Office 2019) the copy is made the same, without page setup", async () => {
    const modern = seedWorkbook();
    ok(await createReportCopy(modern.host(), BOTH));
    const excel = seedWorkbook();
    const out = ok(await createReportCopy(excel.host("1.7"), BOTH));
    expect(out.pageSetup).toBe(false);
    expect(excel.syncs).toBe(3);
    expect(cellsOf(excel, COPY)).toEqual(cellsOf(modern, COPY));
    expect(excel.layout(COPY)).toEqual({ ...modern.layout(COPY), pageLayout: defaultPageLayout() });
  });
});

describe("several tables on one sheet", () => {
  const sheet = (secondHeader: readonly string[]): CellInput[][] => [
    ["PHỤ LỤC 1"],
    HEADER,
    ["I", "CHỈ ĐẠO", "", ""],
    ["1", "Việc một", "100%", "100%"],
    [],
    ["PHỤ LỤC 2"],
    [...secondHeader],
    ["1", "Việc khác", "100%", "Chưa đạt 100%"],
  ];
  const plansOf = (cells: CellInput[][]): ReportPlan[] =>
    analyzeSheet({ cells, sheetName: "S" }).tables.map((t) => planOf(t, BOTH));

  test("go one under another with a blank row between, the shared header repeated on every page", async () => {
    const excel = new FakeExcel();
    excel.seed("S", sheet(HEADER));
    const out = ok(await createReportCopy(excel.host(), BOTH));
    const [a, b] = plansOf(sheet(HEADER));
    expect([a?.rows.length, b?.rows.length]).toEqual([3, 2]);
    expect(out).toMatchObject({ rows: 6, orientation: "landscape" });
    expect(out.sentence.split("\n")).toEqual([
      "đã thực hiện hoàn thành 1/1 nhiệm vụ, đạt 100%",
      "đã thực hiện hoàn thành 0/1 nhiệm vụ, đạt 0%; 01 nhiệm vụ chưa đạt (số 1)",
    ]);
    const cells = cellsOf(excel, COPY);
    const blank = Object.fromEntries(Object.entries(cells).filter(([address]) => /\D4$/.test(address)));
    const table = Object.fromEntries(Object.entries(cells).filter(([address]) => !/\D4$/.test(address)));
    expect(table).toEqual({ ...expectedCells(a!), ...expectedCells(b!, 4) });
    // The blank row carries the font but no value and no border.
    expect(Object.values(blank)).toEqual(
      Array(6).fill({
        numberFormat: "@",
        fontName: "Times New Roman",
        fontSize: 13,
        wrap: true,
        vertical: "Top",
      }),
    );
    expect(excel.layout(COPY)).toMatchObject({ frozenRows: 1, pageLayout: { printTitleRows: "$1:$1" } });
  });

  test("with different headers, no header is repeated over the other table's rows", async () => {
    const other = [...HEADER.slice(0, 2), "Yêu cầu năm 2025", HEADER[3] ?? ""];
    const excel = new FakeExcel();
    excel.seed("S", sheet(other));
    ok(await createReportCopy(excel.host(), BOTH));
    expect(valuesOf(excel, COPY, 6, 4).map((row) => row[2])).toEqual([
      "Yêu cầu năm 2024",
      "",
      "100%",
      "",
      "Yêu cầu năm 2025",
      "100%",
    ]);
    expect(excel.layout(COPY)).toMatchObject({ frozenRows: 0, pageLayout: { printTitleRows: null } });
  });
});

describe("size", () => {
  test("a write past the batch limit is split into several syncs with the same copy", async () => {
    const whole = seedWorkbook();
    ok(await createReportCopy(whole.host(), BOTH));
    const split = seedWorkbook();
    ok(await createReportCopy(split.host(), { ...BOTH, maxBatchBytes: 6_000 }));
    expect(split.syncs).toBeGreaterThan(3);
    for (const batch of split.batches.slice(2)) expect(batch.bytes).toBeLessThanOrEqual(6_000);
    expect(split.snapshot()).toEqual(whole.snapshot());
  });

  test("10,000 tasks: one write past 5 MB of requests, so two write batches, each under 5 MB", async () => {
    const excel = generatedWorkbook(10_000);
    const out = ok(await createReportCopy(excel.host(), BOTH));
    expect(out.rows).toBeGreaterThan(10_000);
    // About 3 MB of values and 5,800 row-height, bold and alignment operations at ~400 B each on the wire.
    expect(excel.syncs).toBe(4);
    for (const batch of excel.batches) {
      expect(batch.bytes).toBeLessThan(FIVE_MB);
      expect(batch.responseBytes).toBeLessThan(FIVE_MB);
    }
  });
});

describe("failures are results in the user's language, and nothing is added", () => {
  const noTable = (): FakeExcel => {
    const excel = new FakeExcel();
    excel.seed("S", [["Biên bản họp"], ["Không có bảng"]]);
    return excel;
  };
  const empty = (): FakeExcel => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    return excel;
  };
  const failing = (): FakeExcel => {
    const excel = seedWorkbook();
    excel.failNextSyncs(1);
    return excel;
  };

  test.each([
    [
      "an empty sheet",
      empty,
      "1.14",
      "vi",
      { ok: false, code: "empty-sheet", message: "Trang tính đang mở chưa có dữ liệu." },
    ],
    [
      "a sheet without a table",
      noTable,
      "1.14",
      "vi",
      {
        ok: false,
        code: "no-table",
        message:
          "Không tìm thấy bảng phụ lục trên trang “S”: cần một dòng tiêu đề có các cột “Số TT”, “Nội dung công việc”, “Yêu cầu…” và “Kết quả thực hiện”.",
      },
    ],
    [
      "a host error",
      failing,
      "1.14",
      "en",
      {
        ok: false,
        code: "host-error",
        message:
          "Excel reported an error while reading or writing the sheet: An internal error has occurred.",
      },
    ],
    [
      "an Excel older than ExcelApi 1.7",
      seedWorkbook,
      "1.6",
      "vi",
      {
        ok: false,
        code: "unsupported",
        message: "Phiên bản Excel này không hỗ trợ bổ trợ (cần ExcelApi 1.7 trở lên).",
      },
    ],
  ] as const)("%s", async (_name, make, version, language, expected) => {
    const excel = make();
    const before = excel.snapshot();
    expect(await createReportCopy(excel.host(version), { ...BOTH, language })).toEqual(expected);
    expect(excel.snapshot()).toEqual(before);
  });
});

describe("sheet names and units", () => {
  test.each([
    ["Bản báo cáo", [], "Bản báo cáo"],
    ["Bản báo cáo", ["Bản báo cáo"], "Bản báo cáo (2)"],
    ["Bản báo cáo", ["bản báo cáo", "Bản báo cáo (2)"], "Bản báo cáo (3)"],
    ["Báo cáo kết quả cải cách hành chính", [], "Báo cáo kết quả cải cách hành c"],
    [
      "Báo cáo kết quả cải cách hành chính",
      ["Báo cáo kết quả cải cách hành c"],
      "Báo cáo kết quả cải cách hà (2)",
    ],
  ])("%s with %j taken is %s", (base, taken, expected) => {
    const name = freeSheetName(base, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  test.each([
    [6, 31.5],
    [11, 57.75],
    [42, 220.5],
  ])("a column %d characters wide is %d points", (width, points) => {
    expect(columnPoints(width)).toBe(points);
  });

  test.each([
    [20, 56.69],
    [30, 85.04],
    [15, 42.52],
    [25.4, 72],
  ])("%d mm is %d points", (mm, points) => {
    expect(mmToPoints(mm)).toBe(points);
  });
});

describe("a report copy is not checked or copied again", () => {
  test.each([
    ["Bản báo cáo", true],
    ["Bản báo cáo (2)", true],
    ["BẢN BÁO CÁO (12)", true],
    ["Report copy", true],
    ["Report copy (3)", true],
    ["Phụ lục", false],
    ["Bản báo cáo năm 2024", false],
    ["Bản báo cáo (a)", false],
  ])("%s is a report copy: %s", (name, expected) => {
    expect(isReportCopyName(name)).toBe(expected);
  });

  test.each(LANGUAGES)("the %s copy's name is one Excel takes, and is told as a copy", (language) => {
    const name = OFFICE[language].reportSheet;
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    expect(isReportCopyName(freeSheetName(name, [name]))).toBe(true);
  });

  test("pressing Check or the copy button on the copy says so, and adds nothing", async () => {
    const excel = seedWorkbook();
    ok(await createReportCopy(excel.host(), BOTH));
    const before = excel.snapshot();
    const expected = {
      ok: false,
      code: "report-copy",
      message: "Trang đang mở là bản để dán vào báo cáo do bổ trợ tạo ra, không phải bảng phụ lục gốc.",
    };
    expect(await createReportCopy(excel.host(), BOTH)).toEqual(expected);
    expect(await checkActiveSheet(excel.host())).toEqual(expected);
    expect(excel.snapshot()).toEqual(before);
  });
});
