/// <reference types="office-js" />
/**
 * Reading the active sheet: sync 1 finds the used range and the marks record; sync 2 reads the cells in
 * row blocks, merged areas, the looks of the header candidates and our old conditional formats.
 */
import type { CellInput, MergedArea, SheetInput } from "../core";
import type { Area } from "./area";
import { contains, intersects } from "./area";
import { loadOwnFormats, markedAreas, MARKS_KEY, parseRecord } from "./marks";
import { EDGES, type CellLook, type Edge, type MarkRecord, type SheetMarks } from "./types";

/** Rows per read block: the documentation suggests 5,000–20,000 rows per request. */
export const BLOCK_ROWS = 5_000;
/** At most this many rows are read; a stray value a million rows down does not make us read them all. */
export const MAX_READ_ROWS = 100_000;
/** Added columns go at most this far right of the used range (the engine's free column is inside it + 1). */
export const EXTRA_COLUMNS = 3;
/** Header candidates whose look is read: the top rows and the right-most columns of the used range. */
export const PROBE_ROWS = 30;
export const PROBE_COLUMNS = 10;
const MAX_COLUMN = 16_383;
/**
 * Above this many cells `text` is not read: it repeats every string and would push a 10,000-task read past
 * the web's 5 MB response limit (measured: 6.1 MB with text, 3.2 MB without). Numbers then keep their value
 * and number format, which the engine reads the same way.
 */
export const TEXT_CELLS_LIMIT = 50_000;

export interface Located {
  readonly worksheet: Excel.Worksheet;
  readonly sheetName: string;
  /** The used range (values only); null for an empty sheet. */
  readonly used: Area | null;
  readonly record: MarkRecord;
  readonly setting: boolean;
}

interface LocateHandles {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly setting: Excel.Setting;
}

/** Queues sync 1. Call the returned function after `context.sync()`. */
export function queueLocate(context: Excel.RequestContext): () => Located {
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY);
  setting.load("value");
  const handles: LocateHandles = { worksheet, used, setting };
  return () => located(handles);
}

/** Reads what sync 1 loaded. */
function located(h: LocateHandles): Located {
  const used = h.used;
  const setting = h.setting;
  return {
    worksheet: h.worksheet,
    sheetName: h.worksheet.name,
    used: used.isNullObject
      ? null
      : {
          top: used.rowIndex,
          left: used.columnIndex,
          bottom: used.rowIndex + used.rowCount - 1,
          right: used.columnIndex + used.columnCount - 1,
        },
    record: setting.isNullObject ? parseRecord(null) : parseRecord(setting.value),
    setting: !setting.isNullObject,
  };
}

export interface SheetRead {
  readonly input: SheetInput;
  /** The area read: the used range, widened to the right for the added columns, cut at MAX_READ_ROWS. */
  readonly area: Area;
  readonly truncated: boolean;
  /** Whether a cell holds a value the add-in did not write. */
  readonly occupied: (row: number, column: number) => boolean;
  readonly numberFormat: (row: number, column: number) => string;
  /** The look of a probed cell; undefined outside the probe. */
  readonly look: (row: number, column: number) => CellLook | undefined;
  readonly ownFormats: readonly Excel.ConditionalFormatCollection[];
  readonly merges: boolean;
}

interface Probe {
  readonly row: number;
  readonly column: number;
  readonly format: Excel.RangeFormat;
  readonly font: Excel.RangeFont;
  readonly fill: Excel.RangeFill;
  readonly borders: readonly Excel.RangeBorder[];
}

