/**
 * The annotated copy: the engine's AnnotationPlan applied to a workbook. Only empty cells are written;
 * for an .xlsx input every original cell keeps its value, and the input file itself is never touched.
 * The marks follow the reviewer's decisions, and the copy keeps the part that stores them.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  planAnnotations,
  rowHeight,
  wrappedLines,
  type AnnotationPlacement,
  type AnnotationPlan,
  type AnnotationRow,
  type CellInput,
  type SheetInput,
  type TableResult,
  type Verdict,
  type VerdictSheet,
} from "../core";
import { ENGINE, type Language } from "../i18n";
import type { FileReport } from "./check";
import { loadXlsx } from "./load";
import { elements, escapeAttribute, relsName } from "./package-parts";
import { writeReviewParts } from "./review-part";

/** Where one table's verdicts went. */
export interface VerdictPlacement {
  /** The checked table: its sheet and header row. */
  readonly sheet: string;
  readonly headerRow: number;
  readonly placement: AnnotationPlacement;
  /** The sheet holding the verdicts: the table's own beside it, else the sheet added after it. */
  readonly verdictSheet: string;
}

export interface WriteResult {
  readonly path: string;
  /** Planned cells left out because the cell already held something. */
  readonly kept: number;
  /** One per table, in the report's order. */
  readonly placements: readonly VerdictPlacement[];
}

/** Light fills and matching text colours, only ever on the added cells. */
export const VERDICT_STYLES: Readonly<Record<Verdict, { readonly fill: string; readonly font: string }>> = {
  met: { fill: "FFC6EFCE", font: "FF006100" },
  unmet: { fill: "FFFFC7CE", font: "FF9C0006" },
  "no-data": { fill: "FFE7E6E6", font: "FF595959" },
  review: { fill: "FFFFEB9C", font: "FF9C5700" },
};

const WIDTHS = [16, 13, 60] as const;

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet1").slice(0, 31);
}

function cellValue(cell: CellInput): ExcelJS.CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object") return cell.value;
  return cell;
}

