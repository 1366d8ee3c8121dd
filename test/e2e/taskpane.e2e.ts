/**
 * The built task pane (dist-web/taskpane.html) in a real Chromium, over the in-memory Excel host holding the
 * seed appendix. `npm run test:e2e` builds dist-web/ first. Screenshots go to .tmp/e2e/; with
 * UPDATE_SCREENSHOTS=1 they are also written to docs/taskpane.png (360 px) and docs/taskpane-320.png.
 */
import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import type { CellState, SavedWorkbook } from "../office/fake-excel";
import { toTCVN3 } from "vietnamese-conversion";
import { FakeExcel } from "../office/fake-excel";
import { SHEET, seedWorkbook } from "../office/helpers";
import { seedGrid } from "../helpers/seed";
import {
  distWeb,
  firstRender,
  launchChromium,
  officeStubBundle,
  openPane,
  repoRoot,
  serveDir,
  type Chromium,
  type OpenPane,
  type StaticServer,
  type StubConfig,
} from "./harness";

const SHOTS = join(repoRoot(), ".tmp", "e2e");
const DOCS = join(repoRoot(), "docs");

let server: StaticServer;
let chromium: Chromium;

beforeAll(async () => {
  server = await serveDir(distWeb());
  await officeStubBundle();
  chromium = await launchChromium("vi-VN");
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

function inExcel(workbook: SavedWorkbook): StubConfig {
  return { host: "Excel", workbook, displayLanguage: "vi-VN", excelApi: "1.14" };
}

/** The workbook's cells on the seed sheet, by address, read from the page. */
async function cells(pane: OpenPane): Promise<Record<string, CellState>> {
  const snapshot = (await pane.page.evaluate("window.__fake.snapshot()")) as {
    sheets: { name: string; cells: [string, CellState][] }[];
  };
  return Object.fromEntries(snapshot.sheets.find((s) => s.name === SHEET)?.cells ?? []);
}

/** How far the page is wider than its window (0 when nothing overflows sideways). */
async function overflow(pane: OpenPane): Promise<number> {
  return (await pane.page.evaluate(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  )) as number;
}

test("checks the seed appendix, marks the workbook, selects a row and clears back to the original", async () => {
  const original = seedWorkbook();
  const pane = await openPane(chromium, server, { stub: inExcel(original.save()), width: 360, height: 900 });
  const { page } = pane;

  expect(await firstRender(page)).toBeGreaterThan(0);
  await page.getByRole("heading", { name: "Kiểm tra phụ lục CCHC" }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();

  const summary = page.getByRole("region", { name: "Kết quả kiểm tra" });
  await summary.getByText("20/26 nhiệm vụ đạt, 76,92%", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).waitFor();

  const marked = await cells(pane);
  expect(marked.E5?.value).toBe("Đánh giá");
  expect(marked.E35?.value).toBe("Chưa đạt");
  expect(marked.G35?.value).toBe("Kết quả 22,32% thấp hơn chỉ tiêu ≥ 70%.");
  expect(marked.E7?.value).toBe("Đạt");
  // The original cells are untouched.
  expect(marked.D35).toEqual(original.getCellState(SHEET, "D35"));

  // Task 23's button selects its row on the sheet.
  await page.getByRole("button", { name: /^23\./ }).click();
  await page.waitForFunction(`window.__fake.selection(${JSON.stringify(SHEET)}) === "A35"`);

  // Screenshots of the checked pane: the usual width, then the narrowest Excel allows.
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: join(SHOTS, "taskpane-360.png") });
  expect(await overflow(pane)).toBe(0);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: join(SHOTS, "taskpane-320.png") });
  expect(await overflow(pane)).toBe(0);
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(join(SHOTS, "taskpane-360.png"), join(DOCS, "taskpane.png"));
    copyFileSync(join(SHOTS, "taskpane-320.png"), join(DOCS, "taskpane-320.png"));
  }

  await page.getByRole("button", { name: "Xóa đánh dấu", exact: true }).click();
  await page.getByText(`Đã xóa đánh dấu trên ${SHEET}.`, { exact: true }).waitFor();
  // Everything the check added is gone; values, formats, merges, conditional formats and settings are as before.
  // (The selection is not part of the workbook's snapshot.)
  expect(await page.evaluate("window.__fake.snapshot()")).toEqual(original.snapshot());

  expect(pane.errors).toEqual([]);
  expect(pane.outside).toEqual([]);
  await page.close();
});

