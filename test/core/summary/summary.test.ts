/** Stage 8, summary: counts by verdict for a table and each of its sections. */
import { analyzeSheet } from "../../../src/core";
import { countVerdicts } from "../../../src/core/summary/summary";

describe("countVerdicts", () => {
  it("counts verdicts, the share met and the mean completion", () => {
    expect(
      countVerdicts([
        { verdict: "met", completion: 100 },
        { verdict: "unmet", completion: 50 },
        { verdict: "no-data", completion: null },
        { verdict: "review", completion: null },
      ]),
    ).toEqual({ tasks: 4, met: 1, unmet: 1, noData: 1, review: 1, percentMet: 25, meanCompletion: 75 });
  });

  it("gives null shares for no tasks", () => {
    expect(countVerdicts([])).toEqual({
      tasks: 0,
      met: 0,
      unmet: 0,
      noData: 0,
      review: 0,
      percentMet: null,
      meanCompletion: null,
    });
  });
});

describe("section summaries", () => {
  it("counts a section's tasks, its sub-sections' included, and tasks before any section apart", () => {
    const table = analyzeSheet({
      cells: [
        ["STT", "Nội dung", "Yêu cầu", "Kết quả"],
        ["1", "Trước mục", "100%", "100%"],
        ["A", "PHẦN MỘT", null, null],
        ["I", "MỤC MỘT", null, null],
        ["2", "Việc", "100%", "90%"],
      ],
    }).tables[0]!;
    expect(table.sections.map((s) => [s.ordinal, s.row, s.taskRows, s.summary.met, s.summary.tasks])).toEqual(
      [
        ["", null, [2], 1, 1],
        ["A", 3, [5], 0, 1],
        ["I", 4, [5], 0, 1],
      ],
    );
  });
});
