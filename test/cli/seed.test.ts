/** The seed appendix (xã Phú Đình, 2024), read from the TSV and from the sample workbook, against expected.tsv. */
import { readFileSync } from "fs";
import * as path from "path";
import type { Verdict } from "../../src/core/types";
import type { JsonReport, JsonTable } from "../../src/cli/render";
import { FIXTURE_DIR } from "./helpers";
import { run } from "./run";

interface Expected {
  readonly ordinal: string;
  readonly section: string;
  readonly verdicts: readonly Verdict[];
  readonly completion: number | null;
}

const EXPECTED: readonly Expected[] = readFileSync(path.join(FIXTURE_DIR, "expected.tsv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const [ordinal = "", section = "", verdicts = "", completion = ""] = line.split("\t");
    return {
      ordinal,
      section,
      verdicts: verdicts.split("|") as Verdict[],
      completion: completion.trim() === "" ? null : Number(completion),
    };
  });

const SOURCES = ["appendix.tsv", "appendix.xlsx"] as const;
const tables = new Map<string, JsonTable>();

beforeAll(async () => {
  for (const source of SOURCES) {
    const { code, stdout, stderr } = await run(["--format", "json", path.join(FIXTURE_DIR, source)]);
    expect([source, code, stderr]).toEqual([source, 0, ""]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files[0]?.tables).toHaveLength(1);
    tables.set(source, report.files[0]?.tables[0] as JsonTable);
  }
});

const table = (source: string): JsonTable => {
  const found = tables.get(source);
  if (!found) throw new Error(`${source} was not checked`);
  return found;
};

describe("the seed appendix", () => {
  it("has 26 tasks numbered as in expected.tsv", () => {
    expect(EXPECTED).toHaveLength(26);
    for (const source of SOURCES) {
      expect(table(source).tasks.map((t) => [t.ordinal, t.section])).toEqual(
        EXPECTED.map((e) => [e.ordinal, e.section]),
      );
      expect(table(source).summary.tasks).toBe(26);
    }
  });

  it("gives the same verdicts, completions and findings from the TSV and from the workbook", () => {
    const project = (t: JsonTable): unknown => ({
      tasks: t.tasks.map((task) => [
        task.ordinal,
        task.row,
        task.verdict,
        task.completion,
        task.reasons.map((r) => r.code),
      ]),
      summary: t.summary,
      findings: t.findings.map((f) => [f.code, f.cell]),
    });
    expect(project(table("appendix.xlsx"))).toEqual(project(table("appendix.tsv")));
  });

  describe.each(SOURCES)("read from %s", (source) => {
    it.each(EXPECTED.map((e) => [e.ordinal, e] as const))(
      "judges task %s as expected.tsv allows",
      (_ordinal, expected) => {
        const task = table(source).tasks.find((t) => t.ordinal === expected.ordinal);
        expect(task).toBeDefined();
        expect(expected.verdicts).toContain(task?.verdict);
        if (expected.completion !== null) {
          expect(task?.completion).not.toBeNull();
          expect(Math.abs((task?.completion ?? NaN) - expected.completion)).toBeLessThanOrEqual(0.01);
        }
      },
    );

    it("reports the gap in the numbering at 3, on the cell of task 4", () => {
      const gaps = table(source).findings.filter((f) => f.code === "numbering-gap");
      expect(gaps).toHaveLength(1);
      expect(gaps[0]?.cell).toBe("A9");
      expect(String(gaps[0]?.params["missing"])).toBe("3");
      expect(gaps[0]?.message).toBe("Số thứ tự nhảy từ 2 sang 4: thiếu số 3.");
    });
  });

  it("prints the Vietnamese report of the sample with the gap and the totals", async () => {
    const { code, stdout } = await run([path.join(FIXTURE_DIR, "appendix.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Toàn bảng: \d+\/26 đạt/m);
    expect(stdout).toMatch(/^ {2}A9 +Số thứ tự nhảy từ 2 sang 4: thiếu số 3\.$/m);
    expect(stdout).toMatch(/^23 +Chưa đạt +31,89% +/m);
  });
});