/** Queues sync 2. `merges` asks for merged areas (ExcelApi 1.13). */
export function queueRead(located: Located, used: Area, merges: boolean): () => SheetRead {
  const { worksheet } = located;
  const bottom = Math.min(used.bottom, used.top + MAX_READ_ROWS - 1);
  const area: Area = {
    top: used.top,
    left: used.left,
    bottom,
    right: Math.min(MAX_COLUMN, used.right + EXTRA_COLUMNS),
  };
  const width = area.right - area.left + 1;

  // Row blocks queued in this one batch: several requests' worth of data, one round trip.
  const withText = (area.bottom - area.top + 1) * width <= TEXT_CELLS_LIMIT;
  const blocks: { top: number; range: Excel.Range }[] = [];
  for (let top = area.top; top <= area.bottom; top += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, area.bottom - top + 1);
    const range = worksheet.getRangeByIndexes(top, area.left, count, width);
    if (withText) range.load("values,text,numberFormat");
    else range.load("values,numberFormat");
    blocks.push({ top, range });
  }

  // Only areas whose top-left is inside the range come back (office-js#3611): the used range holds them.
  const merged = merges
    ? worksheet
        .getRangeByIndexes(used.top, used.left, bottom - used.top + 1, used.right - used.left + 1)
        .getMergedAreasOrNullObject()
    : null;
  if (merged) {
    merged.load("areaCount");
    merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  }

  const probes: Probe[] = [];
  const probeBottom = Math.min(area.bottom, area.top + PROBE_ROWS - 1);
  const probeLeft = Math.max(area.left, used.right - PROBE_COLUMNS + 1);
  for (let row = area.top; row <= probeBottom; row++) {
    for (let column = probeLeft; column <= area.right; column++) {
      const format = worksheet.getCell(row, column).format;
      format.load("wrapText");
      format.font.load("bold");
      format.fill.load("color");
      const borders = EDGES.map((name) => {
        const border = format.borders.getItem(name);
        border.load("style,color,weight");
        return border;
      });
      probes.push({ row, column, format, font: format.font, fill: format.fill, borders });
    }
  }

  const old: SheetMarks | undefined = located.record.sheets[located.sheetName];
  const ownFormats = loadOwnFormats(worksheet, old);
  const oldAreas = old ? markedAreas(old) : [];

  return () => {
    const cells: CellInput[][] = [];
    const formats: string[][] = [];
    const values: unknown[][] = [];
    for (const block of blocks) {
      const v = block.range.values;
      const t: unknown[][] = withText ? block.range.text : [];
      const f = block.range.numberFormat;
      v.forEach((row, i) => {
        values.push(row);
        formats.push((f[i] ?? []).map(String));
        cells.push(row.map((value, j) => toCell(value, t[i]?.[j], f[i]?.[j])));
      });
    }
    // The add-in's own earlier marks are not part of the officer's table.
    for (const mark of oldAreas) {
      if (!intersects(mark, area)) continue;
      for (let r = Math.max(mark.top, area.top); r <= Math.min(mark.bottom, area.bottom); r++) {
        const row = cells[r - area.top];
        const raw = values[r - area.top];
        for (let c = Math.max(mark.left, area.left); c <= Math.min(mark.right, area.right); c++) {
          if (row) row[c - area.left] = null;
          if (raw) raw[c - area.left] = "";
        }
      }
    }

    const mergedAreas: MergedArea[] = [];
    if (merged && !merged.isNullObject) {
      for (const m of merged.areas.items) {
        mergedAreas.push({
          top: m.rowIndex - area.top,
          left: m.columnIndex - area.left,
          bottom: m.rowIndex + m.rowCount - 1 - area.top,
          right: m.columnIndex + m.columnCount - 1 - area.left,
        });
      }
    }

    const looks = new Map<number, CellLook>();
    for (const p of probes) looks.set(key(p.row, p.column), lookOf(p));

    const inside = (row: number, column: number): boolean =>
      contains(area, { top: row, bottom: row, left: column, right: column });
    return {
      input: {
        cells,
        merges: mergedAreas,
        origin: { row: area.top, column: area.left },
        sheetName: located.sheetName,
      },
      area,
      truncated: bottom < used.bottom,
      occupied: (row, column) => {
        if (!inside(row, column)) return false;
        const value = values[row - area.top]?.[column - area.left];
        return value !== "" && value !== null && value !== undefined;
      },
      numberFormat: (row, column) =>
        (inside(row, column) ? formats[row - area.top]?.[column - area.left] : undefined) ?? "General",
      look: (row, column) => looks.get(key(row, column)),
      ownFormats,
      merges: merged !== null,
    };
  };
}

function key(row: number, column: number): number {
  return row * (MAX_COLUMN + 1) + column;
}

/** Strings stay bare (most cells); numbers keep their text and format so 0,8333 shown as 83,33% reads right. */
function toCell(value: unknown, text: unknown, numberFormat: unknown): CellInput {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") {
    return {
      value,
      ...(typeof text === "string" ? { text } : {}),
      ...(typeof numberFormat === "string" ? { numberFormat } : {}),
    };
  }
  return String(value);
}

function lookOf(p: Probe): CellLook {
  const edge = (i: number): Edge => {
    const b = p.borders[i];
    return { style: b?.style ?? "None", color: b?.color ?? "#000000", weight: b?.weight ?? "Thin" };
  };
  const fill = p.fill.color;
  return {
    bold: p.font.bold === true,
    // No fill reads as white or null depending on the host: both restore as "no fill".
    fill: fill === null || fill === undefined || fill.toUpperCase() === "#FFFFFF" ? null : fill,
    wrap: p.format.wrapText === true,
    borders: { EdgeTop: edge(0), EdgeBottom: edge(1), EdgeLeft: edge(2), EdgeRight: edge(3) },
  };
}
