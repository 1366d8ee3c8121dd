import { analyzeSheet, type CellInput, type SheetInput, type TableResult } from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import { seedExpected, seedGrid } from "../helpers/seed";

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

function only(input: SheetInput): TableResult {
  const result = analyzeSheet(input);
  expect(result.findings).toEqual([]);
  expect(result.tables).toHaveLength(1);
  return result.tables[0]!;
}

/** Task ordinal → verdict, for compact assertions. */
function verdicts(table: TableResult): Record<string, string> {
  return Object.fromEntries(table.tasks.map((t) => [t.ordinal, t.verdict]));
}

function codes(table: TableResult): string[] {
  return table.findings.map((f) => `${f.code}@${f.cell ?? f.row ?? ""}`);
}

describe("analyzeSheet on the seed appendix (xã Phú Đình, 2024)", () => {
  const table = only({ cells: seedGrid(), sheetName: "Phụ lục" });

  it.each(seedExpected().map((e) => [e.ordinal, e] as const))(
    "task %s gets a verdict the reviewer allows",
    (ordinal, expected) => {
      const task = table.tasks.find((t) => t.ordinal === ordinal);
      expect(task).toBeDefined();
      expect(expected.verdicts).toContain(task!.verdict);
      expect(task!.section).toBe(expected.section);
      if (expected.completion !== null) expect(task!.completion).toBeCloseTo(expected.completion, 2);
      expect(task!.reasons.length).toBeGreaterThan(0);
    },
  );

  it("lists 26 tasks and the reviewer's summary", () => {
    expect(table.tasks.map((t) => t.ordinal)).toEqual([
      "1",
      "2",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "27",
    ]);
    expect(table.summary).toEqual({
      tasks: 26,
      met: 20,
      unmet: 5,
      noData: 1,
      review: 0,
      percentMet: 76.92,
      meanCompletion: 95.83,
    });
  });

  it("reports the gap at 3, the continued rows and the empty target", () => {
    expect(table.findings.map((f) => ({ code: f.code, cell: f.cell, text: describeIssue(f) }))).toEqual([
      { code: "numbering-gap", cell: "A9", text: "Số thứ tự nhảy từ 2 sang 4: thiếu số 3." },
      {
        code: "plan-claim-disagrees",
        cell: "D11",
        text: "Nhiệm vụ 6 ghi hoàn thành 24/27 nhiệm vụ, nhưng phụ lục liệt kê 26 nhiệm vụ, trong đó 20 đạt.",
      },
      {
        code: "continuation-merged",
        cell: "B14",
        text: "Dòng 14 không đánh số, được ghép vào nhiệm vụ 7 (bảng bị ngắt trang).",
      },
      { code: "missing-target", cell: "C27", text: "Nhiệm vụ 17 để trống cột yêu cầu (chỉ tiêu)." },
      {
        code: "continuation-merged",
        cell: "C31",
        text: "Dòng 31 không đánh số, được ghép vào nhiệm vụ 19 (bảng bị ngắt trang).",
      },
    ]);
  });

  it("merges the continued rows into their tasks", () => {
    const task7 = table.tasks.find((t) => t.ordinal === "7")!;
    expect(task7.rows).toEqual([13, 14]);
    expect(
      task7.content.endsWith("đảm bảo tính thống nhất, hiệu quả và tính khả thi của hệ thống văn bản QPPL"),
    ).toBe(true);
    const task19 = table.tasks.find((t) => t.ordinal === "19")!;
    expect(task19.target).toBe(
      "100% cán bộ, công chức, viên chức tạo, lập hồ sơ công việc điện tử; Hồ sơ điện tử lưu trữ theo hướng dẫn và xử lý trên môi trường mạng",
    );
  });

  it("places the table and the free column for marks", () => {
    expect({
      headerRow: table.headerRow,
      firstRow: table.firstRow,
      lastRow: table.lastRow,
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
      freeColumn: table.freeColumn,
    }).toEqual({ headerRow: 5, firstRow: 5, lastRow: 40, firstColumn: 0, lastColumn: 3, freeColumn: 4 });
    expect(table.columns).toEqual([
      { role: "ordinal", column: 0, letter: "A", label: "Số TT" },
      { role: "content", column: 1, letter: "B", label: "Nội dung công việc" },
      { role: "target", column: 2, letter: "C", label: "Yêu cầu năm 2024" },
      { role: "result", column: 3, letter: "D", label: "Kết quả thực hiện" },
    ]);
  });

  it("summarises each section", () => {
    expect(
      table.sections.map((s) => [s.ordinal, s.row, s.summary.tasks, s.summary.met, s.summary.percentMet]),
    ).toEqual([
      ["I", 6, 5, 2, 40],
      ["II", 12, 1, 1, 100],
      ["III", 15, 7, 7, 100],
      ["IV", 23, 2, 2, 100],
      ["V", 26, 1, 1, 100],
      ["VI", 28, 8, 6, 75],
      ["VII", 38, 2, 1, 50],
    ]);
  });

  it("reads the same from NFD text", () => {
    const nfd = seedGrid().map((row) => row.map((cell) => cell.normalize("NFD")));
    const again = only({ cells: nfd, sheetName: "Phụ lục" });
    expect(again.tasks.map((t) => [t.ordinal, t.verdict, t.completion])).toEqual(
      table.tasks.map((t) => [t.ordinal, t.verdict, t.completion]),
    );
  });
});

