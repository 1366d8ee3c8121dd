/// <reference types="office-js" />
/**
 * “Tạo bản để dán vào báo cáo”: the active sheet's tables as a report-ready copy on a new worksheet, laid out
 * as `par-check --report` lays it out (src/cli/report-sheet.ts): Times New Roman 13, thin borders, wrapped
 * text, a bold centred header repeated on every printed page, A4 with the decree's margins. Values only, as
 * text: no formulas, conditional formats or helper cells. The officer's sheet is never written.
 *
 * Three syncs: locate, read, write. The write is split only past the request limit, which about 10,000
 * tasks reach (a row-height operation per run of equal rows and a bold one per section weigh nearly as
 * much as the values).
 */
import { planReportSheet, summaryText, type ReportOrientation, type ReportPlan } from "../core";
import { ENGINE, OFFICE, type Language } from "../i18n";
import { readActiveSheet } from "./active";
import { freeSheetName } from "./report-names";
import type { Area } from "./area";
import { failure, hostError } from "./errors";
import type { ExcelHost, OfficeResult } from "./types";
import {
  MAX_BATCH_BYTES,
  OP_OVERHEAD,
  opBytes,
  packBatches,
  queueOps,
  rangeOf,
  splitBatches,
  syncBatches,
  type WriteOp,
} from "./write";

export interface ReportCopyOptions {
  readonly language?: Language;
  readonly includeVerdict: boolean;
  readonly includeCompletion: boolean;
  /** Bytes per write batch; more is split into several syncs. Tests lower it. */
  readonly maxBatchBytes?: number;
}

export interface ReportCopySuccess {
  /** The new worksheet. */
  readonly sheet: string;
  /** Rows the copy takes on it, headers included. */
  readonly rows: number;
  readonly orientation: ReportOrientation;
  /** False where Excel lacks ExcelApi 1.9 (Office 2019): paper, margins and print titles were not set. */
  readonly pageSetup: boolean;
  /** The sentence for the report body; one line per table when the sheet holds several. */
  readonly sentence: string;
}

export type ReportCopyResult = OfficeResult<ReportCopySuccess>;

/** The requirement set of `worksheet.pageLayout`. */
export const PAGE_LAYOUT_API = "1.9";

/** Excel's column unit is the Normal font's widest digit: 7 px for Calibri 11. 96 px make 72 pt. */
const PX_PER_CHAR = 7;
const POINTS_PER_PX = 0.75;
const POINTS_PER_MM = 72 / 25.4;
const THIN = { style: "Continuous", weight: "Thin", color: "#000000" } as const;
const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
/** Adding, placing and activating the sheet, sent with the first write batch. */
const SETUP_BYTES = OP_OVERHEAD * 3;

/**
 * The plan's width is the stored column width, padding included (what par-check gives ExcelJS, and what the
 * plan's wrapping assumes), so it is `width × 7` pixels with no further 5 px; Excel's `columnWidth` is in points.
 */
export function columnPoints(width: number): number {
  return Math.round(width * PX_PER_CHAR) * POINTS_PER_PX;
}

/** Millimetres to points, to the hundredth, as `pageLayout` takes margins. */
export function mmToPoints(mm: number): number {
  return Math.round(mm * POINTS_PER_MM * 100) / 100;
}

/** Page numbers centred at the top, in the table's font; Nghị định 30 leaves the first page unnumbered. */
export function pageNumberHeader(plan: ReportPlan): string {
  return `&"${plan.style.fontName},Regular"&${plan.style.fontSize}&P`;
}

/** One queued change to the new sheet and what it adds to the request. */
interface Job {
  readonly bytes: number;
  readonly queue: (worksheet: Excel.Worksheet) => void;
}

interface Laid {
  readonly jobs: Job[];
  readonly rows: number;
  readonly orientation: ReportOrientation;
}

/** `count` property sets on one range. */
function onRange(area: Area, count: number, apply: (range: Excel.Range) => void): Job {
  return { bytes: OP_OVERHEAD * (count + 1), queue: (worksheet) => apply(rangeOf(worksheet, area)) };
}

