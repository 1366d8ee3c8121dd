import * as fs from "node:fs";
import * as path from "node:path";
import { staleMessage } from "../../scripts/generated";
import { FIGURE_CASES, PAIR_CASES } from "../../scripts/phrase-cases";
import {
  countPhraseRows,
  escapeCell,
  PHRASES_FILE,
  renderPhraseTable,
  vocabularyRows,
} from "../../scripts/phrase-table";

const file = path.join(__dirname, "..", "..", PHRASES_FILE);

describe("test/fixtures/phrases.md", () => {
  const rendered = renderPhraseTable();

  it("matches what the engine reads now (run npm run phrases when the engine changes)", () => {
    const checkedIn = fs.readFileSync(file, "utf8");
    expect(
      checkedIn === rendered ? "fresh" : staleMessage(PHRASES_FILE, "npm run phrases", rendered, checkedIn),
    ).toBe("fresh");
  });

  const phrases = [...vocabularyRows(), ...FIGURE_CASES];

  it("lists at least 200 phrasings, every one of the lexicon's examples and figures, and 30 pairs", () => {
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(countPhraseRows(rendered)).toBe(phrases.length);
    expect(PAIR_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it("covers targets and results", () => {
    expect(phrases.filter((c) => c.role === "target").length).toBeGreaterThanOrEqual(100);
    expect(phrases.filter((c) => c.role === "result").length).toBeGreaterThanOrEqual(100);
  });

  it("keeps the figures apart from the lexicon's examples", () => {
    const examples = new Set(vocabularyRows().map((r) => `${r.role}\u0000${r.text}`));
    expect(FIGURE_CASES.filter((c) => examples.has(`${c.role}\u0000${c.text}`))).toEqual([]);
  });

  it("renders the same text twice (no clock, no randomness)", () => {
    expect(renderPhraseTable()).toBe(rendered);
  });

  it("escapes pipes and line breaks inside cells", () => {
    expect(escapeCell("a|b\nc")).toBe("a\\|b<br>c");
  });
});
