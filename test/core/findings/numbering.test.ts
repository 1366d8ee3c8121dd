/** Stage 7, findings: gaps and duplicates in the task numbers. */
import { defaultLexicon } from "../../../src/core";
import { checkNumbering } from "../../../src/core/findings/numbering";
import { Grid } from "../../../src/core/grid/grid";
import { findHeaders } from "../../../src/core/header/header";

const grid = new Grid({ cells: [["STT", "Nội dung", "Yêu cầu", "Kết quả"]], origin: { row: 2, column: 0 } });
const header = findHeaders(grid, defaultLexicon())[0]!;
const numbered = (ordinals: string[]) => ordinals.map((ordinal, i) => ({ ordinal, row: i + 1 }));

describe("checkNumbering", () => {
  it("finds a gap, a run of gaps and a duplicate", () => {
    expect(checkNumbering(grid, header, numbered(["1", "3", "7", "7"]), [])).toEqual([
      {
        code: "numbering-gap",
        severity: "warning",
        params: { previous: "1", ordinal: "3", missing: "2" },
        row: 5,
        cell: "A5",
      },
      {
        code: "numbering-gap",
        severity: "warning",
        params: { previous: "3", ordinal: "7", missing: "4–6" },
        row: 6,
        cell: "A6",
      },
      {
        code: "numbering-duplicate",
        severity: "warning",
        params: { ordinal: "7", firstRow: 6 },
        row: 7,
        cell: "A7",
      },
    ]);
  });

  it("counts within each level", () => {
    expect(checkNumbering(grid, header, numbered(["1", "1.1", "1.3", "2", "2.1"]), [])).toEqual([
      {
        code: "numbering-gap",
        severity: "warning",
        params: { previous: "1.1", ordinal: "1.3", missing: "1.2" },
        row: 6,
        cell: "A6",
      },
    ]);
  });

  it("accepts numbering that restarts in each section", () => {
    expect(checkNumbering(grid, header, numbered(["1", "2", "1", "2"]), [2])).toEqual([]);
  });

  it("finds nothing in good numbering", () => {
    expect(checkNumbering(grid, header, numbered(["1", "2", "3"]), [])).toEqual([]);
  });
});
