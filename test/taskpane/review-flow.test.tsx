/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
/// <reference types="office-js" />
// ExcelJS's dependencies ship ES modules to browsers: resolve them as Node does, since par-check runs here too.
/**
 * The reviewer's flow end to end: a decision made in the real task pane over the in-memory Excel host is
 * stored in the workbook, read back after a simulated reopen, and applied by par-check to the same
 * appendix as an .xlsx file; the score changes in the pane, on the sheet and in par-check's summary.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { parseReview, REVIEW_NAMESPACE } from "../../src/core";
import { writeReviewPart } from "../../src/cli/review-part";
import { createCheckerApi, type BrowserParts } from "../../src/taskpane/api";
import { App } from "../../src/taskpane/App";
import { FIXTURE_DIR, lines, loadWorkbook, rowsOf, useTempDir } from "../cli/helpers";
import { run } from "../cli/run";
import { FakeExcel, rootNamespace } from "../office/fake-excel";
import { cellsOf, seedWorkbook, SHEET } from "../office/helpers";

const at = useTempDir();
const NOW = new Date("2026-12-02T08:30:00.000Z");
const COMMENT = "Xã đã bổ sung báo cáo của HĐND: chỉ tiêu KT-XH đạt";
const SENTENCE =
  "đã thực hiện hoàn thành 21/26 nhiệm vụ, đạt 80,77%; 04 nhiệm vụ chưa đạt (số 2, 6, 18, 23); " +
  "01 nhiệm vụ chưa có số liệu (số 4)";

function pane(excel: FakeExcel, copied: string[] = []): void {
  const parts: BrowserParts = {
    document,
    clipboard: {
      writeText: async (text: string) => {
        copied.push(text);
      },
    },
    storage: undefined,
    clock: () => NOW,
  };
  render(<App api={createCheckerApi(excel.host(), "vi", parts)} language="vi" />);
}

async function checkThenReview(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  fireEvent.click(await screen.findByRole("tab", { name: "Thẩm định" }));
}

function task26(): HTMLElement {
  const flagged = screen.getByRole("region", { name: /^Nhiệm vụ cần xem/ });
  return within(flagged)
    .getByRole("button", { name: /^26\. / })
    .closest("li") as HTMLElement;
}

test("a decision made in the pane travels with the workbook and par-check counts it", async () => {
  // 1. The reviewer overrides task 26 in the pane.
  const excel = seedWorkbook();
  const copied: string[] = [];
  pane(excel, copied);
  await checkThenReview();
  fireEvent.change(screen.getByRole("textbox", { name: "Người thẩm định" }), {
    target: { value: "Lê Văn C" },
  });
  fireEvent.click(within(task26()).getByRole("button", { name: "Sửa đánh giá" }));
  fireEvent.click(within(task26()).getByRole("radio", { name: "Đạt" }));
  fireEvent.change(within(task26()).getByRole("textbox", { name: /^Ghi chú/ }), {
    target: { value: COMMENT },
  });
  fireEvent.click(within(task26()).getByRole("button", { name: "Lưu" }));
  await screen.findByText("Đã lưu quyết định cho nhiệm vụ 26.");

  const score = within(screen.getByRole("region", { name: "Điểm sau thẩm định" }));
  expect(score.getByText("21/26 nhiệm vụ đạt, 80,77%")).toBeTruthy();
  expect(score.getByText("Máy chấm: 20/26 nhiệm vụ đạt, 76,92%")).toBeTruthy();
  // The marks on the sheet follow the decision; the officer's own cells are untouched.
  expect(cellsOf(excel).E39?.value).toBe("Đạt");
  expect(cellsOf(excel).D39).toEqual(seedWorkbook().getCellState(SHEET, "D39"));

  // 2. It is stored in the workbook as our custom XML part.
  const parts = excel.customXmlParts().filter((part) => rootNamespace(part.xml) === REVIEW_NAMESPACE);
  expect(parts).toHaveLength(1);
  const stored = parseReview(parts[0]?.xml ?? "");
  expect(stored).toEqual({
    overrides: [
      {
        sheet: SHEET,
        row: 39,
        ordinal: "26",
        content: "Đảm bảo hoàn thành chỉ tiêu phát triển KT-XH do HĐND xã giao",
        computed: "unmet",
        verdict: "met",
        comment: COMMENT,
        reviewer: "Lê Văn C",
        at: NOW.toISOString(),
      },
    ],
    findings: [],
  });

  // 3. Closed and opened again: the decision is read back and shown apart from the check's verdict.
  cleanup();
  const reopened = new FakeExcel(excel.save());
  pane(reopened, copied);
  await checkThenReview();
  expect(
    within(screen.getByRole("region", { name: "Điểm sau thẩm định" })).getByText(
      "21/26 nhiệm vụ đạt, 80,77%",
    ),
  ).toBeTruthy();
  const note = within(within(task26()).getByRole("note"));
  expect(note.getByText("Người thẩm định: Đạt")).toBeTruthy();
  expect(note.getByText(COMMENT)).toBeTruthy();
  expect(within(task26()).getByText("Máy đánh giá: Chưa đạt")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Sao chép câu tổng hợp" }));
  await screen.findByText("Đã sao chép câu tổng hợp.");
  expect(copied).toEqual([SENTENCE]);

  // 4. The same appendix as an .xlsx, with the part the reopened workbook holds: par-check applies it.
  const xml = reopened.customXmlParts().find((part) => rootNamespace(part.xml) === REVIEW_NAMESPACE)?.xml;
  const file = path.join(at(), "xa-phu-dinh.xlsx");
  writeFileSync(
    file,
    await writeReviewPart(readFileSync(path.join(FIXTURE_DIR, "appendix.xlsx")), xml ?? null),
  );

  const checked = await run([file]);
  expect(checked.code).toBe(0);
  expect(checked.stdout).toContain("21/26 đạt (80,77%)");
  expect(checked.stdout).toContain(COMMENT);

  const report = await run([file, "--report", path.join(at(), "bao-cao.xlsx")]);
  expect(lines(report.stdout)).toContain(`Câu tổng hợp: ${SENTENCE}`);

  const summaryFile = path.join(at(), "tong-hop.xlsx");
  expect((await run([file, "--summary", summaryFile])).code).toBe(0);
  const [head, unit] = rowsOf((await loadWorkbook(summaryFile)).worksheets[0] as ExcelJS.Worksheet);
  const column = (name: string): unknown => unit?.[head?.indexOf(name) ?? -1];
  expect([column("Đạt"), column("Chưa đạt"), column("Quyết định thẩm định")]).toEqual([21, 4, 1]);
});