test("a reviewer overrides a verdict, the decision survives a reopen, and the report copy is made", async () => {
  const first = await openPane(chromium, server, {
    stub: inExcel(seedWorkbook().save()),
    width: 360,
    height: 900,
  });
  let page = first.page;
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByRole("tab", { name: "Thẩm định" }).click();
  await page.getByRole("textbox", { name: "Người thẩm định" }).fill("Lê Văn C");
  const flagged = page.getByRole("region", { name: /^Nhiệm vụ cần xem/ });
  const task26 = flagged.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^26\. / }) });
  await task26.getByRole("button", { name: "Sửa đánh giá" }).click();
  await task26.getByRole("radio", { name: "Đạt", exact: true }).check();
  await task26.getByRole("textbox", { name: /^Ghi chú/ }).fill("Đã có báo cáo bổ sung của HĐND xã");
  await task26.getByRole("button", { name: "Lưu" }).click();
  await page.getByText("Đã lưu quyết định cho nhiệm vụ 26.", { exact: true }).waitFor();
  const score = page.getByRole("region", { name: "Điểm sau thẩm định" });
  await score.getByText("21/26 nhiệm vụ đạt, 80,77%", { exact: true }).waitFor();
  await score.getByText("Máy chấm: 20/26 nhiệm vụ đạt, 76,92%", { exact: true }).waitFor();
  expect((await cells(first)).E39?.value).toBe("Đạt");

  await task26.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, "review-360.png") });
  expect(await overflow(first)).toBe(0);
  if (process.env.UPDATE_SCREENSHOTS === "1")
    copyFileSync(join(SHOTS, "review-360.png"), join(DOCS, "review.png"));
  const saved = (await page.evaluate("window.__fake.save()")) as SavedWorkbook;
  expect(first.errors).toEqual([]);
  await page.close();

  // Opened again from the saved file: the decision is read back and counted.
  const second = await openPane(chromium, server, { stub: inExcel(saved), width: 360, height: 900 });
  page = second.page;
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page
    .getByRole("region", { name: "Kết quả kiểm tra" })
    .getByText("21/26 nhiệm vụ đạt, 80,77%")
    .waitFor();
  await page.getByRole("checkbox", { name: "Kèm cột mức độ hoàn thành" }).uncheck();
  await page.getByRole("button", { name: "Tạo bản để dán vào báo cáo", exact: true }).click();
  await page.getByText(/^Đã tạo trang “Bản báo cáo”/).waitFor();
  const snapshot = (await page.evaluate("window.__fake.snapshot()")) as {
    active: string;
    sheets: { name: string; cells: [string, CellState][] }[];
  };
  expect(snapshot.active).toBe("Bản báo cáo");
  const copy = Object.fromEntries(snapshot.sheets.find((s) => s.name === "Bản báo cáo")?.cells ?? []);
  expect([copy.A1?.value, copy.E1?.value, copy.F1]).toEqual(["Số TT", "Đánh giá", undefined]);
  const row26 = Object.entries(copy).find(([, cell]) => cell.value === "26")?.[0] ?? "";
  expect(copy[`E${row26.slice(1)}`]?.value).toBe("Đạt");

  await page.getByRole("button", { name: "Sao chép câu tổng hợp" }).click();
  await page.getByText("Đã sao chép câu tổng hợp.", { exact: true }).waitFor();
  expect(second.errors).toEqual([]);
  expect(second.outside).toEqual([]);
  await page.close();
});

test("an old-font table at the sheet's last column: read in Unicode, verdicts on a sheet of their own", async () => {
  // The seed retyped in TCVN3 (.VnTime) and placed in XFA:XFD, as a wide, old workbook arrives.
  const XFA = 16_380;
  const excel = new FakeExcel();
  excel.seed(
    SHEET,
    seedGrid().map((row) => row.map((cell) => toTCVN3(cell, "UNICODE"))),
    0,
    XFA,
  );
  const original = excel.snapshot();
  const pane = await openPane(chromium, server, { stub: inExcel(excel.save()), width: 360, height: 900 });
  const { page } = pane;
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const summary = page.getByRole("region", { name: "Kết quả kiểm tra" });
  await summary.getByText("20/26 nhiệm vụ đạt, 76,92%", { exact: true }).waitFor();
  await page.getByText(/cột đánh giá được ghi ở trang riêng “Đánh giá - Phụ lục”/).waitFor();
  await page
    .getByRole("region", { name: "Lưu ý về trang tính" })
    .getByText(/Văn bản gõ bằng phông TCVN3 \(\.VnTime\) ở \d+ ô, ví dụ XFA\d+/)
    .waitFor();

  const snapshot = (await page.evaluate("window.__fake.snapshot()")) as {
    sheets: { name: string; cells: [string, CellState][] }[];
  };
  expect(snapshot.sheets.map((s) => s.name)).toEqual([SHEET, "Đánh giá - Phụ lục"]);
  const verdicts = Object.fromEntries(snapshot.sheets[1]?.cells ?? []);
  expect([verdicts.D1?.value, verdicts.E1?.value, verdicts.F1?.value]).toEqual([
    "Đánh giá",
    "Mức độ hoàn thành",
    "Lý do",
  ]);
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: join(SHOTS, "own-sheet-360.png") });
  expect(await overflow(pane)).toBe(0);

  await page.getByRole("button", { name: "Xóa đánh dấu", exact: true }).click();
  await page.getByText(/^Đã xóa đánh dấu/).waitFor();
  expect(await page.evaluate("window.__fake.snapshot()")).toEqual(original);
  expect(pane.errors).toEqual([]);
  await page.close();
});

test("outside Excel (office.js reports no host) the pane says to open it inside Excel", async () => {
  const pane = await openPane(chromium, server, {
    stub: { host: null, workbook: null, displayLanguage: "vi-VN", excelApi: "1.14" },
  });
  const alert = pane.page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    "Mở bảng kiểm tra trong Excel: trang này chỉ chạy bên trong Excel (Trang đầu › Phụ lục CCHC).",
  );
  expect(await pane.page.getByRole("button").count()).toBe(0);
  expect(pane.errors).toEqual([]);
  expect(pane.outside).toEqual([]);
  await pane.page.close();
});

test("an Excel too old for the adapter gets the adapter's message in the pane, and the sheet is untouched", async () => {
  const original = seedWorkbook();
  const pane = await openPane(chromium, server, {
    stub: { ...inExcel(original.save()), displayLanguage: "en-US", excelApi: "1.1" },
  });
  await pane.page.getByRole("button", { name: "Check", exact: true }).click();
  await pane.page.getByText("The check could not run", { exact: true }).waitFor();
  await pane.page
    .getByText("This version of Excel cannot run the add-in (ExcelApi 1.7 or later is needed).")
    .waitFor();
  await pane.page.getByText("Use Microsoft 365, Excel on the web or Office 2019 or later.").waitFor();
  expect(await pane.page.evaluate("window.__fake.snapshot()")).toEqual(original.snapshot());
  expect(pane.errors).toEqual([]);
  await pane.page.close();
});