/** A new workbook holding the data of a .csv/.tsv file, laid out like a plain sheet. */
function workbookFromSheets(sheets: readonly SheetInput[], tables: readonly TableResult[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "par-check";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(safeSheetName(sheet.sheetName ?? "Sheet1"));
    const headerRows = new Set(tables.filter((t) => t.sheet === sheet.sheetName).map((t) => t.headerRow));
    const widths: number[] = [];
    sheet.cells.forEach((row, r) => {
      row.forEach((input, c) => {
        const value = cellValue(input);
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (input !== null && typeof input === "object" && input.numberFormat)
          cell.numFmt = input.numberFormat;
        const length = String(value).length;
        widths[c] = Math.max(widths[c] ?? 6, Math.min(length + 2, 50));
        if (length > 50) cell.alignment = { wrapText: true, vertical: "top" };
        if (headerRows.has(r + 1)) {
          cell.font = { bold: true };
          cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
        }
      });
    });
    widths.forEach((width, c) => {
      worksheet.getColumn(c + 1).width = width;
    });
  }
  return workbook;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function hasKeys(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length > 0;
}

/** Cells already holding something: values and every cell of a merged area. */
function isOccupied(worksheet: ExcelJS.Worksheet, row: number, column: number): boolean {
  const cell = worksheet.findCell(row, column);
  if (!cell) return false;
  if (cell.isMerged) return true;
  return cell.type !== ExcelJS.ValueType.Null;
}

interface Target {
  readonly worksheet: ExcelJS.Worksheet;
  readonly table: TableResult;
  readonly plan: AnnotationPlan;
}

/** Writes the annotated copy of one checked file to `outPath`. */
export async function writeAnnotated(
  report: FileReport,
  outPath: string,
  language: Language,
): Promise<WriteResult> {
  if (path.resolve(outPath) === report.path)
    throw new Error(`refusing to overwrite the input ${report.file}`);

  let workbook: ExcelJS.Workbook;
  const sheetFor = new Map<string, ExcelJS.Worksheet>();
  if (report.format === "xlsx") {
    // Mended as it was for reading: overlapping merged areas are left out of the copy.
    ({ workbook } = await loadXlsx(await fs.readFile(report.path)));
    for (const worksheet of workbook.worksheets) sheetFor.set(worksheet.name, worksheet);
  } else {
    workbook = workbookFromSheets(report.sheets, report.tables);
    report.sheets.forEach((sheet, i) => {
      const worksheet = workbook.worksheets[i];
      if (worksheet) sheetFor.set(sheet.sheetName ?? "", worksheet);
    });
  }

  const targets: Target[] = [];
  // Verdict sheets planned so far take their names too.
  const taken = workbook.worksheets.map((ws) => ws.name);
  for (const table of report.tables) {
    const worksheet = sheetFor.get(table.sheet);
    if (!worksheet) continue;
    const plan = planAnnotations(table, ENGINE[language], { sheetNames: taken });
    if (plan.verdictSheet) taken.push(plan.verdictSheet.name);
    targets.push({ worksheet, table, plan });
  }

  // A table reaching XFD: its verdicts go to a sheet of their own, right after the original (and after
  // the verdict sheets already added for it).
  const placements: VerdictPlacement[] = targets.map(({ table, plan }) => ({
    sheet: table.sheet,
    headerRow: table.headerRow,
    placement: plan.placement,
    verdictSheet: plan.verdictSheet?.name ?? table.sheet,
  }));
  const lastAfter = new Map<ExcelJS.Worksheet, ExcelJS.Worksheet>();
  const linkSheets: number[] = [];
  for (const { worksheet, table, plan } of targets) {
    if (!plan.verdictSheet) continue;
    const added = writeVerdictSheet(workbook, worksheet, table, plan, plan.verdictSheet);
    insertAfter(workbook, added, lastAfter.get(worksheet) ?? worksheet);
    lastAfter.set(worksheet, added);
    linkSheets.push(added.id);
  }
  const beside = targets.filter((t) => t.plan.placement === "beside");

  // Every planned cell, so that one table's summary block does not land on another table's marks.
  const planned = new Set<string>();
  const key = (worksheet: ExcelJS.Worksheet, row: number, column: number): string =>
    `${worksheet.id}:${row}:${column}`;
  for (const { worksheet, plan } of beside) {
    const first = plan.firstColumn + 1;
    for (const row of [plan.headerRow, ...plan.rows.map((r) => r.row)]) {
      for (let c = 0; c < 3; c++) planned.add(key(worksheet, row, first + c));
    }
  }

  let kept = 0;
  const put = (
    worksheet: ExcelJS.Worksheet,
    row: number,
    column: number,
    apply: (cell: ExcelJS.Cell) => void,
  ): void => {
    if (isOccupied(worksheet, row, column)) {
      kept++;
      return;
    }
    apply(worksheet.getCell(row, column));
  };

  for (const { worksheet, table, plan } of beside) {
    const first = plan.firstColumn + 1;
    const last = table.lastColumn + 1;

    // Header cells look like the table's own header cell.
    const headerModel: Partial<ExcelJS.Style> = worksheet.findCell(plan.headerRow, last)?.style ?? {};
    plan.headers.forEach((text, i) => {
      put(worksheet, plan.headerRow, first + i, (cell) => {
        cell.value = text;
        styleHeader(cell, headerModel);
      });
    });

    // Widths first: the reason column's width decides how tall its rows must be.
    WIDTHS.forEach((width, i) => {
      const current = worksheet.getColumn(first + i).width ?? 0;
      if (current < width) worksheet.getColumn(first + i).width = width;
    });

    for (const row of plan.rows) writeRow(worksheet, row, first, last, plan, put);

    // The summary block: the first free place at or below the planned row.
    let top = plan.summaryRow;
    const blockFree = (start: number): boolean =>
      plan.summary.every((_, i) =>
        [0, 1].every(
          (c) =>
            !isOccupied(worksheet, start + i, first + c) &&
            !planned.has(key(worksheet, start + i, first + c)),
        ),
      );
    while (!blockFree(top) && top < plan.summaryRow + 10_000) top++;
    plan.summary.forEach(([label, value], i) => {
      const font = baseFont(worksheet, table.headerRow + 1, last);
      put(worksheet, top + i, first, (cell) => {
        cell.value = label;
        cell.font = { ...font, bold: true };
        cell.alignment = { wrapText: true, vertical: "middle" };
      });
      put(worksheet, top + i, first + 1, (cell) => {
        // Counts go in as numbers, so that Excel does not flag numbers stored as text.
        cell.value = /^\d+$/.test(value) ? Number(value) : value;
        cell.font = i === 0 ? { ...font, bold: true } : font;
        cell.alignment = { vertical: "middle", horizontal: i === 0 ? "left" : "right" };
      });
      for (let c = 0; c < 2; c++) planned.add(key(worksheet, top + i, first + c));
    });
  }

  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  // ExcelJS drops custom XML parts: the reviewer's decisions go back in as they were stored.
  const parts = report.review?.parts ?? [];
  let written: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (linkSheets.length > 0) written = await internalLinks(written, linkSheets);
  await fs.writeFile(outPath, parts.length > 0 ? await writeReviewParts(written, parts) : written);
  return { path: outPath, kept, placements };
}

/** A header cell that looks like the table's own header cell (`model`), wrapped and centred. */
function styleHeader(cell: ExcelJS.Cell, model: Partial<ExcelJS.Style>): void {
  const { font, fill, border } = model;
  cell.font = font && hasKeys(font) ? clone(font) : { bold: true };
  if (fill && hasKeys(fill)) cell.fill = clone(fill);
  cell.border = border && hasKeys(border) ? clone(border) : thinBorder();
  cell.alignment = {
    ...(hasKeys(model.alignment) ? clone(model.alignment) : {}),
    wrapText: true,
    vertical: "middle",
    horizontal: "center",
  };
}

/** Excel's colour for a followed-or-not hyperlink. */
const LINK_COLOUR = "FF0563C1";

/**
 * The verdict sheet of a table that reaches XFD, added at the end (`insertAfter` places it): a header like
 * the table's, one row per marked row with a link back to it, the verdict colours, the summary block.
 */
function writeVerdictSheet(
  workbook: ExcelJS.Workbook,
  source: ExcelJS.Worksheet,
  table: TableResult,
  plan: AnnotationPlan,
  layout: VerdictSheet,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.headerRow }],
  });
  const last = table.lastColumn + 1;
  const headerModel: Partial<ExcelJS.Style> = source.findCell(plan.headerRow, last)?.style ?? {};
  layout.headers.forEach((text, i) => {
    const cell = sheet.getCell(layout.headerRow, i + 1);
    cell.value = text;
    styleHeader(cell, headerModel);
  });
  layout.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  const font = baseFont(source, table.headerRow + 1, last);
  for (const row of layout.rows) {
    const bold = row.kind === "section" || row.kind === "total";
    const style = row.verdict === null ? null : VERDICT_STYLES[row.verdict];
    const plain: Partial<ExcelJS.Font> = { ...font, ...(bold ? { bold: true } : {}) };
    const cells = [1, 2, 3, 4, 5, 6].map((c) => sheet.getCell(row.at, c));
    cells.forEach((cell, i) => {
      cell.border = thinBorder();
      cell.font = i >= 3 && style ? { ...plain, color: { argb: style.font } } : plain;
      if (i >= 3 && style) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
      cell.alignment = { vertical: "middle", wrapText: i === 2 || i === 3 || i === 5 };
    });
    const [link, ordinal, text, verdict, completion, reason] = cells as [
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
    ];
    link.value = { text: String(row.row), hyperlink: `#${row.link}` };
    link.font = { ...plain, color: { argb: LINK_COLOUR }, underline: true };
    link.alignment = { vertical: "middle", horizontal: "center" };
    ordinal.value = row.ordinal;
    ordinal.alignment = { vertical: "middle", horizontal: "center" };
    text.value = row.text;
    verdict.value = row.verdictText;
    verdict.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    // A share written for Excel: 83.33 / 100 without the binary tail (0.8332999999999999).
    completion.value = row.completion === null ? null : Number(row.completion.toFixed(8));
    if (row.completion !== null) completion.numFmt = plan.completionFormat;
    completion.alignment = { vertical: "middle", horizontal: "right" };
    reason.value = row.reason;
  }

  plan.summary.forEach(([label, value], i) => {
    const labelCell = sheet.getCell(layout.summaryRow + i, layout.summaryColumn + 1);
    labelCell.value = label;
    labelCell.font = { ...font, bold: true };
    labelCell.alignment = { wrapText: true, vertical: "middle" };
    const valueCell = sheet.getCell(layout.summaryRow + i, layout.summaryColumn + 2);
    valueCell.value = /^\d+$/.test(value) ? Number(value) : value;
    valueCell.font = i === 0 ? { ...font, bold: true } : font;
    valueCell.alignment = { vertical: "middle", horizontal: i === 0 ? "left" : "right" };
  });
  return sheet;
}

