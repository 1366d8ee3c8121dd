/**
 * Adding a synonym is one entry in one file: here the test adds it to a copy of the Vietnamese lexicon
 * (as a new line in src/core/lexicon/vi/statuses.ts or headers.ts would) and the engine reads it.
 */
import { analyzeSheet, readResult } from "../../../src/core";
import { compileLexicon, VIETNAMESE, type Lexicon } from "../../../src/core/lexicon";

const HEADER = ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"];

describe("a status word added as one entry", () => {
  // "rốt ráo": thoroughly, as in "đã xử lý rốt ráo" — done, though the lexicon does not know it.
  const extended: Lexicon = {
    ...VIETNAMESE,
    statuses: [...VIETNAMESE.statuses, { word: "done", pattern: "rốt ráo", examples: ["Xử lý rốt ráo"] }],
  };
  const lexicon = compileLexicon(extended);

  it("is unknown to the lexicon as shipped", () => {
    expect(readResult("Xử lý rốt ráo").statuses).toEqual([]);
  });

  it("is read once the entry is there", () => {
    expect(readResult("Xử lý rốt ráo", { lexicon })).toEqual({
      kind: "qualitative",
      text: "Xử lý rốt ráo",
      percents: [],
      statuses: ["done"],
      evidence: { done: "Xử lý rốt ráo" },
      ceiling: false,
    });
  });

  it("changes the verdict of a task that says it", () => {
    const sheet = { cells: [HEADER, ["1", "Giải quyết phản ánh", "Giải quyết dứt điểm", "Xử lý rốt ráo"]] };
    expect(analyzeSheet(sheet).tables[0]?.tasks[0]?.verdict).toBe("review");
    expect(analyzeSheet(sheet, { lexicon }).tables[0]?.tasks[0]).toMatchObject({
      verdict: "met",
      completion: 100,
      reasons: [{ code: "qualitative-done", params: { phrase: "Xử lý rốt ráo" } }],
    });
  });
});

describe("a header label added as one entry", () => {
  const extended: Lexicon = {
    ...VIETNAMESE,
    headers: [...VIETNAMESE.headers, { role: "result", pattern: "tình trạng", examples: ["Tình trạng"] }],
  };
  const lexicon = compileLexicon(extended);
  const sheet = {
    cells: [
      ["Số TT", "Nội dung công việc", "Yêu cầu", "Tình trạng"],
      ["1", "Công khai TTHC", "100%", "100%"],
    ],
  };

  it("is unknown to the lexicon as shipped: the table has no result column", () => {
    expect(analyzeSheet(sheet).findings.map((f) => f.code)).toEqual(["no-result-column"]);
  });

  it("gives its column the result role once the entry is there", () => {
    const table = analyzeSheet(sheet, { lexicon }).tables[0];
    expect(table?.columns.map((c) => [c.letter, c.role])).toEqual([
      ["A", "ordinal"],
      ["B", "content"],
      ["C", "target"],
      ["D", "result"],
    ]);
    expect(table?.tasks[0]?.verdict).toBe("met");
  });
});