describe("analyzeSheet: finding the header", () => {
  it.each([
    [["STT", "Nhiệm vụ", "Yêu cầu", "Kết quả"], { ordinal: 0, content: 1, target: 2, result: 3 }],
    [["TT", "Nội dung", "Chỉ tiêu", "Thực hiện"], { ordinal: 0, content: 1, target: 2, result: 3 }],
    [
      ["TT", "Chỉ tiêu", "Kế hoạch năm 2019", "Ước thực hiện năm 2019"],
      { ordinal: 0, content: 1, target: 2, result: 3 },
    ],
    [
      ["Số thứ tự", "Nội dung công việc", "Đơn vị", "Yêu cầu năm 2024", "Kết quả thực hiện", "Ghi chú"],
      { ordinal: 0, content: 1, unit: 2, target: 3, result: 4, note: 5 },
    ],
    [
      ["STT", "Nhiệm vụ", "Mục tiêu 2011-2015", "Kết quả", "Đánh giá"],
      { ordinal: 0, content: 1, target: 2, result: 3, evaluation: 4 },
    ],
    [
      ["SỐ TT", "NỘI DUNG CÔNG VIỆC", "YÊU CẦU NĂM 2024", "KẾT QUẢ THỰC HIỆN"],
      { ordinal: 0, content: 1, target: 2, result: 3 },
    ],
    [
      ["so tt", "noi dung cong viec", "yeu cau nam 2024", "ket qua thuc hien"],
      { ordinal: 0, content: 1, target: 2, result: 3 },
    ],
    [
      ["Số TT (1)", "Nội dung công việc (2)", "Yêu cầu năm 2024 (3)", "Kết quả thực hiện (4)"],
      { ordinal: 0, content: 1, target: 2, result: 3 },
    ],
    [
      ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Kết quả thực hiện", "Đánh giá"],
      { ordinal: 0, content: 1, target: 2, deadline: 3, result: 4, evaluation: 5 },
    ],
    [
      ["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "So sánh TH/KH (%)"],
      { ordinal: 0, content: 1, unit: 2, target: 3, result: 4, evaluation: 5 },
    ],
    [
      ["Số TT", "Nội dung công việc", "Chỉ tiêu được giao", "Kết quả thực hiện", "Ghi chú"],
      { ordinal: 0, content: 1, target: 2, result: 3, note: 4 },
    ],
  ])("%j", (header, roles) => {
    const table = only({ cells: [header, ["1", "Nhiệm vụ một", "100%", "100%"]] });
    expect(Object.fromEntries(table.columns.map((c) => [c.role, c.column]))).toEqual(roles);
    expect(table.tasks).toHaveLength(1);
  });

  it("takes the result after the target, not an earlier period's baseline", () => {
    const table = analyzeSheet({
      cells: [
        ["TT", "Chỉ tiêu", "Thực hiện 2006-2010", "Mục tiêu 2011-2015", "Thực hiện 2011-2015"],
        ["1", "Tốc độ tăng trưởng", "7,2%", "8%", "8,5%"],
      ],
    }).tables[0]!;
    expect(table.columns.find((c) => c.role === "result")?.letter).toBe("E");
    expect(table.columns.find((c) => c.role === "target")?.letter).toBe("D");
    expect(table.findings).toEqual([
      {
        code: "result-column-chosen",
        severity: "info",
        params: {
          letter: "E",
          label: "Thực hiện 2011-2015",
          otherLetter: "C",
          otherLabel: "Thực hiện 2006-2010",
          basis: "same-period",
        },
        row: 1,
        cell: "E1",
      },
    ]);
    expect(verdicts(table)).toEqual({ "1": "met" });
  });

  it("takes the result after the target when no period tells them apart", () => {
    const table = analyzeSheet({
      cells: [
        ["TT", "Nội dung", "Thực hiện kỳ trước", "Kế hoạch", "Thực hiện"],
        ["1", "Hồ sơ trực tuyến", "40%", "50%", "45%"],
      ],
    }).tables[0]!;
    expect(table.findings).toEqual([
      {
        code: "result-column-chosen",
        severity: "info",
        params: {
          letter: "E",
          label: "Thực hiện",
          otherLetter: "C",
          otherLabel: "Thực hiện kỳ trước",
          basis: "after-target",
        },
        row: 1,
        cell: "E1",
      },
    ]);
    expect(verdicts(table)).toEqual({ "1": "unmet" });
  });

  it("takes the result of the target's own period", () => {
    const table = analyzeSheet({
      cells: [
        ["TT", "Chỉ tiêu", "Kế hoạch năm 2019", "Thực hiện năm 2018", "Ước thực hiện năm 2019"],
        ["1", "Thu ngân sách", "1.200 triệu đồng", "1.500 triệu đồng", "1.100 triệu đồng"],
      ],
    }).tables[0]!;
    expect(table.columns.find((c) => c.role === "result")?.letter).toBe("E");
    expect(table.findings).toEqual([
      {
        code: "result-column-chosen",
        severity: "info",
        params: {
          letter: "E",
          label: "Ước thực hiện năm 2019",
          otherLetter: "D",
          otherLabel: "Thực hiện năm 2018",
          basis: "same-period",
        },
        row: 1,
        cell: "E1",
      },
    ]);
    expect(verdicts(table)).toEqual({ "1": "unmet" });
  });

  it("reads a header spread over two rows", () => {
    const table = only({
      cells: [
        ["STT", "Nội dung", "Năm 2024", null, "Ghi chú"],
        [null, null, "Kế hoạch", "Thực hiện", null],
        ["1", "Công khai TTHC", "100%", "100%", null],
      ],
      merges: [
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 0, left: 0, bottom: 1, right: 0 },
      ],
    });
    expect(table.headerRow).toBe(2);
    expect(table.firstRow).toBe(1);
    expect(table.columns.map((c) => [c.role, c.letter, c.label])).toEqual([
      ["ordinal", "A", "STT"],
      ["content", "B", "Nội dung"],
      ["target", "C", "Năm 2024 Kế hoạch"],
      ["result", "D", "Năm 2024 Thực hiện"],
      ["note", "E", "Ghi chú"],
    ]);
    expect(verdicts(table)).toEqual({ "1": "met" });
  });

  it("skips a column-number row under the header", () => {
    const table = only({ cells: [HEADER, ["(1)", "(2)", "(3)", "(4)"], ["1", "Việc một", "100%", "100%"]] });
    expect(table.rows.map((r) => r.kind)).toEqual(["header", "column-index", "task"]);
  });

  it("says what it expected and what it found when there is no table", () => {
    const result = analyzeSheet({
      cells: [["BÁO CÁO"], ["STT", "Họ và tên", "Chức vụ"], ["1", "Nguyễn Văn A", "Chủ tịch"]],
      sheetName: "Danh sách",
    });
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([
      {
        code: "no-table",
        severity: "error",
        params: { sheet: "Danh sách", nearest: "STT | Họ và tên | Chức vụ", nearestRow: 2 },
        row: 2,
      },
    ]);
    expect(describeIssue(result.findings[0]!)).toContain("cần một dòng tiêu đề có các cột");
  });

  it("reports an empty sheet as having no table", () => {
    expect(analyzeSheet({ cells: [] }).findings.map((f) => f.code)).toEqual(["no-table"]);
  });

  it.each([
    [["STT", "Nội dung công việc", "Kết quả thực hiện"], "no-target-column"],
    [["STT", "Nội dung công việc", "Yêu cầu năm 2024"], "no-result-column"],
  ])("reports a table without a target or result column: %j", (header, code) => {
    const result = analyzeSheet({ cells: [header, ["1", "Việc", "100%"]], sheetName: "S" });
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([
      {
        code,
        severity: "error",
        params: { sheet: "S", row: 1, found: `A: STT; B: Nội dung công việc; C: ${header[2]}` },
        row: 1,
      },
    ]);
  });
});

