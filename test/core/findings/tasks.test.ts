/** Stage 7, findings: rows merged or skipped, and cells a task leaves empty. */
import { analyzeSheet } from "../../../src/core";

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];

describe("row and task findings", () => {
  it("reports continued rows, sub-items (whose target stands for the task's), repeated headers, unplaced rows and empty cells", () => {
    const table = analyzeSheet({
      cells: [
        HEADER,
        ["1", "Ban hành", null, "Đã ban hành"],
        [null, "kế hoạch", null, null],
        [null, "- Cấp thôn", "100%", "100%"],
        HEADER,
        ["2", "Công khai", "100%", null],
        ["(1)", "??", null, null],
        ["3", "Số hóa", "Hoàn thành 5/6", "5/6, đạt 85%"],
      ],
    }).tables[0]!;
    expect(table.findings.map((f) => [f.code, f.row, f.cell ?? null, f.params])).toEqual([
      ["continuation-merged", 3, "B3", { row: 3, ordinal: "1" }],
      ["subitem-attached", 4, "B4", { row: 4, ordinal: "1" }],
      ["repeated-header", 5, null, { row: 5 }],
      ["missing-result", 6, "D6", { ordinal: "2" }],
      ["unrecognized-row", 7, null, { row: 7, text: "(1) ??" }],
      ["percent-mismatch", 8, "D8", { ordinal: "3", stated: 85, done: 5, total: 6, computed: 83.33 }],
    ]);
  });

  it("finds nothing to say about a clean table", () => {
    const table = analyzeSheet({ cells: [HEADER, ["1", "Việc", "100%", "100%"]] }).tables[0]!;
    expect(table.findings).toEqual([]);
  });
});
