/**
 * The test appendices in other shapes (test/fixtures/appendices/), checked by par-check as an officer would
 * hand them in: the .tsv itself, and an .xlsx built from it at test time with ExcelJS (merged title lines
 * and header cells, wrapped line breaks, numbers and percentages typed as numbers). One test per task and
 * source, against the reviewer's expected verdicts.
 */
import * as path from "path";
import type { JsonReport, JsonTable } from "../../src/cli/render";
import {
  itMatchesTheReviewer,
  loadAppendices,
  seenTableOf,
  writeAppendixXlsx,
  type Appendix,
} from "../helpers/appendices";
import { useTempDir } from "./helpers";
import { run, type RunResult } from "./run";

const APPENDICES = loadAppendices();
const SOURCES = ["tsv", "xlsx"] as const;
type Source = (typeof SOURCES)[number];

const tempDir = useTempDir();
const runs = new Map<string, RunResult>();
const key = (appendix: Appendix, source: Source): string => `${appendix.slug}.${source}`;

beforeAll(async () => {
  for (const appendix of APPENDICES) {
    const xlsx = await writeAppendixXlsx(appendix, path.join(tempDir(), `${appendix.slug}.xlsx`));
    for (const source of SOURCES) {
      const file = source === "tsv" ? appendix.tsvPath : xlsx;
      runs.set(key(appendix, source), await run(["--format", "json", "--lang", "en", file]));
    }
  }
});

function report(appendix: Appendix, source: Source): JsonReport | undefined {
  const result = runs.get(key(appendix, source));
  if (!result || result.stdout.trim() === "") return undefined;
  return JSON.parse(result.stdout) as JsonReport;
}

const tableOf = (appendix: Appendix, source: Source): JsonTable | undefined =>
  report(appendix, source)?.files[0]?.tables[0];

describe.each(APPENDICES.map((a) => [a.slug, a] as const))("%s", (_slug, appendix) => {
  describe.each(SOURCES)("read from .%s", (source) => {
    it("is checked as one table, with no file or sheet complaint", () => {
      const result = runs.get(key(appendix, source));
      const file = report(appendix, source)?.files[0];
      expect({
        code: result?.code,
        stderr: result?.stderr,
        tables: file?.tables.length,
        findings: file?.findings.map((f) => f.message),
      }).toEqual({ code: 0, stderr: "", tables: 1, findings: [] });
    });

    itMatchesTheReviewer(appendix, () =>
      seenTableOf(tableOf(appendix, source), (r: { readonly message: string }) => r.message),
    );
  });

  it("judges the workbook as it judges the .tsv", () => {
    const project = (table: JsonTable | undefined): unknown =>
      table && {
        tasks: table.tasks.map((t) => [
          t.ordinal,
          t.row,
          t.verdict,
          t.completion,
          t.reasons.map((r) => r.code),
        ]),
        summary: table.summary,
      };
    expect(project(tableOf(appendix, "xlsx"))).toEqual(project(tableOf(appendix, "tsv")));
  });
});
