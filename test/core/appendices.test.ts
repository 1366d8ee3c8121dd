/**
 * The test appendices in other shapes (test/fixtures/appendices/), each .tsv read into cells and checked by
 * the engine's facade, against a reviewer's expected verdicts: one test per task, so each disagreement is
 * one failing test that shows what the engine read and why it judged so.
 */
import { checkSheet, type Reason, type SheetResult } from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import { itMatchesTheReviewer, loadAppendices, seenTableOf, type Appendix } from "../helpers/appendices";

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

  itMatchesTheReviewer(appendix, () =>
    seenTableOf(checked(appendix).tables[0], (r: Reason) => describeIssue(r, "en")),
  );
});
