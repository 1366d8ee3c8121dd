/** Stage 1, cells → grid: uniform access to rows of cells, merged areas resolved, sheet addresses. */
import { Grid } from "../../../src/core/grid/grid";

describe("Grid", () => {
  const grid = new Grid({
    cells: [
      ["Số TT", "Nội dung", { value: 0.8333, text: "83,33%", numberFormat: "0.00%" }],
      ["1", "Việc\u00a0 một ", null],
      [2, true, undefined],
    ],
    merges: [{ top: 1, left: 2, bottom: 2, right: 2 }],
    origin: { row: 4, column: 2 },
    sheetName: "Phụ lục",
  });

  it("reads text as a person sees it, normalised", () => {
    expect([grid.text(0, 0), grid.text(1, 1), grid.text(0, 2), grid.text(2, 0), grid.text(2, 1)]).toEqual([
      "Số TT",
      "Việc một",
      "83,33%",
      "2",
      "true",
    ]);
  });

  it("keeps number cells as Excel holds them", () => {
    expect(grid.numberCell(0, 2)).toEqual({ value: 0.8333, text: "83,33%", numberFormat: "0.00%" });
    expect(grid.numberCell(2, 0)).toEqual({ value: 2 });
    expect(grid.numberCell(1, 1)).toBeNull();
  });

  it("resolves merged areas to their top-left cell", () => {
    expect(grid.master(2, 2)).toEqual([1, 2]);
    expect(grid.master(1, 2)).toBeUndefined();
    expect(grid.master(0, 0)).toBeUndefined();
  });

  it("gives sheet rows, columns and addresses from its origin", () => {
    expect([grid.sheetRow(0), grid.sheetColumn(0), grid.address(1, 1)]).toEqual([5, 2, "D6"]);
    expect([grid.rowCount, grid.rowWidth(0), grid.sheet]).toEqual([3, 3, "Phụ lục"]);
  });

  it("tells empty cells apart", () => {
    expect([grid.isEmpty(1, 2), grid.isEmpty(2, 2), grid.isEmpty(0, 0), grid.isEmpty(9, 9)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it("ignores merges it cannot place rather than failing", () => {
    const odd = new Grid({ cells: [["a", "b"]], merges: [{ top: -1, left: 0, bottom: 0, right: 1 }] });
    expect(odd.master(0, 1)).toBeUndefined();
  });
});