describe("analyzeSheet: rows as they really arrive", () => {
  it("reads sections written whole in a merged number cell, and sub-items with their own figures", () => {
    const table = only({
      cells: [
        HEADER,
        ["I. CÔNG TÁC CHỈ ĐẠO", null, null, null],
        ["1", "Thực hiện các chỉ tiêu", null, null],
        [null, "- Trong đó: hồ sơ đúng hạn", "98%", "99%"],
        [null, "- Hồ sơ trực tuyến", "50%", "30%"],
        ["2", "Tự kiểm tra", "Hoàn thành kế hoạch", "Đã thực hiện xong"],
      ],
      merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
    });
    expect(table.rows.map((r) => [r.row, r.kind, r.taskRow])).toEqual([
      [1, "header", undefined],
      [2, "section", undefined],
      [3, "task", undefined],
      [4, "subitem", 3],
      [5, "subitem", 3],
      [6, "task", undefined],
    ]);
    const task1 = table.tasks[0]!;
    expect(task1.section).toBe("I");
    expect(task1.subitems.map((s) => [s.row, s.verdict, s.completion])).toEqual([
      [4, "met", 100],
      [5, "unmet", 60],
    ]);
    expect([task1.verdict, task1.completion, task1.reasons]).toEqual([
      "unmet",
      80,
      [{ code: "subitems-rollup", params: { met: 1, total: 2 } }],
    ]);
    expect(table.sections.map((s) => [s.ordinal, s.title])).toEqual([["I", "CÔNG TÁC CHỈ ĐẠO"]]);
  });

  it("treats a number cell merged over two rows as one task", () => {
    const table = only({
      cells: [
        HEADER,
        ["1", "Nội dung dài", "Hoàn thành 100%", "Đã hoàn thành"],
        [null, "tiếp theo của nội dung", null, null],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.rows, t.content])).toEqual([
      ["1", [2, 3], "Nội dung dài tiếp theo của nội dung"],
    ]);
  });

  it("shares a target cell merged over two tasks", () => {
    const table = only({
      cells: [HEADER, ["1", "Việc một", "Đạt từ 70%", "80%"], ["2", "Việc hai", null, "60%"]],
      merges: [{ top: 1, left: 2, bottom: 2, right: 2 }],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.target, t.verdict])).toEqual([
      ["1", "Đạt từ 70%", "met"],
      ["2", "Đạt từ 70%", "unmet"],
    ]);
    expect(codes(table)).toEqual(["shared-merged-cell@3"]);
  });

  it("groups 1.1 and 1.2 under 1 and checks numbering per level", () => {
    const table = only({
      cells: [
        HEADER,
        ["1", "Cải cách hành chính", null, null],
        ["1.1", "Việc một", "100%", "100%"],
        ["1.3", "Việc ba", "100%", "100%"],
        ["2", "Việc hai", "100%", "100%"],
        ["2", "Việc hai lặp", "100%", "90%"],
      ],
    });
    expect(table.tasks.map((t) => t.ordinal)).toEqual(["1.1", "1.3", "2", "2"]);
    expect(table.rows.find((r) => r.row === 2)?.kind).toBe("section");
    expect(table.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["numbering-gap", "A4", { previous: "1.1", ordinal: "1.3", missing: "1.2" }],
      ["numbering-duplicate", "A6", { ordinal: "2", firstRow: 5 }],
    ]);
  });

  it("accepts numbering that restarts in every section", () => {
    const table = only({
      cells: [
        HEADER,
        ["I", "THỂ CHẾ", null, null],
        ["1", "Việc", "100%", "100%"],
        ["2", "Việc", "100%", "100%"],
        ["II", "THỦ TỤC", null, null],
        ["1", "Việc", "100%", "100%"],
        ["3", "Việc", "100%", "100%"],
      ],
    });
    expect(table.findings.map((f) => [f.code, f.cell])).toEqual([["numbering-gap", "A7"]]);
    expect(table.tasks.map((t) => `${t.section}.${t.ordinal}`)).toEqual(["I.1", "I.2", "II.1", "II.3"]);
  });

  it("reads numbers written in the task column when the number column is empty, and Excel numbers as ordinals", () => {
    const table = only({
      cells: [HEADER, [null, "1. Việc một", "100%", "100%"], [2, "Việc hai", "100%", "Chưa đạt 100%"]],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.verdict])).toEqual([
      ["1", "met"],
      ["2", "unmet"],
    ]);
  });

  it("leaves notes and signatures under the table alone", () => {
    const table = only({
      cells: [
        HEADER,
        ["1", "Việc một", "100%", "100%"],
        [null, null, null, null],
        [null, "Ghi chú: số liệu tính đến ngày 15/11/2024", null, null],
        [null, null, "TM. ỦY BAN NHÂN DÂN", null],
        [null, null, "CHỦ TỊCH", null],
      ],
    });
    expect(table.rows.map((r) => r.kind)).toEqual(["header", "task", "blank", "note", "note", "note"]);
    expect(table.lastRow).toBe(2);
    expect(table.tasks[0]!.content).toBe("Việc một");
  });

  it("nests roman sections under letter sections", () => {
    const table = only({
      cells: [
        HEADER,
        ["A", "CHỈ SỐ CCHC", null, null],
        ["I", "THỂ CHẾ", null, null],
        ["1", "Việc", "100%", "100%"],
        ["II", "THỦ TỤC", null, null],
        ["2", "Việc", "100%", "90%"],
        ["B", "CHỈ SỐ SIPAS", null, null],
        ["3", "Việc", "100%", "100%"],
      ],
    });
    expect(table.sections.map((s) => [s.ordinal, s.summary.tasks, s.summary.met])).toEqual([
      ["A", 2, 1],
      ["I", 1, 1],
      ["II", 1, 0],
      ["B", 1, 1],
    ]);
    expect(table.tasks.map((t) => t.section)).toEqual(["I", "II", "B"]);
  });

  it("finds two tables on one sheet, and a header repeated across a page break", () => {
    const cells: CellInput[][] = [
      ["PHỤ LỤC 1"],
      HEADER,
      ["1", "Việc một", "100%", "100%"],
      HEADER,
      ["2", "Việc hai", "100%", "100%"],
      [],
      ["PHỤ LỤC 2"],
      HEADER,
      ["1", "Việc khác", "100%", "Chưa đạt 100%"],
    ];
    const result = analyzeSheet({ cells, sheetName: "Hai bảng" });
    expect(result.tables.map((t) => [t.headerRow, t.tasks.map((x) => `${x.ordinal}:${x.verdict}`)])).toEqual([
      [2, ["1:met", "2:met"]],
      [8, ["1:unmet"]],
    ]);
    expect(result.tables[0]!.findings.map((f) => f.code)).toEqual(["repeated-header"]);
  });

  it("gives sheet addresses when the grid starts away from A1", () => {
    const result = analyzeSheet({
      cells: [HEADER, ["1", "Việc", "100%", "100%"], ["3", "Việc", "", "100%"]],
      origin: { row: 4, column: 2 },
    });
    const table = result.tables[0]!;
    expect([table.headerRow, table.firstColumn, table.freeColumn]).toEqual([5, 2, 6]);
    expect(table.tasks[1]!.cells).toEqual({ ordinal: "C7", target: "E7", result: "F7" });
    expect(codes(table)).toEqual(["numbering-gap@C7", "missing-target@E7"]);
  });

  it("keeps marks clear of anything the officer wrote to the right of the table", () => {
    const table = only({
      cells: [
        HEADER,
        ["1", "Việc", "100%", "100%", null, "ghi chú riêng"],
        [],
        [],
        [null, null, null, null, null, null, "x"],
      ],
    });
    expect(table.freeColumn).toBe(7);
  });

  it("reads numbers the English way when told", () => {
    const result = analyzeSheet(
      { cells: [HEADER, ["1", "Thu ngân sách", "1,200 triệu đồng", "Thu được 1,250 triệu đồng"]] },
      { numberStyle: { decimal: ".", thousands: "," } },
    );
    expect(result.tables[0]!.tasks[0]!.reasons[0]).toEqual({
      code: "count-meets",
      params: { op: "", tv: 1200, tu: "triệu đồng", actual: 1250, noun: "triệu đồng" },
    });
  });
});

