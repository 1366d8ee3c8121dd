/** Loading with ExcelJS, with overlapping merged areas mended in memory. */
import { loadXlsx, parseAddress, parseRange } from "../../src/cli/load";
import { rawXlsx } from "./files";

describe("loadXlsx", () => {
  const book = (merges: string[], name = "Phụ lục") =>
    rawXlsx({
      sheets: [
        {
          name,
          rows: [
            ["Tiêu đề", null, null, null],
            [null, "b", null, null],
            [null, null, "c", null],
          ],
          merges,
        },
        { name: "Khác", rows: [["x"]], merges: ["A1:B1"] },
      ],
    });

  it("loads a workbook whose merged areas do not overlap as it is", async () => {
    const { workbook, findings } = await loadXlsx(await book(["A1:D1", "B2:C3"]));
    expect(findings).toEqual([]);
    expect(workbook.getWorksheet("Phụ lục")?.model.merges).toEqual(["A1:D1", "B2:C3"]);
  });

  // An area is weighed against those kept: one that overlaps only a dropped area stays.
  it("reads the later of two overlapping areas as not merged, and says so per sheet", async () => {
    const { workbook, findings } = await loadXlsx(
      await book(["A1:C2", "B2:D3", "D1:D1", "C2:D3", "C3:D3"], "A & B"),
    );
    expect(workbook.getWorksheet("A & B")?.model.merges).toEqual(["A1:C2", "D1:D1", "C3:D3"]);
    expect(workbook.getWorksheet("Khác")?.model.merges).toEqual(["A1:B1"]);
    expect(findings).toEqual([
      {
        code: "merge-overlap",
        severity: "warning",
        params: { sheet: "A & B", range: "B2:D3", other: "A1:C2" },
      },
      {
        code: "merge-overlap",
        severity: "warning",
        params: { sheet: "A & B", range: "C2:D3", other: "A1:C2" },
      },
    ]);
  });

  it("throws what ExcelJS throws for anything else", async () => {
    await expect(loadXlsx(Buffer.from("PK\u0003\u0004 not a zip"))).rejects.toThrow();
  });
});

describe("parseAddress and parseRange", () => {
  it.each([
    ["A1", { row: 0, column: 0 }],
    ["$B$3", { row: 2, column: 1 }],
    ["XFD1048576", { row: 1_048_575, column: 16_383 }],
    ["A", null],
    ["1A", null],
  ])("reads %s", (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  it("reads a range either way round, and one cell as a range", () => {
    expect(parseRange("D2:A1")).toEqual({ top: 0, left: 0, bottom: 1, right: 3 });
    expect(parseRange("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRange("A1:?")).toBeNull();
  });
});
