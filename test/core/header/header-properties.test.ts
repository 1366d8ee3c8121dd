/**
 * Properties of finding the columns: renaming a header cell to a synonym, adding a unit in brackets or a
 * line break never changes a table's verdicts, and a table pasted without its header is judged the same.
 */
import fc from "fast-check";
import { analyzeSheet, type SheetResult } from "../../../src/core";
import { loadAppendices } from "../../helpers/appendices";
import { seedGrid } from "../../helpers/seed";

const SEED = 20261203;
const HEADER_ROW = 4;

/** Labels a reviewer reads as the same column, per part, as officers write them. */
const SYNONYMS = {
  ordinal: ["Số TT", "STT", "TT", "Số thứ tự", "S.TT"],
  content: [
    "Nội dung công việc",
    "Nội dung",
    "Nhiệm vụ",
    "Nội dung nhiệm vụ trọng tâm",
    "Tên nhiệm vụ",
    "Các nhiệm vụ",
    "Công việc",
    "Nhiệm vụ/Chỉ tiêu",
  ],
  target: [
    "Yêu cầu năm 2024",
    "Yêu cầu",
    "Chỉ tiêu/Yêu cầu",
    "Mục tiêu, yêu cầu",
    "Kế hoạch năm 2024",
    "Chỉ tiêu được giao",
    "Yêu cầu cần đạt",
    "KH 2024",
    "Chỉ tiêu huyện giao",
    "Theo Kế hoạch số 62/KH-UBND",
  ],
  result: [
    "Kết quả thực hiện",
    "Kết quả",
    "Thực hiện",
    "Kết quả thực hiện đến 30/11",
    "TH 2024",
    "Ước thực hiện năm 2024",
    "Kết quả đạt được",
    "Tình hình thực hiện",
    "KQ",
  ],
} as const;
const PARTS = ["ordinal", "content", "target", "result"] as const;
const UNITS = ["(%)", "(1)", "(tỷ lệ %)", "(đồng)", "(người)"];

/** The verdicts and completions of every task, with the columns they came from. */
function judged(result: SheetResult): unknown {
  return result.tables.map((t) => ({
    columns: t.columns.map((c) => [c.role, c.letter]),
    tasks: t.tasks.map((task) => [task.ordinal, task.verdict, task.completion]),
  }));
}

/** A label as an officer may dress it: a unit in brackets, a line break at a space. */
function dress(label: string, unit: string | null, breakAt: number | null): string {
  let text = unit === null ? label : `${label} ${unit}`;
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (breakAt !== null && spaces.length > 0) {
    const at = spaces[breakAt % spaces.length]!;
    text = `${text.slice(0, at)}\n${text.slice(at + 1)}`;
  }
  return text;
}

const dressed = (label: string) =>
  fc
    .record({ unit: fc.option(fc.constantFrom(...UNITS)), breakAt: fc.option(fc.nat()) })
    .map(({ unit, breakAt }) => dress(label, unit, breakAt));

const header = fc.tuple(
  ...PARTS.map((part) => fc.constantFrom(...SYNONYMS[part]).chain(dressed)),
) as fc.Arbitrary<string[]>;

function withHeader(labels: readonly string[]): string[][] {
  return seedGrid().map((row, i) => (i === HEADER_ROW ? [...labels] : row));
}

describe("the seed's verdicts do not depend on how its header is worded", () => {
  const expected = judged(analyzeSheet({ cells: seedGrid() }));

  it("with synonyms, units in brackets and line breaks in any header cell", () => {
    fc.assert(
      fc.property(header, (labels) => {
        expect(judged(analyzeSheet({ cells: withHeader(labels) }))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("with the header row removed: the columns are found by their contents", () => {
    const cells = seedGrid().filter((_, i) => i !== HEADER_ROW);
    const result = analyzeSheet({ cells });
    const tasks = (judged(result) as { tasks: unknown }[]).map((t) => t.tasks);
    expect(tasks).toEqual((expected as { tasks: unknown }[]).map((t) => t.tasks));
    expect(
      result.tables[0]!.findings.filter((f) => f.code === "column-inferred").map((f) => f.params),
    ).toEqual([
      { role: "ordinal", letter: "A", label: "", count: 26, total: 26 },
      { role: "content", letter: "B", label: "", count: 20, total: 26 },
      { role: "target", letter: "C", label: "", count: 12, total: 25 },
      { role: "result", letter: "D", label: "", count: 11, total: 26 },
    ]);
  });

  it("with an unknown target label: the target column is found by its contents", () => {
    const result = analyzeSheet({
      cells: withHeader(["Số TT", "Nội dung công việc", "Số liệu", "Kết quả thực hiện"]),
    });
    expect(judged(result)).toEqual(expected);
    expect(
      result.tables[0]!.findings.filter((f) => f.code === "column-inferred").map((f) => f.params),
    ).toEqual([{ role: "target", letter: "C", label: "Số liệu", count: 12, total: 25 }]);
  });

  it("with neither labels nor shapes for a part: no table, as before", () => {
    const cells = seedGrid().map((row, i) =>
      i === HEADER_ROW
        ? ["Số TT", "Nội dung công việc", "Số liệu", "Kết quả thực hiện"]
        : [row[0] ?? "", row[1] ?? "", "x", row[3] ?? ""],
    );
    const result = analyzeSheet({ cells });
    expect(result.tables).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["no-target-column"]);
  });
});

describe("no appendix's verdicts depend on units or line breaks in its header cells", () => {
  const appendices = loadAppendices();
  const dressing = fc.record({ unit: fc.option(fc.constantFrom(...UNITS)), breakAt: fc.option(fc.nat()) });

  it.each(appendices.map((a) => [a.slug, a] as const))("%s", (_slug, appendix) => {
    const original = analyzeSheet({ cells: appendix.cells });
    const table = original.tables[0]!;
    const headerRow = table.headerRow - 1;
    const expected = judged(original);
    fc.assert(
      fc.property(fc.array(dressing, { minLength: 8, maxLength: 8 }), (dressings) => {
        const cells = appendix.cells.map((row, r) =>
          r !== headerRow
            ? row
            : row.map((cell, c) => {
                const d = dressings[c % dressings.length]!;
                return typeof cell === "string" && cell.trim() !== "" ? dress(cell, d.unit, d.breakAt) : cell;
              }),
        );
        expect(judged(analyzeSheet({ cells }))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
