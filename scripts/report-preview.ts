/**
 * Renders the report-ready copy of the seed appendix the way a printer would see it: builds the .xlsx into
 * out/, converts it to PDF with LibreOffice and saves page 1 as a PNG under docs/.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/report-preview.js
 *
 * Needs `soffice` and `pdftoppm` (apt-get install -y libreoffice-calc-nogui poppler-utils), and Carlito
 * (apt-get install -y fonts-crosextra-carlito): column widths are counted in the workbook's default font,
 * Calibri; without Carlito, LibreOffice measures them in a wider substitute and the page no longer shows
 * what Excel prints.
 * Writes docs/report-page1.png (with the verdict and completion columns: landscape) and
 * docs/report-page1-portrait.png (the table's own four columns: portrait).
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeSheet } from "../src/core";
import { planReportSheet, summarySentence, type ReportOptions } from "../src/core/report";
import { ENGINE } from "../src/i18n";
import { writeReportSheet } from "../src/cli/report-sheet";
import { repoRoot } from "./make-sample";

async function render(
  root: string,
  name: string,
  options: ReportOptions,
  png: string,
): Promise<{ xlsx: string; pdf: string; png: string }> {
  const grid = readFileSync(path.join(root, "test", "fixtures", "phu-dinh-2024", "appendix.tsv"), "utf8")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
  const table = analyzeSheet({ cells: grid, sheetName: "Phụ lục" }).tables[0];
  if (!table) throw new Error("the seed appendix has no table");

  const outDir = path.join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-check";
  writeReportSheet(workbook, planReportSheet(table, options), "Phụ lục");
  const xlsx = path.join(outDir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);

  const pdf = path.join(outDir, `${name}.pdf`);
  rmSync(pdf, { force: true });
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, xlsx], {
    stdio: "ignore",
  });
  if (!existsSync(pdf)) throw new Error(`soffice did not write ${pdf}`);

  const prefix = path.join(outDir, `${name}-page`);
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
  const target = path.join(root, "docs", png);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(`${prefix}.png`, target);
  process.stdout.write(
    `${path.relative(root, xlsx)} → ${path.relative(root, pdf)} → ${path.relative(root, target)}\n`,
  );
  if (name.endsWith("wide")) process.stdout.write(`${summarySentence(table, ENGINE.vi)}\n`);
  return { xlsx, pdf, png: target };
}

function warnWithoutCarlito(): void {
  try {
    const match = execFileSync("fc-match", ["Calibri"], { encoding: "utf8" });
    if (!/carlito|calibri/i.test(match))
      process.stderr.write(
        `report-preview: Calibri resolves to ${match.trim()}; install fonts-crosextra-carlito.\n`,
      );
  } catch {
    // No fontconfig: nothing to check.
  }
}

async function main(): Promise<void> {
  const root = repoRoot();
  warnWithoutCarlito();
  await render(
    root,
    "phu-dinh-2024.report-wide",
    { includeVerdict: true, includeCompletion: true, words: ENGINE.vi },
    "report-page1.png",
  );
  await render(
    root,
    "phu-dinh-2024.report",
    { includeVerdict: false, includeCompletion: false, words: ENGINE.vi },
    "report-page1-portrait.png",
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`report-preview: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
