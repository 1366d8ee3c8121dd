import {
  describe as describeIssue,
  hasText,
  LANGUAGES,
  MESSAGE_CODES,
  VERDICT_LABELS,
  VERDICTS,
} from "../../src/core";

const SAMPLE_PARAMS = {
  ordinal: "3",
  previous: "2",
  missing: "3",
  firstRow: 8,
  row: 12,
  stated: 85,
  done: 5,
  total: 6,
  computed: 83.33,
  percent: 83.33,
  actual: 22.32,
  op: "≥",
  tv: 70,
  tu: "%",
  phrase: "Chưa đạt 100%",
  noun: "sáng kiến",
  thing: "quá hạn",
  sheet: "Phụ lục",
  file: "bao-cao.xlsx",
  detail: "zip",
  found: "A: Số TT",
  text: "Ghi chú",
  cell: "C9",
  letter: "F",
  label: "Thực hiện 2011-2015",
  otherLetter: "D",
  otherLabel: "Thực hiện 2006-2010",
  basis: "after-target",
  value: "54,92%",
  raw: "0.95",
  met: 2,
  verdict: "unmet",
  tasks: 26,
};

describe("message catalogue", () => {
  it.each(MESSAGE_CODES.flatMap((code) => LANGUAGES.map((language) => [code, language] as const)))(
    "%s has a %s text",
    (code, language) => {
      expect(hasText(code, language)).toBe(true);
      const text = describeIssue({ code, params: SAMPLE_PARAMS }, language);
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it("formats numbers per language", () => {
    const issue = { code: "rate-below", params: { actual: 22.32, op: "≥", tv: 70, tu: "%" } };
    expect(describeIssue(issue, "vi")).toBe("Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.");
    expect(describeIssue(issue, "en")).toBe("Result 22.32% is below the target ≥ 70%.");
  });

  it("writes ranges and counts in targets", () => {
    expect(
      describeIssue({ code: "range-below", params: { actual: 6.2, tv: 6.6, th: 6.8, tu: "%", op: "" } }),
    ).toBe("Kết quả 6,2% thấp hơn khoảng chỉ tiêu 6,6–6,8%.");
    expect(
      describeIssue({
        code: "count-meets",
        params: { actual: 2, noun: "sáng kiến", op: "≥", tv: 1, tu: "sáng kiến" },
      }),
    ).toBe("Kết quả 2 sáng kiến đạt chỉ tiêu ≥ 1 sáng kiến.");
  });

  it("shortens long quotes", () => {
    const text = describeIssue({ code: "negated-result", params: { phrase: "a".repeat(200) } });
    expect(text.length).toBeLessThan(120);
    expect(text).toContain("…");
  });

  it("refuses an unknown code", () => {
    expect(() => describeIssue({ code: "no-such-code", params: {} })).toThrow(RangeError);
    expect(hasText("no-such-code", "vi")).toBe(false);
  });

  it("names every verdict in both languages", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(VERDICT_LABELS[language]).sort()).toEqual([...VERDICTS].sort());
    }
  });
});