/** Runs of equal neighbours: [first index, last index, value]. */
function runs<T>(items: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === item) last[1] = i;
    else out.push([i, i, item]);
  });
  return out;
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Everything to write for the plans. Several tables go one under another with a blank row between; the
 * columns take the widest plan's width, and the header is repeated on printed pages only when every table
 * has the same one (a first table's header over a second table's rows would mislabel them).
 */
function layOut(plans: readonly ReportPlan[], pageSetup: boolean, limit: number): Laid {
  const first = plans[0];
  if (!first) return { jobs: [], rows: 0, orientation: "portrait" };
  const columns = Math.max(...plans.map((plan) => plan.columns.length));
  const tops: number[] = [];
  const grid: string[][] = [];
  for (const plan of plans) {
    if (grid.length > 0) grid.push(Array<string>(columns).fill(""));
    tops.push(grid.length);
    for (const row of plan.rows) grid.push(Array.from({ length: columns }, (_, c) => row.cells[c] ?? ""));
  }
  const block: Area = { top: 0, left: 0, bottom: grid.length - 1, right: columns - 1 };
  const jobs: Job[] = [];

  // Text format first, so that Excel keeps “83,33%” and “1/2” as written.
  const text: WriteOp = { kind: "numberFormat", area: block, formats: grid.map((row) => row.map(() => "@")) };
  const values: WriteOp = { kind: "values", area: block, values: grid };
  for (const op of splitBatches([text, values], limit).flat())
    jobs.push({ bytes: opBytes(op), queue: (worksheet) => queueOps(worksheet, [op]) });

  const { style } = first;
  jobs.push(
    onRange(block, 4, (range) => {
      range.format.font.name = style.fontName;
      range.format.font.size = style.fontSize;
      range.format.wrapText = style.wrapText;
      range.format.verticalAlignment = "Top";
    }),
  );

  plans.forEach((plan, i) => {
    const top = tops[i] ?? 0;
    const table: Area = { top, left: 0, bottom: top + plan.rows.length - 1, right: plan.columns.length - 1 };
    jobs.push(
      onRange(table, BORDERS.length * 3, (range) => {
        for (const name of BORDERS) {
          const border = range.format.borders.getItem(name);
          border.style = THIN.style;
          border.weight = THIN.weight;
          border.color = THIN.color;
        }
      }),
      onRange({ ...table, bottom: top }, 3, (range) => {
        range.format.font.bold = true;
        range.format.horizontalAlignment = "Center";
        range.format.verticalAlignment = "Center";
      }),
    );
    jobs.push(...bodyJobs(plan, table));
  });

  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...plans.map((plan) => plan.columns[c]?.width ?? 0)),
  );
  for (const [left, right, width] of runs(widths)) {
    jobs.push(
      onRange({ top: 0, bottom: 0, left, right }, 1, (range) => {
        range.format.columnWidth = columnPoints(width);
      }),
    );
  }

  const header = first.rows[0]?.cells.join("\u0000");
  const repeat = plans.every((plan) => plan.rows[0]?.cells.join("\u0000") === header);
  const [titleFirst, titleLast] = first.page.printTitleRows;
  // The header stays in view while scrolling, as in par-check's copy (ExcelApi 1.7, the add-in's minimum).
  if (repeat)
    jobs.push({ bytes: OP_OVERHEAD, queue: (worksheet) => worksheet.freezePanes.freezeRows(titleLast) });
  const orientation: ReportOrientation = plans.some((plan) => plan.page.orientation === "landscape")
    ? "landscape"
    : "portrait";
  if (pageSetup) jobs.push(pageJob(first, orientation, repeat ? `$${titleFirst}:$${titleLast}` : null));
  return { jobs, rows: grid.length, orientation };
}

