/**
 * The report-ready copy: the engine's ReportPlan written as a new, clean worksheet, ready to print or paste
 * into the report. Values only: no formulas, no conditional formats, no helper cells.
 */
import ExcelJS from "exceljs";
import { planReportSheet, summarySentence, type ReportPlan } from "../core";
import { CLI, ENGINE, type Language } from "../i18n";
import type { FileReport } from "./check";

const MM_PER_INCH = 25.4;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Millimetres to inches, as Excel stores page margins. */
export function mmToInches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 10000) / 10000;
}

/** A sheet name Excel accepts and the workbook does not already use; nothing left of it: the default language's. */
function freeSheetName(workbook: ExcelJS.Workbook, name: string): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, "_")
      .replace(/^'+|'+$/g, "")
      .trim() || CLI.vi.report.reportSheet;
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  let candidate = base.slice(0, 31);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  return candidate;
}

/** Writes `plan` to a new worksheet of `workbook` and returns it. A taken name gets a " (2)" suffix. */
export function writeReportSheet(
  workbook: ExcelJS.Workbook,
  plan: ReportPlan,
  sheetName: string,
): ExcelJS.Worksheet {
  const { page, style } = plan;
  const margins = page.marginsMm;
  const font: Partial<ExcelJS.Font> = { name: style.fontName, size: style.fontSize, family: 1 };
  const [titleFirst, titleLast] = page.printTitleRows;

  const worksheet = workbook.addWorksheet(freeSheetName(workbook, sheetName), {
    pageSetup: {
      paperSize: page.paperSize,
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight,
      horizontalCentered: true,
      margins: {
        top: mmToInches(margins.top),
        bottom: mmToInches(margins.bottom),
        left: mmToInches(margins.left),
        right: mmToInches(margins.right),
        header: mmToInches(margins.header),
        footer: mmToInches(margins.footer),
      },
      printTitlesRow: `${titleFirst}:${titleLast}`,
    },
    headerFooter: {
      differentFirst: true,
      firstHeader: "",
      oddHeader: `&C&"${style.fontName},Regular"&${style.fontSize}&P`,
    },
    views: [{ state: "frozen", xSplit: 0, ySplit: titleLast }],
  });

  plan.columns.forEach((column, c) => {
    worksheet.getColumn(c + 1).width = column.width;
  });

  plan.rows.forEach((row, r) => {
    const header = row.kind === "header";
    worksheet.getRow(r + 1).height = row.height;
    plan.columns.forEach((column, c) => {
      const cell = worksheet.getCell(r + 1, c + 1);
      const text = row.cells[c] ?? "";
      cell.value = text === "" ? null : text;
      cell.font = row.bold ? { ...font, bold: true } : { ...font };
      cell.border = BORDER;
      cell.alignment = {
        wrapText: style.wrapText,
        vertical: header ? "middle" : style.vertical,
        horizontal: header ? "center" : column.align,
      };
    });
  });
  return worksheet;
}

/**
 * Writes a new workbook holding one report-ready sheet per table of a checked file, and returns the
 * summary sentence of each table for the report body.
 */
export async function writeReportCopy(
  report: FileReport,
  target: string,
  language: Language,
): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const sentences: string[] = [];
  for (const table of report.tables) {
    const words = ENGINE[language];
    const plan = planReportSheet(table, { includeVerdict: true, includeCompletion: true, words });
    writeReportSheet(workbook, plan, CLI[language].report.reportSheet);
    sentences.push(summarySentence(table, words));
  }
  await workbook.xlsx.writeFile(target);
  return sentences;
}
