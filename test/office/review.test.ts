/// <reference types="office-js" />
import {
  analyzeSheet,
  decide,
  REVIEW_NAMESPACE,
  serializeReview,
  type Override,
  type TableResult,
  type Verdict,
} from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import { checkActiveSheet, clearMarks, readReview, saveReview, type CheckResult } from "../../src/office";
import { seedGrid } from "../helpers/seed";
import { FakeExcel } from "./fake-excel";
import { cellsOf, seedWorkbook, SHEET } from "./helpers";

const AT = "2026-12-02T08:30:00Z";
const OTHER_PART = `<?xml version="1.0"?><meta xmlns="urn:example:other-tool"><owner>Văn phòng</owner></meta>`;

const seedTable: TableResult = analyzeSheet({ cells: seedGrid(), sheetName: SHEET }).tables[0]!;

function choose(ordinal: string, verdict: Verdict, comment = "", reviewer = ""): Override {
  const task = seedTable.tasks.find((t) => t.ordinal === ordinal);
  if (!task) throw new Error(`no task ${ordinal}`);
  return decide(seedTable, task, { verdict, comment, reviewer, at: AT });
}

/** Task 26 changed to met, task 2 confirmed, and a decision on another sheet. */
const DECISIONS: Override[] = [
  choose("26", "met", "Các chỉ tiêu chính đã đạt", "Nguyễn Văn A"),
  choose("2", "unmet"),
  { ...choose("5", "review"), sheet: "Phụ lục 2" },
];

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`not ok: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

function checked(result: CheckResult): Extract<CheckResult, { ok: true }> {
  return ok(result);
}

describe("saveReview and readReview", () => {
  test("store the decisions as one custom XML part and read them back, two syncs each", async () => {
    const excel = seedWorkbook();
    expect(await saveReview(excel.host(), DECISIONS)).toEqual({ ok: true, count: 3 });
    expect(excel.syncs).toBe(2);
    expect(excel.customXmlParts()).toEqual([{ id: expect.any(String), xml: serializeReview(DECISIONS) }]);
    expect(await readReview(excel.host())).toEqual({ ok: true, overrides: DECISIONS, findings: [] });
    expect(excel.syncs).toBe(4);
  });

  test("read nothing from a workbook without decisions", async () => {
    const excel = seedWorkbook();
    expect(await readReview(excel.host())).toEqual({ ok: true, overrides: [], findings: [] });
    expect(excel.syncs).toBe(2);
  });

  test("a save replaces what was stored; saving none removes the part", async () => {
    const excel = seedWorkbook();
    ok(await saveReview(excel.host(), DECISIONS));
    const fewer = DECISIONS.slice(1);
    expect(await saveReview(excel.host(), fewer)).toEqual({ ok: true, count: 2 });
    expect(excel.customXmlParts().map((p) => p.xml)).toEqual([serializeReview(fewer)]);
    expect(await saveReview(excel.host(), [])).toEqual({ ok: true, count: 0 });
    expect(excel.customXmlParts()).toEqual([]);
    expect(await readReview(excel.host())).toEqual({ ok: true, overrides: [], findings: [] });
    expect(excel.syncs).toBe(8);
  });

  test("another tool's custom XML part is left as it was", async () => {
    const excel = seedWorkbook();
    const id = excel.addCustomXmlPart(OTHER_PART);
    ok(await saveReview(excel.host(), DECISIONS));
    ok(await saveReview(excel.host(), DECISIONS.slice(0, 1)));
    expect(excel.customXmlParts()).toEqual([
      { id, xml: OTHER_PART },
      { id: expect.any(String), xml: serializeReview(DECISIONS.slice(0, 1)) },
    ]);
    expect(await readReview(excel.host())).toEqual({
      ok: true,
      overrides: DECISIONS.slice(0, 1),
      findings: [],
    });
    ok(await saveReview(excel.host(), []));
    expect(excel.customXmlParts()).toEqual([{ id, xml: OTHER_PART }]);
  });

  test("parts written by two panes, or with a prefix, are read together and saved back as one", async () => {
    const excel = seedWorkbook();
    excel.addCustomXmlPart(serializeReview(DECISIONS.slice(0, 1)));
    excel.addCustomXmlPart(
      `<r:review xmlns:r="${REVIEW_NAMESPACE}" version="1"><r:decision sheet="${SHEET}" row="9" ordinal="4" ` +
        `computed="no-data" verdict="met" reviewer="B" at="${AT}"><r:task>Việc 4</r:task>` +
        `<r:comment>Đã có số liệu</r:comment></r:decision></r:review>`,
    );
    excel.addCustomXmlPart(OTHER_PART);
    const read = ok(await readReview(excel.host()));
    const four: Override = {
      sheet: SHEET,
      row: 9,
      ordinal: "4",
      content: "Việc 4",
      computed: "no-data",
      verdict: "met",
      comment: "Đã có số liệu",
      reviewer: "B",
      at: AT,
    };
    expect(read).toEqual({ ok: true, overrides: [DECISIONS[0], four], findings: [] });
    ok(await saveReview(excel.host(), read.overrides));
    expect(excel.customXmlParts().map((p) => p.xml)).toEqual([
      OTHER_PART,
      serializeReview([DECISIONS[0]!, four]),
    ]);
  });

  test("a damaged part gives findings, not a failure", async () => {
    const excel = seedWorkbook();
    excel.addCustomXmlPart(
      `<review xmlns="${REVIEW_NAMESPACE}"><decision sheet="${SHEET}" row="x" ordinal="1" computed="met" ` +
        `verdict="met"/></review>`,
    );
    expect(await readReview(excel.host())).toEqual({
      ok: true,
      overrides: [],
      findings: [{ code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 1 } }],
    });
  });

  test("are unsupported below ExcelApi 1.5, without a sync", async () => {
    const excel = seedWorkbook();
    excel.addCustomXmlPart(serializeReview(DECISIONS));
    const before = excel.snapshot();
    expect(await readReview(excel.host("1.4"))).toEqual({
      ok: false,
      code: "unsupported",
      message: "Phiên bản Excel này không hỗ trợ bổ trợ (cần ExcelApi 1.7 trở lên).",
    });
    expect(await saveReview(excel.host("1.4"), [], "en")).toEqual({
      ok: false,
      code: "unsupported",
      message: "This version of Excel cannot run the add-in (ExcelApi 1.7 or later is needed).",
    });
    expect(excel.syncs).toBe(0);
    expect(excel.snapshot()).toEqual(before);
    expect(await readReview(excel.host("1.5"))).toEqual({ ok: true, overrides: DECISIONS, findings: [] });
  });

  test("a host error becomes a failure with a readable message, and nothing is lost", async () => {
    const excel = seedWorkbook();
    ok(await saveReview(excel.host(), DECISIONS));
    const before = excel.snapshot();

    excel.failNextSyncs(1);
    expect(await readReview(excel.host(), "en")).toEqual({
      ok: false,
      code: "host-error",
      message: "Excel reported an error while reading or writing the sheet: An internal error has occurred.",
    });
    excel.failNextSyncs(1, "Sổ làm việc đang bị khóa.");
    expect(await saveReview(excel.host(), [])).toEqual({
      ok: false,
      code: "host-error",
      message: "Excel báo lỗi khi đọc hoặc ghi trang tính: Sổ làm việc đang bị khóa.",
    });
    expect(excel.snapshot()).toEqual(before);
    expect(await readReview(excel.host())).toEqual({ ok: true, overrides: DECISIONS, findings: [] });
  });
});

describe("checking a sheet with stored decisions", () => {
  async function reviewedWorkbook(): Promise<FakeExcel> {
    const excel = seedWorkbook();
    ok(await saveReview(excel.host(), DECISIONS));
    return excel;
  }

  test("applies this sheet's decisions in the same three syncs and keeps every stored one", async () => {
    const excel = await reviewedWorkbook();
    const before = excel.syncs;
    const out = checked(await checkActiveSheet(excel.host()));
    expect(excel.syncs - before).toBe(3);

    const [reviewed] = out.result.tables;
    const [computed] = out.computed.tables;
    expect(reviewed?.summary).toEqual({ ...seedTable.summary, met: 21, unmet: 4, percentMet: 80.77 });
    expect(computed?.summary).toEqual(seedTable.summary);
    expect(computed?.tasks.find((t) => t.ordinal === "26")?.verdict).toBe("unmet");
    expect(reviewed?.tasks.find((t) => t.ordinal === "26")?.verdict).toBe("met");
    expect(out.review.tables).toEqual(out.result.tables);
    expect(out.review.decisions.map((d) => [d.ordinal, d.row, d.kind, d.stale])).toEqual([
      ["2", 8, "confirmed", false],
      ["26", 39, "changed", false],
    ]);
    expect([out.review.orphans, out.review.findings]).toEqual([[], []]);
    expect(out.stored).toEqual(DECISIONS);
    expect(out.storedFindings).toEqual([]);
    expect(out.sheetNames).toEqual([SHEET]);
  });

  test("names every sheet, so the pane can tell a renamed sheet's decisions from another sheet's", async () => {
    const excel = await reviewedWorkbook();
    excel.addSheet("Ghi chú");
    const out = checked(await checkActiveSheet(excel.host()));
    expect(out.sheetNames).toEqual([SHEET, "Ghi chú"]);
  });

  test("writes the reviewer's verdict, reason and counts to the sheet", async () => {
    const excel = await reviewedWorkbook();
    checked(await checkActiveSheet(excel.host()));
    const cells = cellsOf(excel);
    expect(cells.E39).toEqual({ value: "Đạt" });
    expect(cells.G39).toEqual({
      value:
        "Người thẩm định Nguyễn Văn A đánh giá “Đạt” thay cho “Chưa đạt” của máy: “Các chỉ tiêu chính đã đạt”. " +
        "Kết quả ghi “chưa đạt 100%”: chưa đạt chỉ tiêu 100%.",
    });
    expect(cells.E8).toEqual({ value: "Chưa đạt" });
    expect(cells.G8).toEqual({
      value: "Người thẩm định xác nhận “Chưa đạt”. Hoàn thành 5/6 (83,33%), chưa đạt chỉ tiêu 100%.",
    });
    expect([cells.E42?.value, cells.F42?.value]).toEqual(["Tổng hợp kiểm tra phụ lục", "21/26 đạt (80,77%)"]);
  });

  test("reason text in the sheet is the reviewer's reason followed by the engine's", async () => {
    const excel = await reviewedWorkbook();
    const out = checked(await checkActiveSheet(excel.host(), { language: "en" }));
    const task = out.result.tables[0]!.tasks.find((t) => t.ordinal === "26")!;
    expect(describeIssue(task.reasons[0]!, "en")).toBe(
      "The reviewer Nguyễn Văn A decided “Met” instead of the check's “Unmet”: “Các chỉ tiêu chính đã đạt”.",
    );
    expect(cellsOf(excel).G39?.value).toBe(
      `${describeIssue(task.reasons[0]!, "en")} ${describeIssue(task.reasons[1]!, "en")}`,
    );
  });

  test("reports stale and orphaned decisions, and entries it could not read", async () => {
    const excel = seedWorkbook();
    const stale: Override = { ...choose("23", "met"), computed: "met" };
    const orphan: Override = { ...choose("27", "unmet"), ordinal: "28", content: "Nhiệm vụ đã xóa" };
    excel.addCustomXmlPart(
      serializeReview([stale, orphan]).replace(
        "</review>",
        `<decision sheet="${SHEET}" row="1" ordinal="1" computed="?" verdict="met"/></review>`,
      ),
    );
    const out = checked(await checkActiveSheet(excel.host()));
    expect(
      out.review.findings.map((f) => [f.code, "ordinal" in f.params ? f.params.ordinal : undefined, f.cell]),
    ).toEqual([
      ["review-stale", "23", "A35"],
      ["review-orphaned", "28", undefined],
    ]);
    expect(out.review.orphans).toEqual([orphan]);
    expect(out.stored).toEqual([stale, orphan]);
    expect(out.storedFindings).toEqual([
      { code: "review-unreadable", severity: "warning", params: { detail: "entry", index: 3 } },
    ]);
    expect(cellsOf(excel).E35).toEqual({ value: "Đạt" });
  });

  test("a check without stored decisions is the engine's own", async () => {
    const excel = seedWorkbook();
    excel.addCustomXmlPart(OTHER_PART);
    const out = checked(await checkActiveSheet(excel.host()));
    expect(out.result).toEqual(out.computed);
    expect(out.result.tables).toBe(out.computed.tables);
    expect(out.review).toEqual({
      tables: out.computed.tables,
      decisions: [],
      orphans: [],
      superseded: [],
      findings: [],
    });
    expect([out.stored, out.storedFindings]).toEqual([[], []]);
    expect(excel.syncs).toBe(3);
    expect(cellsOf(excel).E39).toEqual({ value: "Chưa đạt" });
  });

  test("decisions survive closing and reopening the workbook", async () => {
    const excel = await reviewedWorkbook();
    checked(await checkActiveSheet(excel.host()));
    const reopened = new FakeExcel(excel.save());
    expect(reopened.customXmlParts()).toEqual(excel.customXmlParts());
    expect(await readReview(reopened.host())).toEqual({ ok: true, overrides: DECISIONS, findings: [] });
    const out = checked(await checkActiveSheet(reopened.host()));
    expect(out.result.tables[0]?.summary.met).toBe(21);
    expect(out.stored).toEqual(DECISIONS);
    expect(cellsOf(reopened).E39).toEqual({ value: "Đạt" });
  });

  test("clearing the marks keeps the decisions, and the next check applies them again", async () => {
    const excel = await reviewedWorkbook();
    const before = excel.snapshot();
    checked(await checkActiveSheet(excel.host()));
    expect(await clearMarks(excel.host())).toEqual({ ok: true, sheets: [SHEET] });
    expect(excel.snapshot()).toEqual(before);
    expect(excel.customXmlParts().map((p) => p.xml)).toEqual([serializeReview(DECISIONS)]);
    expect(await readReview(excel.host())).toEqual({ ok: true, overrides: DECISIONS, findings: [] });
    checked(await checkActiveSheet(excel.host()));
    expect(cellsOf(excel).E39).toEqual({ value: "Đạt" });
  });

  test("decisions are applied when merged areas force the read without merges (a fourth sync)", async () => {
    const excel = await reviewedWorkbook();
    for (let i = 0; i < 520; i++) excel.merge(SHEET, "A1:D1");
    const before = excel.syncs;
    const out = checked(await checkActiveSheet(excel.host("1.13")));
    expect(excel.syncs - before).toBe(4);
    expect(out.result.tables[0]?.summary.met).toBe(21);
    expect(out.stored).toEqual(DECISIONS);
  });

  test("a host error while reading decisions fails the check as a result", async () => {
    const excel = await reviewedWorkbook();
    excel.failNextSyncs(1);
    expect(await checkActiveSheet(excel.host(), { language: "en" })).toEqual({
      ok: false,
      code: "host-error",
      message: "Excel reported an error while reading or writing the sheet: An internal error has occurred.",
    });
  });
});