/** Alignment of the body by column, bold section rows, and row heights from the plan. */
function bodyJobs(plan: ReportPlan, table: Area): Job[] {
  const jobs: Job[] = [];
  const body: Area = { ...table, top: table.top + 1 };
  if (body.bottom >= body.top) {
    for (const [left, right, align] of runs(plan.columns.map((column) => column.align))) {
      jobs.push(
        onRange({ ...body, left, right }, 1, (range) => {
          range.format.horizontalAlignment = align === "center" ? "Center" : "Left";
        }),
      );
    }
    const rows = plan.rows.slice(1);
    for (const [from, to, bold] of runs(rows.map((row) => row.bold))) {
      if (!bold) continue;
      jobs.push(
        onRange({ ...body, top: body.top + from, bottom: body.top + to }, 1, (range) => {
          range.format.font.bold = true;
        }),
      );
    }
  }
  // The commonest height for the whole table in one go, then the rows that differ.
  const heights = plan.rows.map((row) => row.height);
  const common = mostCommon(heights);
  if (common !== undefined) {
    jobs.push(
      onRange(table, 1, (range) => {
        range.format.rowHeight = common;
      }),
    );
  }
  for (const [from, to, height] of runs(heights)) {
    if (height === common) continue;
    jobs.push(
      onRange({ ...table, top: table.top + from, bottom: table.top + to }, 1, (range) => {
        range.format.rowHeight = height;
      }),
    );
  }
  return jobs;
}

/** A4, the plan's orientation and margins, centred, one page wide, page numbers (ExcelApi 1.9). */
function pageJob(plan: ReportPlan, orientation: ReportOrientation, titleRows: string | null): Job {
  const margins = plan.page.marginsMm;
  return {
    bytes: OP_OVERHEAD * 14,
    queue: (worksheet) => {
      const layout = worksheet.pageLayout;
      layout.paperSize = plan.page.paper;
      layout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
      layout.topMargin = mmToPoints(margins.top);
      layout.bottomMargin = mmToPoints(margins.bottom);
      layout.leftMargin = mmToPoints(margins.left);
      layout.rightMargin = mmToPoints(margins.right);
      layout.headerMargin = mmToPoints(margins.header);
      layout.footerMargin = mmToPoints(margins.footer);
      layout.centerHorizontally = true;
      // As many pages tall as needed (0), one wide.
      layout.zoom = { horizontalFitToPages: plan.page.fitToWidth, verticalFitToPages: plan.page.fitToHeight };
      if (titleRows) layout.setPrintTitleRows(titleRows);
      layout.headersFooters.state = "FirstAndDefault";
      layout.headersFooters.defaultForAllPages.centerHeader = pageNumberHeader(plan);
    },
  };
}

/** Creates the report-ready copy of the active sheet's tables on a new sheet placed after it, and shows it. */
export async function createReportCopy(
  excel: ExcelHost,
  options: ReportCopyOptions,
): Promise<ReportCopyResult> {
  const language = options.language ?? "vi";
  if (!excel.supports("1.7")) return failure("unsupported", language);
  const pageSetup = excel.supports(PAGE_LAYOUT_API);
  try {
    return await excel.run(async (context): Promise<ReportCopyResult> => {
      // Syncs 1 and 2: the table as checked, with the reviewer's decisions, and every sheet's name (to pick
      // a free one) and position (to place the copy).
      const active = await readActiveSheet(context, excel, language);
      if (!active.ok) return active;
      const worksheets = context.workbook.worksheets;
      const sheets = active.worksheets;
      const source = sheets.find((ws) => ws.name === active.located.sheetName);
      const name = freeSheetName(
        OFFICE[language].reportSheet,
        sheets.map((ws) => ws.name),
      );
      const tables = active.result.tables;
      const plans = tables.map((table) =>
        planReportSheet(table, {
          includeVerdict: options.includeVerdict,
          includeCompletion: options.includeCompletion,
          words: ENGINE[language],
        }),
      );
      const limit = (options.maxBatchBytes ?? MAX_BATCH_BYTES) - SETUP_BYTES;
      const laid = layOut(plans, pageSetup, limit);
      const batches = packBatches(laid.jobs, limit, (job) => job.bytes);

      // Sync 3: the new sheet after its source, shown, and written whole.
      const worksheet = worksheets.add(name);
      worksheet.position = (source?.position ?? sheets.length - 1) + 1;
      worksheet.activate();
      await syncBatches(context, batches, (batch) => {
        for (const job of batch) job.queue(worksheet);
      });
      return {
        ok: true,
        sheet: name,
        rows: laid.rows,
        orientation: laid.orientation,
        pageSetup,
        sentence: summaryText(tables, ENGINE[language]),
      };
    });
  } catch (error) {
    return hostError(error, language);
  }
}
