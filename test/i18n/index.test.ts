/**
 * Parity of the languages: every code, key and text exists in every language, with the same placeholders,
 * and each language writes numbers its own way.
 */
import { FILE_PROBLEMS, MESSAGE_CODES, VERDICTS, type FileProblem, type Issue } from "../../src/core";
import {
  CLI,
  describe as describeIssue,
  ENGINE,
  fill,
  hasText,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  languageOf,
  OFFICE,
  PANE,
} from "../../src/i18n";

/** Values for every parameter any template reads, so that each template can be filled. */
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
  detail: "not-utf8",
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
  before: "met",
  tasks: 26,
  share: 105,
  date: "20/12/2024",
  deadline: "15/12/2024",
  period: "quý",
  annual: 4,
  content: "Ban hành kế hoạch",
  role: "target",
  count: 18,
  planShares: 12,
};

/** An issue built from the sample, for codes read from a list (the list cannot carry each code's type). */
function sample(code: string, params: object = SAMPLE_PARAMS): Issue {
  return { code, params } as unknown as Issue;
}

const pairs = <T>(items: readonly T[]) =>
  items.flatMap((item) => LANGUAGES.map((language) => [item, language] as const));

describe("every finding and reason has a text in every language", () => {
  it.each(pairs(MESSAGE_CODES))("%s in %s", (code, language) => {
    expect(hasText(code, language)).toBe(true);
    const text = describeIssue(sample(code), language);
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
  });
});

describe("the advice after a file problem fits the file's kind", () => {
  it.each([
    ["csv-syntax", "vi", "Cần tệp CSV hợp lệ; hãy mở bằng Excel và lưu lại dạng “CSV UTF-8”."],
    ["csv-syntax", "en", "Expected a valid CSV file; open it in Excel and save it as “CSV UTF-8”."],
    ["damaged-zip", "vi", "Cần một tệp .xlsx hợp lệ; hãy mở và lưu lại bằng Excel."],
    ["damaged-zip", "en", "Expected a valid .xlsx file; open and save it again in Excel."],
    ["cannot-open", "en", "Check that the file is there and may be read."],
  ] as const)("%s in %s", (detail, language, advice) => {
    const text = describeIssue(
      sample("unreadable", { file: "a.csv", detail, line: 3, reason: "EACCES" }),
      language,
    );
    expect(text.endsWith(advice)).toBe(true);
  });
});

describe("every file problem has words in every language", () => {
  it.each(pairs(FILE_PROBLEMS))("%s in %s", (detail: FileProblem, language) => {
    const text = describeIssue(
      sample("unreadable", {
        file: "a.csv",
        detail,
        ext: ".ods",
        line: 3,
        reason: "EACCES",
        limit: "ratio",
        value: 1000,
        max: 200,
      }),
      language,
    );
    expect(text).toMatch(/^a\.csv: /);
    expect(text).not.toMatch(/undefined|\(\)/);
  });
});

describe("the languages' words", () => {
  it("names every verdict in every language", () => {
    for (const language of LANGUAGES)
      expect(Object.keys(ENGINE[language].verdicts).sort()).toEqual([...VERDICTS].sort());
  });

  it("writes numbers each its own way", () => {
    const issue = sample("rate-below", { actual: 22.32, op: "≥", tv: 70, tu: "%", noun: "" });
    expect(describeIssue(issue, "vi")).toBe("Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.");
    expect(describeIssue(issue, "en")).toBe("Result 22.32% is below the target ≥ 70%.");
    expect(ENGINE.vi.numbers).toEqual({ decimal: ",", thousands: "." });
    expect(ENGINE.en.numbers).toEqual({ decimal: ".", thousands: "," });
  });

  it("writes ranges and counts in targets", () => {
    expect(
      describeIssue(sample("range-below", { actual: 6.2, tv: 6.6, th: 6.8, tu: "%", op: "", noun: "" })),
    ).toBe("Kết quả 6,2% thấp hơn khoảng chỉ tiêu 6,6–6,8%.");
    expect(
      describeIssue(sample("count-meets", { actual: 2, noun: "sáng kiến", op: "≥", tv: 1, tu: "sáng kiến" })),
    ).toBe("Kết quả 2 sáng kiến đạt chỉ tiêu ≥ 1 sáng kiến.");
  });

  it("words a share of the plan", () => {
    const issue = sample("plan-share-meets", { share: 105, phrase: "Vượt 5% so với chỉ tiêu" });
    expect(describeIssue(issue, "vi")).toBe(
      "Kết quả “Vượt 5% so với chỉ tiêu”: đạt 105% so với chỉ tiêu, kế hoạch.",
    );
    expect(describeIssue(issue, "en")).toBe("The result “Vượt 5% so với chỉ tiêu” is 105% of the plan.");
  });

  it("shortens long quotes", () => {
    const text = describeIssue(sample("negated-result", { phrase: "a".repeat(200) }));
    expect(text.length).toBeLessThan(120);
    expect(text).toContain("…");
  });

  it("refuses an unknown code", () => {
    expect(() => describeIssue(sample("no-such-code", {}))).toThrow(RangeError);
    expect(hasText("no-such-code", "vi")).toBe(false);
  });
});

/** The "{name}" placeholders of a text. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** The shape of a catalogue part: its keys, nested, with functions and strings told apart. */
function shape(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.map(() => "string");
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

describe("the pane, the command line and the adapter say the same in every language", () => {
  const [first, ...others] = LANGUAGES;

  it.each(others)(
    "the pane's texts in %s have the keys and placeholders of the first language",
    (language) => {
      const reference = PANE[first];
      const texts = PANE[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(reference).sort());
      for (const key of Object.keys(reference) as (keyof typeof reference)[]) {
        expect([key, placeholders(texts[key])]).toEqual([key, placeholders(reference[key])]);
        expect(texts[key].trim()).not.toBe("");
      }
    },
  );

  it.each(others)("the command line's texts in %s have the shape of the first language's", (language) => {
    expect(shape(CLI[language])).toEqual(shape(CLI[first]));
    expect(CLI[language].batch.summaryHead).toHaveLength(CLI[first].batch.summaryHead.length);
  });

  it.each(others)("the adapter's texts in %s have the shape of the first language's", (language) => {
    expect(shape(OFFICE[language])).toEqual(shape(OFFICE[first]));
  });

  it.each(LANGUAGES)("%s has a name of its own", (language) => {
    expect(LANGUAGE_NAMES[language].length).toBeGreaterThan(1);
  });
});

describe("languageOf and isLanguage", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["VI", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("%j → %s", (display, language) => {
    expect(languageOf(display)).toBe(language);
  });

  it("tells languages from other words", () => {
    expect(LANGUAGES.every(isLanguage)).toBe(true);
    expect(isLanguage("fr")).toBe(false);
  });
});

describe("fill", () => {
  it("fills named placeholders and leaves unknown ones", () => {
    expect(fill("{met}/{tasks} đạt, {x}", { met: 2, tasks: 3 })).toBe("2/3 đạt, {x}");
  });
});
