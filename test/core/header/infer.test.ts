/** Columns found by what their cells hold when no label names them. */
import { analyzeSheet, defaultLexicon } from "../../../src/core";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders } from "../../../src/core/header/header";
import { completeHeader, inferTable, ShapeReader } from "../../../src/core/header/infer";
import { rowGrammarOf } from "../../../src/core/rows/ordinals";

const lexicon = defaultLexicon();
const shapes = new ShapeReader(lexicon);
const grammar = rowGrammarOf(lexicon);

describe("ShapeReader.shapeOf", () => {
  it.each([
    ["Tối thiểu có 01 sáng kiến", "target"],
    ["Đạt từ 70% trở lên", "target"],
    ["Hoàn thành 100% nhiệm vụ đề ra trong kế hoạch", "target"],
    ["Trước ngày 15/12/2024", "target"],
    ["Không dưới 90% hồ sơ đúng hạn", "target"],
    ["Phấn đấu đạt 100%", "target"],
    ["Trong năm có phát sinh hồ sơ liên thông", "target"],
    ["Đã thực hiện xong", "result"],
    ["Hoàn thành 5/6 nhiệm vụ, đạt 83,3%", "result"],
    ["Đạt 83,3%", "result"],
    ["Chưa thống kê được", "result"],
    ["Chưa đạt 100%", "result"],
    ["Đang triển khai", "result"],
    ["Thực hiện tốt việc giải quyết TTHC liên thông", "result"],
    ["Ban hành Kế hoạch rà soát, đơn giản hóa TTHC", "text"],
    ["Công khai đầy đủ, đúng quy định", "text"],
    ["100%", "neutral"],
    ["x", "neutral"],
    ["", "neutral"],
  ])("%j → %s", (text, shape) => {
    expect(shapes.shapeOf(text)).toBe(shape);
  });
});

describe("ShapeReader.isPlanShare", () => {
  it.each([
    ["Vượt 5% so với chỉ tiêu", true],
    ["Vượt kế hoạch 3%", true],
    ["Đạt 95%", false],
    ["", false],
  ])("%j → %s", (text, share) => {
    expect(shapes.isPlanShare(text)).toBe(share);
  });
});

