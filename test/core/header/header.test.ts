/** Stage 2, header and columns: which row is the header and which column plays which part. */
import { defaultLexicon } from "../../../src/core";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders, nearestHeaderText } from "../../../src/core/header/header";
import { cleanLabel, roleOfLabel } from "../../../src/core/header/labels";

const lexicon = defaultLexicon();

describe("roleOfLabel", () => {
  it.each([
    ["Số TT", "ordinal"],
    ["Nội dung công việc", "content"],
    ["Yêu cầu năm 2024", "target"],
    ["Kết quả cần đạt", "target"],
    ["Kết quả thực hiện (2)", "result"],
    ["Chỉ tiêu", "ambiguous"],
    ["Ghi chú:", "note"],
    ["Đơn vị thực hiện", "unit"],
    ["Tự đánh giá", "evaluation"],
    ["Kinh phí", "other"],
  ])("%j → %s", (label, role) => {
    expect(roleOfLabel(label, lexicon)).toBe(role);
  });

  it.each([[""], ["Số liệu tham khảo"], ["x".repeat(90)]])("%j → undefined", (label) => {
    expect(roleOfLabel(label, lexicon)).toBeUndefined();
  });

  it("cleans a label of numbering and trailing marks", () => {
    expect(cleanLabel(" Kết quả  thực hiện (3): ")).toBe("ket qua thuc hien");
  });
});

describe("findHeaders", () => {
  it("finds the header under title rows and assigns one column per role", () => {
    const grid = new Grid({
      cells: [
        ["PHỤ LỤC"],
        [],
        ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
        ["1", "Việc", "100%", "100%"],
      ],
    });
    const [header, ...more] = findHeaders(grid, lexicon);
    expect(more).toEqual([]);
    expect(header).toEqual({
      row: 2,
      firstRow: 2,
      columns: [
        { role: "ordinal", column: 0, letter: "A", label: "Số TT" },
        { role: "content", column: 1, letter: "B", label: "Nội dung công việc" },
        { role: "target", column: 2, letter: "C", label: "Yêu cầu năm 2024" },
        { role: "result", column: 3, letter: "D", label: "Kết quả thực hiện" },
      ],
      byRole: { ordinal: 0, content: 1, target: 2, result: 3 },
      roleColumns: new Set([0, 1, 2, 3]),
      left: 0,
      right: 3,
      findings: [],
      signature: "so tt|noi dung cong viec|yeu cau nam 2024|ket qua thuc hien",
    });
  });

  it("merges a two-row header", () => {
    const grid = new Grid({
      cells: [
        ["TT", "Nội dung", "Năm 2024", null],
        [null, null, "Kế hoạch", "Thực hiện"],
      ],
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
    });
    const [header] = findHeaders(grid, lexicon);
    expect(header?.firstRow).toBe(0);
    expect(header?.row).toBe(1);
    expect(header?.columns.map((c) => [c.role, c.label])).toEqual([
      ["ordinal", "TT"],
      ["content", "Nội dung"],
      ["target", "Năm 2024 Kế hoạch"],
      ["result", "Năm 2024 Thực hiện"],
    ]);
  });

  it("finds nothing in rows that only look like data", () => {
    expect(
      findHeaders(
        new Grid({
          cells: [
            ["1", "Yêu cầu", "Kết quả"],
            ["2", "a", "b"],
          ],
        }),
        lexicon,
      ),
    ).toEqual([]);
  });
});

describe("nearestHeaderText", () => {
  it("names the row that came closest", () => {
    const grid = new Grid({ cells: [["Bảng"], ["STT", "Công việc", "Ghi chú"]] });
    expect(nearestHeaderText(grid, lexicon)).toEqual({ row: 1, text: "STT | Công việc | Ghi chú" });
  });

  it("gives nothing for a sheet without labels", () => {
    expect(nearestHeaderText(new Grid({ cells: [["a", "b"]] }), lexicon)).toBeUndefined();
  });
});
