import ExcelJS from "exceljs";
import * as path from "path";
import { FIXTURE_DIR, useTempDir } from "./helpers";
import { run } from "./run";

const SEED_TSV = path.join(FIXTURE_DIR, "appendix.tsv");

describe("par-check --report", () => {
  const tempDir = useTempDir();

  it("writes the report-ready sheet and prints the summary sentence", async () => {
    const target = path.join(tempDir(), "bao-cao.xlsx");
    const result = await run([SEED_TSV, "--report", target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Đã ghi bản để dán vào báo cáo: ${target}`);
    expect(result.stdout).toContain(
      "Câu tổng hợp: đã thực hiện hoàn thành 20/26 nhiệm vụ, đạt 76,92%; 05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26); 01 nhiệm vụ chưa có số liệu (số 4)",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet("Báo cáo");
    expect(sheet).toBeDefined();
    expect(sheet!.getCell("A1").value).toBe("Số TT");
    expect(sheet!.getCell("A1").font?.name).toBe("Times New Roman");
    expect(sheet!.pageSetup.paperSize).toBe(9);
  });

  it("speaks English when asked", async () => {
    const target = path.join(tempDir(), "report.xlsx");
    const result = await run([SEED_TSV, "--lang", "en", "--report", target]);
    expect(result.stdout).toContain("Summary sentence: completed 20 of 26 tasks (76.92%)");
  });

  it("says so when the copy cannot be written, and the check still reports", async () => {
    const target = path.join(tempDir(), "no-such-dir", "x.xlsx");
    const result = await run([SEED_TSV, "--report", target]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toBe("");
    expect(result.stdout).toContain("20/26 đạt (76,92%)");
  });
});