describe("analyzeSheet: tables that follow each other", () => {
  const H = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

  it("opens a new table under a title row, even when its first section is not I", () => {
    const result = analyzeSheet({
      cells: [
        H,
        ["I", "CHỈ ĐẠO"],
        ["1", "Việc một", "100%", "100%"],
        [],
        [],
        ["PHỤ LỤC 2"],
        H,
        ["II", "TÀI CHÍNH"],
        ["1", "Việc khác", "100%", "Chưa đạt 100%"],
      ],
    });
    expect(
      result.tables.map((t) => [
        t.headerRow,
        t.tasks.map((x) => `${x.ordinal}:${x.verdict}`),
        t.findings.map((f) => f.code),
      ]),
    ).toEqual([
      [1, ["1:met"], []],
      [7, ["1:unmet"], []],
    ]);
  });

  it("keeps one table when a header repeats right under a task and the numbering goes on", () => {
    const result = analyzeSheet({
      cells: [
        H,
        ["1", "Việc một", "100%", "100%"],
        H,
        ["II", "TÀI CHÍNH"],
        ["2", "Việc hai", "100%", "100%"],
      ],
    });
    expect(result.tables.map((t) => t.tasks.map((x) => x.ordinal))).toEqual([["1", "2"]]);
  });
});

describe("analyzeSheet: groups, totals and sections written in the task column", () => {
  const H = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

  it("makes numbered groups into sections with their own counts", () => {
    const table = only({
      cells: [
        H,
        ["1", "Cải cách thể chế", null, null],
        ["1.1", "Việc một", "100%", "100%"],
        ["1.2", "Việc hai", "100%", "90%"],
        ["2", "Cải cách thủ tục", null, null],
        ["2.1", "Việc ba", "100%", "100%"],
      ],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.section])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
    ]);
    expect(table.sections.map((s) => [s.ordinal, s.title, s.summary.met, s.summary.tasks])).toEqual([
      ["1", "Cải cách thể chế", 1, 2],
      ["2", "Cải cách thủ tục", 1, 1],
    ]);
  });

  it("keeps a total row out of the last task", () => {
    const table = only({
      cells: [
        H,
        ["1", "Việc một", "Đạt 50%", "Đạt 51%"],
        [null, "Tổng cộng", "6 chỉ tiêu", "4/6 chỉ tiêu đạt"],
      ],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.rows, t.verdict, t.completion])).toEqual([
      ["1", [2], "met", 100],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(["header", "task", "note"]);
    expect(table.findings).toEqual([]);
  });

  it("reads sections in sentence case written in the task column", () => {
    const table = only({
      cells: [
        H,
        [null, "I. Công tác chỉ đạo điều hành", null, null],
        ["01", "Ban hành kế hoạch", "Trong tháng 01", "Ban hành ngày 08/01/2024"],
        [null, "3. Cải cách tổ chức bộ máy", null, null],
        ["02", "Rà soát tổ chức", "100%", "100%"],
      ],
    });
    expect(table.tasks.map((t) => [t.ordinal, t.section])).toEqual([
      ["01", "I"],
      ["02", "3"],
    ]);
    expect(table.findings).toEqual([]);
  });

  it("keeps one table across a repeated header and its column-number row", () => {
    const result = analyzeSheet({
      cells: [
        H,
        ["A", "CHỈ SỐ CCHC"],
        ["1", "Việc một", "100%", "100%"],
        H,
        ["1", "2", "3", "4"],
        ["2", "Việc hai", "100%", "100%"],
      ],
    });
    expect(result.tables.map((t) => t.tasks.map((x) => `${x.section}.${x.ordinal}`))).toEqual([
      ["A.1", "A.2"],
    ]);
  });
});