/** ExcelJS orders sheets by `orderNo`, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** Moves `sheet` to right after `after`; the tab that was active stays active. */
function insertAfter(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, after: ExcelJS.Worksheet): void {
  const order = workbook.worksheets.filter((ws) => ws !== sheet);
  const index = order.indexOf(after) + 1;
  order.splice(index, 0, sheet);
  order.forEach((ws, i) => {
    (ws as Ordered).orderNo = i;
  });
  for (const view of workbook.views ?? []) {
    if ((view.activeTab ?? 0) >= index) view.activeTab = (view.activeTab ?? 0) + 1;
    if (view.firstSheet !== undefined && view.firstSheet >= index) view.firstSheet += 1;
  }
}

/**
 * ExcelJS writes a link to a cell of the workbook both as an external relationship and as a location, which
 * Excel joins into a target that does not exist ("#'A'!A1##'A'!A1"). On the sheets given by id, every link
 * whose target starts with "#" becomes what Excel itself writes: a location alone, with no relationship.
 */
async function internalLinks(bytes: Uint8Array, sheetIds: readonly number[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const id of sheetIds) {
    const sheetName = `xl/worksheets/sheet${id}.xml`;
    const rels = relsName(sheetName);
    const sheetXml = await zip.file(sheetName)?.async("string");
    let relsXml = await zip.file(rels)?.async("string");
    if (sheetXml === undefined || relsXml === undefined) continue;
    const targets = new Map<string, { element: string; location: string }>();
    for (const { element, attributes } of elements(relsXml, "Relationship")) {
      const [rid, target] = [attributes.get("Id"), attributes.get("Target")];
      if (rid !== undefined && target?.startsWith("#"))
        targets.set(rid, { element, location: target.slice(1) });
    }
    let fixed = sheetXml;
    for (const { element, attributes } of elements(sheetXml, "hyperlink")) {
      const found = targets.get(attributes.get("r:id") ?? "");
      if (!found) continue;
      relsXml = relsXml.replace(found.element, "");
      const ref = escapeAttribute(attributes.get("ref") ?? "");
      fixed = fixed.replace(
        element,
        `<hyperlink ref="${ref}" location="${escapeAttribute(found.location)}"/>`,
      );
    }
    zip.file(sheetName, fixed);
    if (elements(relsXml, "Relationship").length > 0) zip.file(rels, relsXml);
    else zip.remove(rels);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
}

function thinBorder(): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: "thin" };
  return { top: side, left: side, bottom: side, right: side };
}

