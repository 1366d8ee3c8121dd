/** The lexicon's pattern grammar: what each construct compiles to, and the guards derived from it. */
import {
  compileNode,
  guardOf,
  parsePattern,
  PatternError,
  type ClassResolver,
  type Node,
} from "../../../src/core/lexicon/pattern";

const CLASSES: Readonly<Record<string, readonly string[]>> = {
  turn: ["không", "nhưng"],
  bad: ["quá hạn", "trễ hạn", "sai sót"],
  short: ["đạt", "đạt yêu cầu"],
};
const classes: ClassResolver = (name) => (CLASSES[name] ?? []).map(parsePattern);
const folded = (pattern: string): string =>
  compileNode(parsePattern(pattern), classes, "folded", { first: true, last: true });
const exact = (pattern: string): string =>
  compileNode(parsePattern(pattern), classes, "exact", { first: true, last: true });

describe("parsePattern", () => {
  it("reads words, groups, options, classes and gaps into a tree", () => {
    expect(parsePattern("chưa [được] (đạt|xong) {bad} # ~2 …5")).toEqual<Node>({
      t: "seq",
      items: [
        { t: "word", text: "chưa" },
        { t: "space" },
        { t: "opt", body: { t: "word", text: "được" } },
        { t: "space" },
        {
          t: "alt",
          options: [
            { t: "word", text: "đạt" },
            { t: "word", text: "xong" },
          ],
        },
        { t: "space" },
        { t: "class", name: "bad" },
        { t: "space" },
        { t: "number" },
        { t: "space" },
        { t: "words", count: 2, commas: false },
        { t: "space" },
        { t: "gap", chars: 5 },
      ],
    });
  });

  it("reads anchors, a capture, an exclusion, one word and escaped characters", () => {
    expect(parsePattern("^@(*)!(thể)\\(ký$")).toEqual<Node>({
      t: "seq",
      items: [
        { t: "start" },
        { t: "capture", body: { t: "word-any" } },
        { t: "not", body: { t: "word", text: "thể" } },
        { t: "word", text: "(ký" },
        { t: "end" },
      ],
    });
  });

  it.each([
    ["(đạt", 'expected ")"'],
    ["đạt)", 'unexpected ")"'],
    ["{bad", 'expected "}"'],
    ["~x", "expected a word count"],
    ["!đạt", 'expected "(" after "!"'],
    ["a\\", "nothing after \\"],
  ])("refuses %j: %s", (pattern, problem) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError);
    expect(() => parsePattern(pattern)).toThrow(problem);
  });
});

describe("compileNode", () => {
  it.each([
    ["đạt", "\\bdat\\b"],
    ["hoàn thành", "\\bhoan thanh\\b"],
    // Longer alternatives first: "chưa được" before "chưa".
    ["(chưa|chưa được) đạt", "\\b(?:chua duoc|chua) dat\\b"],
    // An optional phrase takes the space before it, or at the start the one after it.
    ["đúng [theo] quy định", "\\bdung(?: theo)? quy dinh\\b"],
    ["[đã] được", "(?:\\bda )?\\bduoc\\b"],
    ["kh [năm] [#]", "\\bkh\\b(?: nam\\b)?(?: \\d+)?"],
    ["còn # ~2 {bad}", "\\bcon \\d+ (?:(?!(?:khong|nhung) )[a-z]+ ){0,2}?(?:qua han|tre han|sai sot)\\b"],
    [
      "không ~3, {bad}",
      "\\bkhong (?:(?!(?:khong|nhung) )[a-z0-9]+[ ,]+){0,3}?(?:qua han|tre han|sai sot)\\b",
    ],
    ["tuy nhiên … chưa", "\\btuy nhien\\b[^.;]{0,120}?\\bchua\\b"],
    ["^đạt$", "^\\bdat\\b$"],
    ["có @(* *)", "\\bco ([a-z]+ [a-z]+)"],
    ["tăng!( trưởng)", "\\btang\\b(?! truong\\b)"],
    ["n/a", "\\bn\\/a\\b"],
  ])("%j → %s", (pattern, source) => {
    expect(folded(pattern)).toBe(source);
  });

  it("keeps diacritics and drops word boundaries for exact entries", () => {
    expect(exact("(gửi|báo cáo) chậm")).toBe("(?:báo cáo|gửi) chậm");
    expect(new RegExp(`^(?:${exact("cơ bản (đạt|hoàn thành)")})$`, "u").test("cơ bản hoàn thành")).toBe(true);
    expect(new RegExp(`^(?:${exact("cơ bản (đạt|hoàn thành)")})$`, "u").test("có bản hoàn thành")).toBe(
      false,
    );
  });
});

describe("guardOf", () => {
  it.each([
    // Every match holds one of these strings: the cheapest such list.
    ["(vẫn chưa|còn chưa|chưa) {short}", ["chua"]],
    ["tuy nhiên … chưa", ["tuy nhien"]],
    ["(không|chưa) [có] phát sinh", ["phat sinh"]],
    ["{bad}", ["sai sot", "tre han", "qua han"]],
    ["^(đạt|có)$", ["co", "dat"]],
  ])("%j → %j", (pattern, guard) => {
    expect(guardOf(parsePattern(pattern), classes)?.sort()).toEqual([...guard].sort());
  });

  it("gives none when a match may hold no fixed word", () => {
    expect(guardOf(parsePattern("[đạt]"), classes)).toBeNull();
    expect(guardOf(parsePattern("#"), classes)).toBeNull();
  });
});
