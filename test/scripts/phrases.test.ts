import * as fs from "node:fs";
import * as path from "node:path";
import { PAIR_CASES, PHRASE_CASES } from "../../scripts/phrase-cases";
import { countPhraseRows, escapeCell, PHRASES_FILE, renderPhraseTable } from "../../scripts/phrase-table";

const file = path.join(__dirname, "..", "..", PHRASES_FILE);

/** The first differing line, so a stale table fails with something readable. */
function firstDifference(expected: string, actual: string): string | null {
  const left = expected.split("\n");
  const right = actual.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n  file:   ${right[i] ?? "(end of file)"}\n  engine: ${left[i] ?? "(end of file)"}`;
    }
  }
  return null;
}

describe("test/fixtures/phrases.md", () => {
  const rendered = renderPhraseTable();

  it("matches what the engine reads now (run npm run phrases when the engine changes)", () => {
    const checkedIn = fs.readFileSync(file, "utf8");
    const difference = firstDifference(rendered, checkedIn);
    expect(
      difference === null ? "fresh" : `${PHRASES_FILE} is stale: run npm run phrases\n${difference}`,
    ).toBe("fresh");
  });

  it("has at least 80 phrase rows and 30 pairs", () => {
    expect(PHRASE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(countPhraseRows(rendered)).toBe(PHRASE_CASES.length);
    expect(PAIR_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it("covers targets and results", () => {
    expect(PHRASE_CASES.filter((c) => c.role === "target").length).toBeGreaterThanOrEqual(30);
    expect(PHRASE_CASES.filter((c) => c.role === "result").length).toBeGreaterThanOrEqual(30);
  });

  it("lists each phrase once per role", () => {
    const keys = PHRASE_CASES.map((c) => `${c.role}\u0000${c.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("renders the same text twice (no clock, no randomness)", () => {
    expect(renderPhraseTable()).toBe(rendered);
  });

  it("escapes pipes and line breaks inside cells", () => {
    expect(escapeCell("a|b\nc")).toBe("a\\|b<br>c");
  });
});
