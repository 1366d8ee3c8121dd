/**
 * The test appendices in other shapes (test/fixtures/appendices/), checked by par-check as an officer would
 * hand them in: the .tsv itself, and an .xlsx built from it at test time with ExcelJS (merged title lines
 * and header cells, wrapped line breaks, numbers and percentages typed as numbers). One test per task and
 * source, against the reviewer's expected verdicts.
 */
import * as path from "path";
import type { JsonReport, JsonTable, JsonTask } from "../../src/cli/render";
import {
  compareTask,
  countsOutsideExpected,
  loadAppendices,
  oneOf,
  writeAppendixXlsx,
  type Appendix,
  type SeenTask,
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

const taskOf = (appendix: Appendix, source: Source, ordinal: string): JsonTask | undefined =>
  tableOf(appendix, source)?.tasks.find((t) => t.ordinal === ordinal);

function seen(task: JsonTask | undefined): SeenTask | undefined {
  return (
    task && {
      target: task.target,
      result: task.result,
      verdict: task.verdict,
      completion: task.completion,
      reasons: task.reasons.map((r) => r.message),
    }
  );
}

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

    it("gives each part to the column a reviewer sees playing it", () => {
      const columns = tableOf(appendix, source)?.columns ?? [];
      const roles = Object.keys(appendix.spec.columns);
      expect(
        Object.fromEntries(columns.filter((c) => roles.includes(c.role)).map((c) => [c.role, c.letter])),
      ).toEqual(appendix.spec.columns);
    });

    it("lists the tasks the reviewer lists, in their sections", () => {
      expect(tableOf(appendix, source)?.tasks.map((t) => [t.ordinal, t.section ?? ""])).toEqual(
        appendix.expected.map((e) => [e.ordinal, e.section]),
      );
    });

    it.each(appendix.expected.map((e) => [e.ordinal, e.verdicts.join("|"), e] as const))(
      "judges task %s %s",
      (ordinal, _verdicts, expected) => {
        const { actual, wanted } = compareTask(seen(taskOf(appendix, source, ordinal)), expected);
        expect(actual).toEqual(wanted);
      },
    );

    it("counts verdicts as the reviewer's allow", () => {
      const summary = tableOf(appendix, source)?.summary ?? {
        tasks: 0,
        met: 0,
        unmet: 0,
        noData: 0,
        review: 0,
      };
      expect(countsOutsideExpected(summary, appendix.expected)).toEqual([]);
    });

    const subitems = Object.entries(appendix.spec.subitems ?? {});
    if (subitems.length > 0) {
      it.each(subitems)("judges the sub-items of task %s on their own", (ordinal, verdicts) => {
        expect(
          taskOf(appendix, source, ordinal)?.subitems.map((s) => ({
            label: s.label,
            verdict: s.verdict,
            reasons: s.reasons.map((r) => r.message),
          })),
        ).toEqual(
          verdicts.map((v) => ({
            label: expect.any(String),
            verdict: oneOf(v.split("|")),
            reasons: expect.any(Array),
          })),
        );
      });
    }

    const continuations = Object.entries(appendix.spec.continuations ?? {}).flatMap(([ordinal, rows]) =>
      rows.map((row) => [ordinal, row] as const),
    );
    if (continuations.length > 0) {
      it.each(continuations)("glues onto task %s its continuation row %s", (ordinal, row) => {
        const table = tableOf(appendix, source);
        expect({
          inTask: taskOf(appendix, source, ordinal)?.rows.includes(row) ?? false,
          aTaskOfItsOwn: table?.tasks.some((t) => t.row === row) ?? false,
          aSubitem: table?.tasks.some((t) => t.subitems.some((s) => s.row === row)) ?? false,
        }).toEqual({ inTask: true, aTaskOfItsOwn: false, aSubitem: false });
      });
    }
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