/** The font face and size of the table's own cells, without their weight or colour. */
function baseFont(worksheet: ExcelJS.Worksheet, row: number, column: number): Partial<ExcelJS.Font> {
  const font = worksheet.findCell(row, column)?.font ?? {};
  return {
    ...(font.name === undefined ? {} : { name: font.name }),
    ...(font.size === undefined ? {} : { size: font.size }),
    ...(font.family === undefined ? {} : { family: font.family }),
  };
}

function writeRow(
  worksheet: ExcelJS.Worksheet,
  row: AnnotationRow,
  first: number,
  last: number,
  plan: AnnotationPlan,
  put: (
    worksheet: ExcelJS.Worksheet,
    row: number,
    column: number,
    apply: (cell: ExcelJS.Cell) => void,
  ) => void,
): void {
  const neighbour: Partial<ExcelJS.Style> = worksheet.findCell(row.row, last)?.style ?? {};
  const font = baseFont(worksheet, row.row, last);
  const border = neighbour.border && hasKeys(neighbour.border) ? clone(neighbour.border) : thinBorder();
  const style = row.verdict === null ? null : VERDICT_STYLES[row.verdict];
  const bold = row.kind === "section" || row.kind === "total";
  const decorate = (cell: ExcelJS.Cell): void => {
    cell.border = border;
    cell.font = {
      ...font,
      ...(bold ? { bold: true } : {}),
      ...(style ? { color: { argb: style.font } } : {}),
    };
    if (style) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  };

  put(worksheet, row.row, first, (cell) => {
    cell.value = row.verdictText;
    decorate(cell);
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  put(worksheet, row.row, first + 1, (cell) => {
    // A share written for Excel: 83.33 / 100 without the binary tail (0.8332999999999999).
    cell.value = row.completion === null ? null : Number(row.completion.toFixed(8));
    if (row.completion !== null) cell.numFmt = plan.completionFormat;
    decorate(cell);
    cell.alignment = { vertical: "middle", horizontal: "right" };
  });
  put(worksheet, row.row, first + 2, (cell) => {
    cell.value = row.reason;
    decorate(cell);
    cell.alignment = { vertical: "middle", horizontal: "left", wrapText: true };
    growRow(
      worksheet,
      row.row,
      row.reason,
      worksheet.getColumn(first + 2).width ?? WIDTHS[2],
      font.size,
      bold,
    );
  });
}

/**
 * A row with a height of its own grows when the added reason needs more lines, so no reason is cut off;
 * it never shrinks. Rows without one are left to the spreadsheet's own fitting (LibreOffice 7.4 does not fit
 * them on opening; the officer's own long cells overflow there the same way).
 */
function growRow(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  text: string,
  width: number,
  fontSize = 11,
  bold = false,
): void {
  const row = worksheet.findRow(rowNumber);
  if (row?.height === undefined) return;
  const needed = rowHeight(wrappedLines(text, width, fontSize, bold), fontSize);
  if (needed > row.height) row.height = needed;
}
