/**
 * A programming error in the engine on one sheet: par-check words it as that sheet's engine-error finding,
 * still checks the other sheets, and lists the decisions stored for the failed sheet as orphans.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { decide, serializeReview, type CheckOptions, type SheetInput } from "../../src/core";
import { checkFile } from "../../src/cli/check";
import { writeReviewPart } from "../../src/cli/review-part";
import { lines, useTempDir, writeWorkbook } from "./helpers";
import { run } from "./run";

// Only the sheet named "Hỏng" fails; a jest.mock factory may not read variables from outside it.
jest.mock("../../src/core", () => {
  const actual = jest.requireActual<typeof import("../../src/core")>("../../src/core");
  return {
    ...actual,
    checkSheet: (input: SheetInput, options?: CheckOptions) => {
      if (input.sheetName === "Hỏng") throw new Error("boom\n    at checkSheet");
      return actual.checkSheet(input, options);
    },
  };
});

const tmp = useTempDir();
const ROWS = [
  ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
  [1, "Công khai TTHC", "Công khai 100% số TTHC", "Công khai 100% số TTHC"],
];

/** Two sheets with the same table, and a decision stored for each; the second sheet's check fails. */
async function workbook(): Promise<string> {
  const plain = await writeWorkbook(path.join(tmp(), "plain.xlsx"), [
    { name: "PL", rows: ROWS },
    { name: "Hỏng", rows: ROWS },
  ]);
  const table = (await checkFile(plain, "vi")).tables[0];
  const task = table?.tasks[0];
  if (!table || !task) throw new Error("the sheet PL has no task");
  const kept = decide(table, task, {
    verdict: "unmet",
    comment: "thiếu minh chứng",
    reviewer: "Lan",
    at: "2026-12-02T08:30:00.000Z",
  });
  const file = path.join(tmp(), "broken.xlsx");
  const xml = serializeReview([{ ...kept, sheet: "Hỏng" }, kept]);
  await fs.writeFile(file, await writeReviewPart(await fs.readFile(plain), xml));
  return file;
}

describe("an engine error on one sheet", () => {
  it("becomes that sheet's engine-error finding, and its decisions orphans", async () => {
    const report = await checkFile(await workbook(), "vi");
    expect(report.tables.map((t) => t.sheet)).toEqual(["PL"]);
    expect(report.findings.map((f) => f.code)).toEqual(["engine-error", "review-orphaned"]);
    expect(report.findings[0]).toEqual({
      code: "engine-error",
      severity: "error",
      message: "lỗi khi kiểm tra trang “Hỏng” (boom).",
      params: { sheet: "Hỏng", detail: "boom" },
      sheet: "Hỏng",
      quiet: false,
    });
    expect(report.review?.orphans.map((o) => o.sheet)).toEqual(["Hỏng"]);
    expect(report.review?.decisions.map((d) => [d.sheet, d.kind])).toEqual([["PL", "changed"]]);
  });

  it("is one line on stderr naming the file, in the report language, and the run goes on", async () => {
    const file = await workbook();
    const { code, stderr } = await run(["--lang", "en", file]);
    expect(code).toBe(0);
    const err = lines(stderr);
    expect(err[0]).toBe(`${file}: checking sheet “Hỏng” failed (boom).`);
    expect(err).toHaveLength(2);
  });
});
