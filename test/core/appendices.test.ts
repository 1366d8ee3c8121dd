/**
 * The test appendices in other shapes (test/fixtures/appendices/), each .tsv read into cells and checked by
 * the engine's facade, against a reviewer's expected verdicts: one test per task, so each disagreement is
 * one failing test that shows what the engine read and why it judged so.
 */
import { checkSheet, type SheetResult, type TableResult, type TaskResult } from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import {
  compareTask,
  countsOutsideExpected,
  loadAppendices,
  oneOf,
  type Appendix,
  type SeenTask,
} from "../helpers/appendices";

const APPENDICES = loadAppendices();

const results = new Map<string, SheetResult>();

/** The sheet checked once per appendix, when its first test asks. */
function checked(appendix: Appendix): SheetResult {
  let result = results.get(appendix.slug);
  if (!result) {
    result = checkSheet({ cells: appendix.cells, sheetName: appendix.spec.sheet }).result;
    results.set(appendix.slug, result);
  }
  return result;
}

const tableOf = (appendix: Appendix): TableResult | undefined => checked(appendix).tables[0];

const taskOf = (appendix: Appendix, ordinal: string): TaskResult | undefined =>
  tableOf(appendix)?.tasks.find((t) => t.ordinal === ordinal);

function seen(task: TaskResult | undefined): SeenTask | undefined {
  return (
    task && {
      target: task.target,
      result: task.result,
      verdict: task.verdict,
      completion: task.completion,
      reasons: task.reasons.map((r) => describeIssue(r, "en")),
    }
  );
}

it("has at least 8 appendices, each with tasks to judge", () => {
  expect(APPENDICES.length).toBeGreaterThanOrEqual(8);
  for (const appendix of APPENDICES)
    expect([appendix.slug, appendix.expected.length > 0]).toEqual([appendix.slug, true]);
});

describe.each(APPENDICES.map((a) => [a.slug, a] as const))("%s (.tsv)", (_slug, appendix) => {
  it("is read as one table, with no sheet-level complaint", () => {
    const result = checked(appendix);
    expect({
      tables: result.tables.length,
      findings: result.findings.map((f) => describeIssue(f, "en")),
    }).toEqual({ tables: 1, findings: [] });
  });

  it("gives each part to the column a reviewer sees playing it", () => {
    const columns = tableOf(appendix)?.columns ?? [];
    const roles = Object.keys(appendix.spec.columns);
    expect(
      Object.fromEntries(columns.filter((c) => roles.includes(c.role)).map((c) => [c.role, c.letter])),
    ).toEqual(appendix.spec.columns);
  });

  it("lists the tasks the reviewer lists, in their sections", () => {
    expect(tableOf(appendix)?.tasks.map((t) => [t.ordinal, t.section ?? ""])).toEqual(
      appendix.expected.map((e) => [e.ordinal, e.section]),
    );
  });

  it.each(appendix.expected.map((e) => [e.ordinal, e.verdicts.join("|"), e] as const))(
    "judges task %s %s",
    (ordinal, _verdicts, expected) => {
      const { actual, wanted } = compareTask(seen(taskOf(appendix, ordinal)), expected);
      expect(actual).toEqual(wanted);
    },
  );

  it("counts verdicts as the reviewer's allow", () => {
    const summary = tableOf(appendix)?.summary ?? { tasks: 0, met: 0, unmet: 0, noData: 0, review: 0 };
    expect(countsOutsideExpected(summary, appendix.expected)).toEqual([]);
  });

  const subitems = Object.entries(appendix.spec.subitems ?? {});
  if (subitems.length > 0) {
    it.each(subitems)("judges the sub-items of task %s on their own", (ordinal, verdicts) => {
      const task = taskOf(appendix, ordinal);
      expect(
        task?.subitems.map((s) => ({
          label: s.label,
          verdict: s.verdict,
          reasons: s.reasons.map((r) => describeIssue(r, "en")),
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
      const table = tableOf(appendix);
      expect({
        inTask: taskOf(appendix, ordinal)?.rows.includes(row) ?? false,
        aTaskOfItsOwn: table?.tasks.some((t) => t.row === row) ?? false,
        aSubitem: table?.tasks.some((t) => t.subitems.some((s) => s.row === row)) ?? false,
      }).toEqual({ inTask: true, aTaskOfItsOwn: false, aSubitem: false });
    });
  }
});
