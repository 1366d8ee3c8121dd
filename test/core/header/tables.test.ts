/** Stage 2, tables on a sheet: headers open tables, repeats across a page break do not. */
import { defaultLexicon } from "../../../src/core";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders } from "../../../src/core/header/header";
import { freeColumn, missingColumns, rowIsBlank, tableStarts } from "../../../src/core/header/tables";
import { rowGrammarOf } from "../../../src/core/rows/ordinals";

const lexicon = defaultLexicon();
const grammar = rowGrammarOf(lexicon);
const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu", "Kết quả thực hiện"];

function starts(cells: (string | null)[][]) {
  const grid = new Grid({ cells });
  return tableStarts(grid, findHeaders(grid, lexicon), grammar).map((s) => ({
    header: s.header.row,
    repeats: s.repeats.map((r) => r.row),
    end: s.end,
  }));
}

describe("tableStarts", () => {
  it("keeps a header repeated under a task, with the numbering going on, in one table", () => {
    expect(starts([HEADER, ["1", "a", "100%", "100%"], HEADER, ["2", "b", "100%", "100%"]])).toEqual([
      { header: 0, repeats: [2], end: 4 },
    ]);
  });

  it("opens a new table when the numbering starts again", () => {
    expect(starts([HEADER, ["1", "a", "1", "1"], HEADER, ["1", "b", "1", "1"]])).toEqual([
      { header: 0, repeats: [], end: 2 },
      { header: 2, repeats: [], end: 4 },
    ]);
  });

  it("opens a new table under a title row", () => {
    expect(starts([HEADER, ["1", "a", "1", "1"], ["PHỤ LỤC 2"], HEADER, ["2", "b", "1", "1"]])).toEqual([
      { header: 0, repeats: [], end: 3 },
      { header: 3, repeats: [], end: 5 },
    ]);
  });
});

describe("missingColumns", () => {
  it("says which columns it found when the target is missing", () => {
    const grid = new Grid({ cells: [["STT", "Nội dung", "Kết quả"]], sheetName: "S" });
    const [header] = findHeaders(grid, lexicon);
    expect(missingColumns(grid, header!)).toEqual([
      {
        code: "no-target-column",
        severity: "error",
        params: { sheet: "S", row: 1, found: "A: STT; B: Nội dung; C: Kết quả" },
        row: 1,
      },
    ]);
  });

  it("finds nothing missing in a full header", () => {
    const grid = new Grid({ cells: [HEADER] });
    expect(missingColumns(grid, findHeaders(grid, lexicon)[0]!)).toEqual([]);
  });
});

describe("freeColumn and rowIsBlank", () => {
  it("puts added columns right of anything written beside the table", () => {
    const grid = new Grid({ cells: [HEADER, ["1", "a", "b", "c", null, "ghi tay"]] });
    expect(freeColumn(grid, findHeaders(grid, lexicon)[0]!, 1)).toBe(6);
    expect([rowIsBlank(grid, 1, 0, 3), rowIsBlank(new Grid({ cells: [[null, " "]] }), 0, 0, 1)]).toEqual([
      false,
      true,
    ]);
  });
});
