/** Stage 4, tasks: rows gathered into tasks with their continuations, sub-items and sections. */
import { defaultLexicon } from "../../../src/core";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders } from "../../../src/core/header/header";
import { classifyRows } from "../../../src/core/rows/kinds";
import { rowGrammarOf } from "../../../src/core/rows/ordinals";
import { assembleTasks } from "../../../src/core/tasks/assemble";
import type { CellInput } from "../../../src/core";

const lexicon = defaultLexicon();
const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];

function assemble(cells: CellInput[][]) {
  const grid = new Grid({ cells });
  const [header] = findHeaders(grid, lexicon);
  return assembleTasks(
    grid,
    header!,
    classifyRows(grid, header!, [], grid.rowCount, rowGrammarOf(lexicon)).rows,
  );
}

describe("assembleTasks", () => {
  it("joins continued cells and attaches sub-items", () => {
    const { tasks, sections, rows } = assemble([
      HEADER,
      ["A", "PHẦN CHUNG", null, null],
      ["I", "CHỈ ĐẠO", null, null],
      ["1", "Ban hành", "Trước", "Đã ban hành"],
      [null, "kế hoạch", "31/1", "ngày 20/1"],
      [null, "- Cấp thôn", { value: 1, numberFormat: "0%" }, "100%"],
    ]);
    expect(tasks).toEqual([
      {
        ordinal: "1",
        row: 3,
        rows: [4, 5, 6],
        section: "I",
        content: "Ban hành kế hoạch",
        target: "Trước 31/1",
        targetParts: 2,
        result: "Đã ban hành ngày 20/1",
        resultParts: 2,
        targetCell: null,
        resultCell: null,
        subitems: [
          {
            row: 5,
            label: "- Cấp thôn",
            target: "1",
            targetParts: 1,
            result: "100%",
            resultParts: 1,
            targetCell: { value: 1, numberFormat: "0%" },
            resultCell: null,
          },
        ],
        extras: {},
        sharedTarget: false,
        sharedResult: false,
      },
    ]);
    expect(sections.map((s) => [s.ordinal, s.level, s.parent?.ordinal ?? null])).toEqual([
      ["A", 0, null],
      ["I", 1, "A"],
    ]);
    expect(rows.map((r) => [r.row, r.kind, r.taskRow])).toEqual([
      [1, "header", undefined],
      [2, "section", undefined],
      [3, "section", undefined],
      [4, "task", undefined],
      [5, "continuation", 4],
      [6, "subitem", 4],
    ]);
  });

  it("makes a numbered group a section of its own, not a task", () => {
    const { tasks, groups, sections, sectionRows, rows } = assemble([
      HEADER,
      ["1", "Cải cách thể chế", null, null],
      ["1.1", "Rà soát văn bản", "100%", "100%"],
      ["1.2", "Ban hành văn bản", "100%", "90%"],
    ]);
    expect(tasks.map((t) => [t.ordinal, t.section])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
    ]);
    expect(groups.map((g) => g.ordinal)).toEqual(["1"]);
    expect(sections.map((s) => [s.ordinal, s.title, s.row, s.level])).toEqual([
      ["1", "Cải cách thể chế", 1, 1],
    ]);
    expect(sectionRows).toEqual([1]);
    expect(rows[1]).toEqual({ row: 2, kind: "section" });
  });

  it("gives an empty table no tasks", () => {
    expect(assemble([HEADER])).toEqual({
      tasks: [],
      groups: [],
      sections: [],
      sectionRows: [],
      rows: [{ row: 1, kind: "header" }],
    });
  });
});
