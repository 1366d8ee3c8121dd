/**
 * par-check on workbooks that store a reviewer's decisions: the seed appendix with decisions written the
 * way the add-in stores them, then checked, reported, annotated, laid out for the report and summarised.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { decide, serializeReview, type Choice, type Override } from "../../src/core";
import { checkFile } from "../../src/cli/check";
import type { JsonFile, JsonReport } from "../../src/cli/render";
import { readReviewPart, writeReviewPart } from "../../src/cli/review-part";
import { cellAt, FIXTURE_DIR, lines, loadWorkbook, rowsOf, useTempDir } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const SEED = path.join(FIXTURE_DIR, "appendix.xlsx");

const COMMENT = "Các chỉ tiêu chưa đạt đã được HĐND xã điều chỉnh tại Nghị quyết số 15/NQ-HĐND";
const REVIEWER = "Nguyễn Thị Lan";
const AT = "2026-12-02T08:30:00.000Z";
const choice = (verdict: Choice["verdict"], comment = ""): Choice => ({
  verdict,
  comment,
  reviewer: REVIEWER,
  at: AT,
});

/** Decisions on the seed's tasks, by number, as the add-in makes them from the computed table. */
async function decisions(choices: readonly (readonly [string, Choice])[]): Promise<Override[]> {
  const table = (await checkFile(SEED, "vi")).tables[0];
  if (!table) throw new Error("the seed has no table");
  return choices.map(([ordinal, c]) => {
    const task = table.tasks.find((t) => t.ordinal === ordinal);
    if (!task) throw new Error(`no task ${ordinal}`);
    return decide(table, task, c);
  });
}

/** A copy of the seed storing `xml` as our custom XML part. */
async function seedWith(name: string, xml: string): Promise<string> {
  const file = at(name);
  await fs.writeFile(file, await writeReviewPart(await fs.readFile(SEED), xml));
  return file;
}

async function json(argv: readonly string[]): Promise<{ code: number; file: JsonFile; stderr: string }> {
  const result = await run(["--format", "json", ...argv]);
  const report = JSON.parse(result.stdout) as JsonReport;
  return { code: result.code, file: report.files[0] as JsonFile, stderr: result.stderr };
}

/** The lines of a text report from `heading` to the next empty line. */
function section(stdout: string, heading: string): string[] {
  const all = lines(stdout);
  const start = all.indexOf(heading);
  if (start < 0) return [];
  const end = all.indexOf("", start);
  return all.slice(start, end < 0 ? undefined : end);
}

const SENTENCE =
  "đã thực hiện hoàn thành 21/26 nhiệm vụ, đạt 80,77%; 04 nhiệm vụ chưa đạt (số 2, 6, 18, 23); " +
  "01 nhiệm vụ chưa có số liệu (số 4)";

