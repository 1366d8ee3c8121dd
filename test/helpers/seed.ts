import { readFileSync } from "fs";
import { join } from "path";

export const FIXTURES = join(__dirname, "..", "fixtures");
export const SEED_DIR = join(FIXTURES, "phu-dinh-2024");

/** The seed appendix as rows of cells, exactly as the .tsv holds it. */
export function seedGrid(): string[][] {
  return readFileSync(join(SEED_DIR, "appendix.tsv"), "utf8")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
}

export interface Expected {
  readonly ordinal: string;
  readonly section: string;
  readonly verdicts: readonly string[];
  readonly completion: number | null;
}

/** The careful reviewer's verdicts for the seed. */
export function seedExpected(): Expected[] {
  const [, ...lines] = readFileSync(join(SEED_DIR, "expected.tsv"), "utf8").trim().split("\n");
  return lines.map((line) => {
    const [ordinal = "", section = "", verdict = "", completion = ""] = line.split("\t");
    return {
      ordinal,
      section,
      verdicts: verdict.split("|"),
      completion: completion === "" ? null : Number(completion),
    };
  });
}