const TASKS = [
  [
    "1",
    "Ban hành kế hoạch cải cách hành chính năm 2024",
    "Trước ngày 31/01/2024",
    "Đã ban hành ngày 15/01/2024",
  ],
  ["2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Tối thiểu 95%", "Đạt 98,5%"],
  ["3", "Tổ chức tập huấn nghiệp vụ cho cán bộ một cửa", "Tối thiểu 02 lớp", "Đã tổ chức 01 lớp"],
  ["4", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Đạt từ 50% trở lên", "Chưa đạt 50%"],
];

describe("inferTable", () => {
  it("finds a table pasted without its header by its numbers and the shapes of its cells", () => {
    const grid = new Grid({ cells: [["PHỤ LỤC KẾT QUẢ"], [], ...TASKS] });
    const header = inferTable(grid, grammar, shapes);
    expect(header).toEqual({
      row: 1,
      firstRow: 1,
      columns: [
        { role: "ordinal", column: 0, letter: "A", label: "" },
        { role: "content", column: 1, letter: "B", label: "" },
        { role: "target", column: 2, letter: "C", label: "" },
        { role: "result", column: 3, letter: "D", label: "" },
      ],
      byRole: { ordinal: 0, content: 1, target: 2, result: 3 },
      roleColumns: new Set([0, 1, 2, 3]),
      left: 0,
      right: 3,
      findings: [
        ["ordinal", "A", 4, 4],
        ["content", "B", 4, 4],
        ["target", "C", 4, 4],
        ["result", "D", 4, 4],
      ].map(([role, letter, count, total]) => ({
        code: "column-inferred",
        severity: "warning",
        params: { role, letter, label: "", count, total },
        row: 3,
        cell: `${letter as string}3`,
      })),
      signature: "",
    });
  });

  it("keeps the labels of a header row in words it does not know", () => {
    const grid = new Grid({ cells: [["PHỤ LỤC"], ["Số", "Việc", "Cần", "Được"], ...TASKS] });
    expect(inferTable(grid, grammar, shapes)?.columns.map((c) => [c.role, c.label])).toEqual([
      ["ordinal", "Số"],
      ["content", "Việc"],
      ["target", "Cần"],
      ["result", "Được"],
    ]);
  });

  it("finds the result right of the target whatever their order on the sheet", () => {
    const swapped = TASKS.map(([n, task, target, result]) => [n!, task!, result!, target!]);
    const header = inferTable(new Grid({ cells: [["PHỤ LỤC"], ...swapped] }), grammar, shapes);
    expect(header?.byRole).toEqual({ ordinal: 0, content: 1, target: 3, result: 2 });
  });

  it.each([
    ["fewer than three numbered rows", [["PHỤ LỤC"], ...TASKS.slice(0, 2)]],
    ["numbered rows at the very top, with nowhere for a header", TASKS],
    ["no column reads as targets", [["PHỤ LỤC"], ...TASKS.map(([n, t, , r]) => [n!, t!, "x", r!])]],
    ["no column reads as results", [["PHỤ LỤC"], ...TASKS.map(([n, t, g]) => [n!, t!, g!, "x"])]],
  ])("finds nothing with %s", (_case, cells) => {
    expect(inferTable(new Grid({ cells }), grammar, shapes)).toBeUndefined();
  });

  it("judges the table it found", () => {
    const result = analyzeSheet({ cells: [["PHỤ LỤC KẾT QUẢ"], [], ...TASKS] });
    expect(result.tables[0]!.tasks.map((t) => [t.ordinal, t.verdict])).toEqual([
      ["1", "met"],
      ["2", "met"],
      ["3", "unmet"],
      ["4", "unmet"],
    ]);
  });
});

describe("completeHeader", () => {
  const labelled = (target: string, result: string) =>
    new Grid({ cells: [["STT", "Nội dung công việc", target, result], ...TASKS] });

  it("leaves a header with every part as it is", () => {
    const grid = labelled("Yêu cầu", "Kết quả");
    const [header] = findHeaders(grid, lexicon);
    expect(completeHeader(grid, header!, grid.rowCount, grammar, shapes)).toEqual({ header });
  });

  it("takes an unknown result label's column by its cells, and says why", () => {
    const grid = labelled("Yêu cầu", "Số liệu báo cáo");
    const [header] = findHeaders(grid, lexicon);
    const { header: completed } = completeHeader(grid, header!, grid.rowCount, grammar, shapes);
    expect(completed.byRole).toEqual({ ordinal: 0, content: 1, target: 2, result: 3 });
    expect(completed.findings).toEqual([
      {
        code: "column-inferred",
        severity: "warning",
        params: { role: "result", letter: "D", label: "Số liệu báo cáo", count: 4, total: 4 },
        row: 1,
        cell: "D1",
      },
    ]);
  });

  it("checks a table without a target column when its results state shares of the plan", () => {
    const cells = [
      ["STT", "Nội dung", "Kết quả thực hiện"],
      ["1", "Thu ngân sách nhà nước trên địa bàn", "Vượt 5% so với chỉ tiêu"],
      ["2", "Giá trị sản xuất nông nghiệp", "Vượt kế hoạch 3%"],
      ["3", "Xây dựng nông thôn mới", "Đã thực hiện"],
    ];
    const result = analyzeSheet({ cells });
    const table = result.tables[0]!;
    expect(table.tasks.map((t) => [t.ordinal, t.verdict, t.completion])).toEqual([
      ["1", "met", 100],
      ["2", "met", 100],
      ["3", "met", 100],
    ]);
    expect(table.findings.filter((f) => f.code === "results-only" || f.code === "missing-target")).toEqual([
      {
        code: "results-only",
        severity: "warning",
        params: { sheet: "", row: 1, planShares: 2, total: 3 },
        row: 1,
      },
    ]);
  });

  it("refuses a table without a target column whose results state no share of the plan", () => {
    const cells = [
      ["STT", "Nội dung", "Kết quả thực hiện"],
      ["1", "Việc một", "Đã thực hiện"],
    ];
    expect(analyzeSheet({ cells }).findings.map((f) => f.code)).toEqual(["no-target-column"]);
  });
});
