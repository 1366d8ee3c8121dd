import { ERROR_HINTS, format, languageOf, TEXTS, type TextKey } from "../../src/taskpane/texts";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("the pane's texts", () => {
  const keys = [...new Set([...Object.keys(TEXTS.vi), ...Object.keys(TEXTS.en)])] as TextKey[];

  test.each(keys)("%s has a Vietnamese and an English text with the same placeholders", (key) => {
    const vi = TEXTS.vi[key];
    const en = TEXTS.en[key];
    expect(typeof vi).toBe("string");
    expect(typeof en).toBe("string");
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(vi)).toEqual(placeholders(en));
  });

  test("every error code has a hint", () => {
    for (const key of Object.values(ERROR_HINTS)) expect(keys).toContain(key);
    expect(Object.keys(ERROR_HINTS).sort()).toEqual([
      "empty-sheet",
      "host-error",
      "no-table",
      "report-copy",
      "unsupported",
    ]);
  });

  test("Vietnamese only when Office's display language starts with vi", () => {
    expect(languageOf("vi-VN")).toBe("vi");
    expect(languageOf("VI")).toBe("vi");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  test("format fills placeholders and leaves unknown ones", () => {
    expect(format("{met}/{tasks} nhiệm vụ đạt, {percent}", { met: 20, tasks: 26, percent: "76,92%" })).toBe(
      "20/26 nhiệm vụ đạt, 76,92%",
    );
    expect(format("{x} {y}", { x: 1 })).toBe("1 {y}");
  });
});
