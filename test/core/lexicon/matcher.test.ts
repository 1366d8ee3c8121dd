/** Matchers over folded text: the first match, blanking, exact entries, captures, and word tables. */
import { alternativesOf, Matcher, WordTable } from "../../../src/core/lexicon/matcher";
import { parsePattern, type ClassResolver } from "../../../src/core/lexicon/pattern";
import { foldText, normalizeText } from "../../../src/core/text";

const CLASSES: Readonly<Record<string, readonly string[]>> = { turn: ["không"], bad: ["quá hạn", "trễ hạn"] };
const classes: ClassResolver = (name) => (CLASSES[name] ?? []).map(parsePattern);
const entry = (pattern: string, exact = false) => ({ pattern, examples: [pattern] as [string], exact });

function written(text: string) {
  const normalized = normalizeText(text);
  return {
    folded: foldText(normalized),
    phrase: { text: normalized, aligned: foldText(normalized).length === normalized.length },
  };
}

describe("Matcher", () => {
  const negated = new Matcher([entry("chưa (đạt|hoàn thành)"), entry("^không$")], classes);

  it("finds the leftmost match, as folded text", () => {
    expect(negated.find(foldText("Tuy vậy, chưa hoàn thành"))).toEqual({ index: 9, text: "chua hoan thanh" });
    expect(negated.find(foldText("Không"))).toEqual({ index: 0, text: "khong" });
    expect(negated.find(foldText("Đã hoàn thành"))).toBeUndefined();
  });

  it("matches whole words only", () => {
    expect(negated.test("chuadat")).toBe(false);
    expect(new Matcher([entry("trễ")], classes).test(foldText("trên 90%"))).toBe(false);
  });

  it("derives its guard from the entries", () => {
    expect(negated.guard).toEqual(["chua", "khong"]);
  });

  it("blanks every match, keeping positions", () => {
    const text = foldText("chưa đạt, chưa hoàn thành và đã xong");
    expect(negated.blank(text)).toBe(`${" ".repeat(8)},${" ".repeat(16)} va da xong`);
  });

  it("reports the part marked @( )", () => {
    const zero = new Matcher([entry("không ~3, @({bad})")], classes);
    expect(zero.find(foldText("Không có hồ sơ quá hạn"))).toEqual({
      index: 0,
      text: "khong co ho so qua han",
      capture: { index: 15, text: "qua han" },
    });
  });

  it("checks exact entries against the text as written", () => {
    const late = new Matcher([entry("thực hiện chậm", true)], classes);
    const a = written("Thực hiện chậm 5 ngày");
    const b = written("Thực hiện chăm lo đời sống");
    expect(late.find(a.folded, a.phrase)).toEqual({ index: 0, text: "thuc hien cham" });
    expect(late.find(b.folded, b.phrase)).toBeUndefined();
    // Without the text as written, the folded match stands.
    expect(late.test(b.folded)).toBe(true);
    expect(late.blank(b.folded, b.phrase)).toBe(b.folded);
    expect(late.blank(a.folded, a.phrase)).toBe(`${" ".repeat(14)} 5 ngay`);
  });
});

describe("WordTable", () => {
  const table = new WordTable(
    [
      { entry: entry("dưới", true), value: "lt" },
      { entry: entry("không dưới", true), value: "gte" },
      { entry: entry("(tỷ lệ|tỉ lệ)"), value: "filler" },
    ],
    foldText,
  );

  it("finds the longest word that ends at a position (suffix traps resolved longest first)", () => {
    const a = written("Không dưới 90%");
    expect(table.endingAt(a.folded, 10, a.phrase)).toEqual({ folded: "khong duoi", value: "gte" });
    const b = written("Tỷ lệ dưới 2%");
    expect(table.endingAt(b.folded, 10, b.phrase)).toEqual({ folded: "duoi", value: "lt" });
    expect(table.endingAt(b.folded, 5, b.phrase)).toEqual({ folded: "ty le", value: "filler" });
  });

  it("checks exact words as written, and whole words only", () => {
    const a = written("Dươi 2%");
    expect(table.endingAt(a.folded, 4, a.phrase)).toBeUndefined();
    expect(table.endingAt(foldText("xduoi"), 5)).toBeUndefined();
  });

  it("finds a word that starts at a position", () => {
    expect(table.startingAt(foldText("tỷ lệ 5%"), 0)).toEqual({ folded: "ty le", value: "filler" });
    expect(table.startingAt(foldText("dướix"), 0)).toBeUndefined();
  });
});

describe("alternativesOf", () => {
  it("spells out the phrases a word entry stands for", () => {
    expect(alternativesOf("(tỷ lệ|tỉ lệ)")).toEqual(["tỷ lệ", "tỉ lệ"]);
    expect(alternativesOf("chậm nhất [(là|vào)]")).toEqual(["chậm nhất", "chậm nhất là", "chậm nhất vào"]);
  });

  it("refuses the grammar's other constructs", () => {
    expect(() => alternativesOf("còn #")).toThrow("a word list takes words and (a|b) only");
  });
});