describe("analyzeSheet: what the task column says about its figure", () => {
  const H = ["Số TT", "Nội dung công việc", "Chỉ tiêu", "Kết quả"];

  it.each([
    ["Tỷ lệ hồ sơ trễ hạn", "2%", "0,88%", "met"],
    ["Tỷ lệ hộ nghèo", "2,5", "2,1", "met"],
    ["Tỷ lệ hồ sơ trễ hạn", "1%", "1,5%", "unmet"],
    [
      "Xin lỗi người dân khi trễ hạn",
      "100% hồ sơ trễ hạn được xin lỗi",
      "Đã xin lỗi 11/12 hồ sơ trễ hạn",
      "unmet",
    ],
    ["Số CBCC bị xử lý kỷ luật", "0", "2", "unmet"],
    ["Số hồ sơ TTHC quá hạn", "0 hồ sơ", "Không", "met"],
    ["Giải quyết hồ sơ đúng hạn", "100%", "Giải quyết đúng hạn 1.238/1.240 hồ sơ", "unmet"],
  ])("%j: %j vs %j → %s", (content, target, result, verdict) => {
    const table = only({ cells: [H, ["1", content, target, result]] });
    expect(table.tasks[0]?.verdict).toBe(verdict);
  });
});

describe("analyzeSheet: the table's own claims", () => {
  it.each([
    ["Đạt", "Chưa đạt 100%", "evaluation-disagrees"],
    ["Hoàn thành", "Chưa thống kê được", "evaluation-disagrees"],
    ["Không đạt", "100%", "evaluation-disagrees"],
    ["Chưa hoàn thành", "Chưa đạt 100%", undefined],
    ["Vượt", "100%", undefined],
    ["Đang thực hiện", "100%", undefined],
  ])("a stated %j beside a result %j", (stated, result, code) => {
    const table = only({
      cells: [
        ["STT", "Nhiệm vụ", "Yêu cầu", "Kết quả", "Đánh giá"],
        ["1", "Việc", "100%", result, stated],
      ],
    });
    expect(table.findings.map((f) => f.code)).toEqual(code ? [code] : []);
  });

  it("does not take another plan's count for this one", () => {
    const table = only({
      cells: [
        ["STT", "Nhiệm vụ", "Yêu cầu", "Kết quả"],
        ["1", "Kế hoạch CCHC", "100%", "Hoàn thành 5/6 nhiệm vụ"],
        ["2", "Việc", "100%", "100%"],
      ],
    });
    expect(table.findings).toEqual([]);
  });
});
