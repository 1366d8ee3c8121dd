/** The facade: a sheet checked, then the reviewer's decisions on it laid over the result. */
import { analyzeSheet, checkSheet, decide } from "../../src/core";
import { seedGrid } from "../helpers/seed";

const sheet = { cells: seedGrid(), sheetName: "Phụ lục" };

describe("checkSheet", () => {
  it("is the engine's result when nothing is decided", () => {
    const check = checkSheet(sheet);
    expect(check.computed).toEqual(analyzeSheet(sheet));
    expect(check.result).toBe(check.computed);
    expect(check.review).toEqual({
      tables: check.computed.tables,
      decisions: [],
      orphans: [],
      superseded: [],
      findings: [],
    });
  });

  it("applies this sheet's decisions and leaves other sheets' alone", () => {
    const computed = analyzeSheet(sheet);
    const table = computed.tables[0]!;
    const task26 = table.tasks.find((t) => t.ordinal === "26")!;
    const choice = {
      verdict: "met" as const,
      comment: "Đã bổ sung",
      reviewer: "A",
      at: "2026-12-02T08:00:00Z",
    };
    const here = decide(table, task26, choice);
    const elsewhere = { ...here, sheet: "Trang khác" };
    const check = checkSheet(sheet, { overrides: [here, elsewhere] });
    expect(check.computed).toEqual(computed);
    expect(check.result.tables[0]?.summary).toMatchObject({ met: 21, unmet: 4, percentMet: 80.77 });
    expect(check.review.decisions.map((d) => [d.ordinal, d.kind, d.override])).toEqual([
      ["26", "changed", here],
    ]);
    expect(check.review.orphans).toEqual([]);
    expect(check.result.findings).toEqual(computed.findings);
  });
});