describe("a workbook storing the reviewer's decision on task 26 (unmet → met)", () => {
  let stored: Override;
  let xml = "";
  let file = "";

  beforeAll(async () => {
    [stored] = (await decisions([["26", choice("met", COMMENT)]])) as [Override];
    xml = serializeReview([stored]);
    file = await seedWith("reviewed.xlsx", xml);
  });

  it("is checked with the decision applied: 21/26, decision kept apart in the FileReport", async () => {
    const report = await checkFile(file, "vi");
    expect(report.review).toEqual({
      overrides: [stored],
      decisions: [
        {
          override: stored,
          sheet: "Phụ lục",
          row: 39,
          ordinal: "26",
          computed: "unmet",
          kind: "changed",
          stale: false,
        },
      ],
      orphans: [],
      parts: [xml],
    });
    expect(report.findings).toEqual([]);
    const table = report.tables[0];
    expect([table?.summary.met, table?.summary.unmet, table?.summary.tasks]).toEqual([21, 4, 26]);
    expect(table?.sections.find((s) => s.ordinal === "VII")?.summary.met).toBe(2);
    const task = table?.tasks.find((t) => t.ordinal === "26");
    expect([task?.verdict, task?.reasons[0]?.code]).toEqual(["met", "reviewer-changed"]);
  });

  it.each<[string, string, string[]]>([
    [
      "vi",
      "Quyết định của người thẩm định (số liệu trên đã tính theo các quyết định này):",
      [
        `  26  Chưa đạt → Đạt · ${REVIEWER} · 02/12/2026 · “Các chỉ tiêu chưa đạt đã được HĐND xã điều`,
        "      chỉnh tại Nghị quyết số 15/NQ-HĐND”",
      ],
    ],
    [
      "en",
      "Reviewer's decisions (the counts above include them):",
      [
        `  26  Unmet → Met · ${REVIEWER} · 2026-12-02 · “Các chỉ tiêu chưa đạt đã được HĐND xã điều chỉnh`,
        "      tại Nghị quyết số 15/NQ-HĐND”",
      ],
    ],
  ])("lists the decision after the counts in the text report (%s)", async (lang, heading, expected) => {
    const { code, stdout, stderr } = await run(["--lang", lang, file]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(section(stdout, heading)).toEqual([heading, ...expected]);
    const all = lines(stdout);
    expect(all.indexOf(heading)).toBeGreaterThan(
      all.findIndex((line) => /^(Toàn bảng|Whole table): 21\/26/.test(line)),
    );
  });

  it("gives JSON a review object, with the engine's verdict beside the reviewer's", async () => {
    const { code, file: out } = await json(["--lang", "en", file]);
    expect(code).toBe(0);
    expect(out.review).toEqual({
      decisions: [
        {
          sheet: "Phụ lục",
          row: 39,
          ordinal: "26",
          kind: "changed",
          computed: "unmet",
          computedLabel: "Unmet",
          verdict: "met",
          verdictLabel: "Met",
          decidedOn: "unmet",
          stale: false,
          reviewer: REVIEWER,
          comment: COMMENT,
          at: AT,
        },
      ],
      orphans: [],
    });
    expect(out.tables[0]?.summary).toEqual(
      expect.objectContaining({ tasks: 26, met: 21, unmet: 4, percentMet: 80.77 }),
    );
  });

  it("counts the decision in --report: the sheet and the summary sentence", async () => {
    const target = at("bao-cao.xlsx");
    const { code, stdout } = await run([file, "--report", target]);
    expect(code).toBe(0);
    expect(lines(stdout)).toContain(`Câu tổng hợp: ${SENTENCE}`);
    const rows = rowsOf((await loadWorkbook(target)).worksheets[0] as ExcelJS.Worksheet);
    const task26 = rows.find((row) => row[0] === "26");
    expect(task26?.slice(0, 2)).toEqual(["26", stored.content]);
    expect(task26).toContain("Đạt");
    expect(task26).not.toContain("Chưa đạt");
  });

  it("annotates the --out copy with the reviewed verdicts and keeps the stored part", async () => {
    const out = at("reviewed.checked.xlsx");
    expect((await run([file, "--out", out])).code).toBe(0);
    expect(await readReviewPart(await fs.readFile(out))).toBe(xml);
    const sheet = (await loadWorkbook(out)).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    expect(cellAt(sheet, "E39").value).toBe("Đạt");
    expect(String(cellAt(sheet, "G39").value)).toMatch(
      new RegExp(`^Người thẩm định ${REVIEWER} đánh giá “Đạt” thay cho “Chưa đạt” của máy: “${COMMENT}”\\.`),
    );
    // The copy, checked again, gives the same decision and counts.
    const again = await json([out]);
    expect(again.file.review?.decisions.map((d) => [d.ordinal, d.verdict, d.stale])).toEqual([
      ["26", "met", false],
    ]);
    expect(again.file.tables[0]?.summary.met).toBe(21);
  });

  it("counts the decision in the --summary row and leaves task 26 off the flagged sheet", async () => {
    const target = at("tong-hop.xlsx");
    expect((await run([file, "--summary", target])).code).toBe(0);
    const workbook = await loadWorkbook(target);
    const [head, row] = rowsOf(workbook.worksheets[0] as ExcelJS.Worksheet);
    expect(head?.slice(9)).toEqual(["Số lưu ý", "Quyết định thẩm định"]);
    expect([row?.[0], ...(row?.slice(3) ?? [])]).toEqual([1, 26, 21, 4, 1, 0, 21 / 26, 5, 1]);
    const flagged = rowsOf(workbook.getWorksheet("xã Phú Đình") as ExcelJS.Worksheet);
    expect(flagged[0]?.[8]).toBe("Ý kiến thẩm định");
    expect(flagged.slice(1).map((r) => r[0])).toEqual(["2", "4", "6", "18", "23"]);
  });
});

describe("decisions that are confirmations, stale or orphaned", () => {
  let file = "";
  let orphan: Override;

  beforeAll(async () => {
    const made = await decisions([
      ["2", choice("unmet", "Đúng: còn 1 nhiệm vụ chưa hoàn thành")],
      ["24", choice("review", "Cần đối chiếu số liệu")],
      ["23", choice("met")],
    ]);
    // Task 23 was decided when the engine said met; it says unmet now, so the decision is stale.
    const stale = made.map((o) => (o.ordinal === "23" ? { ...o, computed: "met" as const } : o));
    orphan = { ...(made[0] as Override), row: 99, ordinal: "3", content: "Nhiệm vụ đã xóa khỏi bảng" };
    file = await seedWith("mixed.xlsx", serializeReview([...stale, orphan]));
  });

  it("lists each decision, the stale warning and the orphan in the text report", async () => {
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(
      section(stdout, "Quyết định của người thẩm định (số liệu trên đã tính theo các quyết định này):"),
    ).toEqual([
      "Quyết định của người thẩm định (số liệu trên đã tính theo các quyết định này):",
      `  2   Chưa đạt → xác nhận · ${REVIEWER} · 02/12/2026 · “Đúng: còn 1 nhiệm vụ chưa hoàn thành”`,
      `  23  Chưa đạt → Đạt · ${REVIEWER} · 02/12/2026`,
      "      Khi thẩm định, máy đánh giá “Đạt”; dòng đã được sửa sau đó, nên xem lại quyết định.",
      `  24  Đạt → Cần xem lại · ${REVIEWER} · 02/12/2026 · “Cần đối chiếu số liệu”`,
    ]);
    expect(
      section(stdout, "Quyết định thẩm định không còn khớp nhiệm vụ nào trong bảng (không được áp dụng):"),
    ).toEqual([
      "Quyết định thẩm định không còn khớp nhiệm vụ nào trong bảng (không được áp dụng):",
      `  3  trang “Phụ lục”, dòng 99 · Chưa đạt → xác nhận · ${REVIEWER} · 02/12/2026 · “Đúng: còn 1`,
      "     nhiệm vụ chưa hoàn thành”",
    ]);
    expect(lines(stdout)).toContain(
      "Toàn bảng: 20/26 đạt (76,92%); chưa đạt 4, chưa có số liệu 1, cần xem lại 1; mức độ hoàn thành bình",
    );
  });

  it("warns on stderr about the stale and the orphaned decision, naming the file", async () => {
    const { stderr } = await run([file]);
    expect(lines(stderr)).toEqual([
      `${file}: Nhiệm vụ 23: người thẩm định quyết định khi máy đánh giá “Đạt”, nay máy đánh giá “Chưa đạt” (dòng đã được sửa); nên xem lại quyết định.`,
      `${file}: Quyết định thẩm định cho nhiệm vụ 3 (trang “Phụ lục”, dòng 99: “Nhiệm vụ đã xóa khỏi bảng”) không còn khớp nhiệm vụ nào trong bảng nên không được áp dụng.`,
    ]);
  });

  it("gives JSON every decision's kind and staleness, and the orphan as stored", async () => {
    const { file: out } = await json([file]);
    expect(
      out.review?.decisions.map((d) => [d.ordinal, d.kind, d.computed, d.verdict, d.decidedOn, d.stale]),
    ).toEqual([
      ["2", "confirmed", "unmet", "unmet", "unmet", false],
      ["23", "changed", "unmet", "met", "met", true],
      ["24", "changed", "met", "review", "met", false],
    ]);
    expect(out.review?.orphans).toEqual([orphan]);
    expect(out.findings.map((f) => [f.code, f.severity, f.sheet ?? null, f.cell ?? null])).toEqual([
      ["review-stale", "warning", "Phụ lục", "A35"],
      ["review-orphaned", "warning", null, null],
    ]);
  });

  it("marks changed verdicts on the flagged-task sheet, with the reviewer's comment", async () => {
    const target = at("mixed-summary.xlsx");
    expect((await run([file, "--summary", target])).code).toBe(0);
    const workbook = await loadWorkbook(target);
    const unit = rowsOf(workbook.worksheets[0] as ExcelJS.Worksheet)[1];
    expect(unit?.slice(3)).toEqual([26, 20, 4, 1, 1, 20 / 26, 7, 3]);
    const sheet = workbook.getWorksheet("xã Phú Đình") as ExcelJS.Worksheet;
    const flagged = rowsOf(sheet)
      .slice(1)
      .map((row) => [row[0], row[5], row[6], row[8]]);
    expect(flagged).toEqual([
      [
        "2",
        "Chưa đạt",
        "Hoàn thành 5/6 (83,33%), chưa đạt chỉ tiêu 100%.",
        `Đúng: còn 1 nhiệm vụ chưa hoàn thành (${REVIEWER})`,
      ],
      ["4", "Chưa có số liệu", expect.stringMatching(/^Kết quả ghi “Chưa thống kê được/), ""],
      ["6", "Chưa đạt", expect.stringMatching(/^Hoàn thành 24\/27/), ""],
      ["18", "Chưa đạt", expect.stringMatching(/^Kết quả/), ""],
      [
        "24",
        "Cần xem lại",
        "Đánh giá do người thẩm định sửa (máy đánh giá “Đạt”). Kết quả 98,42% đạt chỉ tiêu ≥ 50%.",
        `Cần đối chiếu số liệu (${REVIEWER})`,
      ],
      ["26", "Chưa đạt", "Kết quả ghi “chưa đạt 100%”: chưa đạt chỉ tiêu 100%.", ""],
    ]);
    const italic = (ordinal: string): boolean | undefined =>
      sheet.getRow(rowsOf(sheet).findIndex((row) => row[0] === ordinal) + 1).getCell(6).font?.italic;
    expect([italic("2"), italic("24")]).toEqual([undefined, true]);
  });
});

describe("stored decisions that cannot be read", () => {
  it.each<[string, (xml: string) => string, string]>([
    [
      "an entry with a verdict it does not know",
      (xml) => xml.replace('verdict="met"', 'verdict="đạt"'),
      "Không đọc được quyết định thẩm định thứ 1 lưu trong tệp; quyết định này được bỏ qua.",
    ],
    [
      "a part in our namespace that is not a review",
      () => `<?xml version="1.0"?><other xmlns="urn:par-appendix-checker:review:1"/>`,
      "Phần lưu quyết định thẩm định trong tệp không đúng định dạng nên được bỏ qua.",
    ],
  ])("reports %s as a finding and checks the table as computed", async (_name, damage, message) => {
    const [override] = await decisions([["26", choice("met", COMMENT)]]);
    const file = await seedWith("damaged.xlsx", damage(serializeReview([override as Override])));
    const { code, stdout, stderr } = await run([file]);
    expect([code, lines(stderr)]).toEqual([0, [`${file}: ${message}`]]);
    expect(lines(stdout)).toContain(
      "Toàn bảng: 20/26 đạt (76,92%); chưa đạt 5, chưa có số liệu 1, cần xem lại 0; mức độ hoàn thành bình",
    );
    expect(stdout).not.toContain("Quyết định của người thẩm định");
  });
});

describe("files without stored decisions", () => {
  it.each(["appendix.xlsx", "appendix.tsv"])("%s has no review and no review key in JSON", async (name) => {
    const source = path.join(FIXTURE_DIR, name);
    expect((await checkFile(source, "vi")).review).toBeNull();
    const { file } = await json([source]);
    expect(Object.keys(file)).toEqual(["file", "format", "findings", "tables"]);
  });
});
