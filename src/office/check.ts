/// <reference types="office-js" />
/**
 * A full check of the active sheet in three syncs, whatever its size: locate, read, write. Clearing the
 * marks again, and selecting a task's row.
 */
import {
  planAnnotations,
  type AnnotationPlan,
  type Finding,
  type Language,
  type Override,
  type Review,
  type SheetResult,
} from "../core";
import { readActiveSheet } from "./active";
import { parseArea } from "./area";
import { failure, hostError } from "./errors";
import { loadOwnFormats, markedAreas, MARKS_KEY, parseRecord, queueRemoval, serializeRecord } from "./marks";
import type { ExcelHost, MarkRecord, MarkState, OfficeResult, SheetMarks } from "./types";
import {
  MAX_BATCH_BYTES,
  opBytes,
  planWrite,
  queueOps,
  recordBytes,
  removalBytes,
  splitBatches,
  syncBatches,
} from "./write";

export interface CheckOptions {
  readonly language?: Language;
  /** Shared with `watchSheet`, so that the add-in's own writes are not taken for edits. */
  readonly state?: MarkState;
  /** Bytes per write batch; more is split into several syncs. Tests lower it. */
  readonly maxBatchBytes?: number;
}

export interface CheckSuccess {
  /** The check with the reviewer's decisions in place: what the marks, scores and report copy show. */
  readonly result: SheetResult;
  /** The engine's own result, before the decisions: what a new decision is taken against. */
  readonly computed: SheetResult;
  /** The decisions on this sheet as applied. */
  readonly review: Review;
  /** Every decision stored in the workbook, this sheet's and others', to save back whole. */
  readonly stored: readonly Override[];
  /** Stored decisions that could not be read. */
  readonly storedFindings: readonly Finding[];
  /** Every sheet of the workbook. */
  readonly sheetNames: readonly string[];
  readonly plan: AnnotationPlan[];
  /** Rows below MAX_READ_ROWS were not read. */
  readonly truncated: boolean;
  /** Estimated bytes of each write batch (one unless the write passed maxBatchBytes). */
  readonly batchBytes: number[];
}

export type CheckResult = OfficeResult<CheckSuccess>;

export async function checkActiveSheet(excel: ExcelHost, options: CheckOptions = {}): Promise<CheckResult> {
  const language = options.language ?? "vi";
  if (!excel.supports("1.7")) return failure("unsupported", language);
  const state = options.state;
  try {
    return await excel.run(async (context): Promise<CheckResult> => {
      // Syncs 1 and 2: locate, read, analyse, apply the reviewer's decisions.
      const active = await readActiveSheet(context, excel, language);
      if (!active.ok) return active;
      const { located, sheet, computed, review, stored, result, sheetNames } = active;

      const tables = result.tables.map((table) => ({ table, plan: planAnnotations(table, language) }));
      const old = located.record.sheets[located.sheetName];
      const planned = planWrite(tables, sheet, old, language);
      const record: MarkRecord = {
        version: 1,
        sheets: { ...located.record.sheets, [located.sheetName]: planned.marks },
      };
      // The removal of old marks (first batch) and the record (last batch) count against every batch's budget.
      const first = removalBytes(old);
      const last = recordBytes(record);
      const batches = splitBatches(planned.ops, (options.maxBatchBytes ?? MAX_BATCH_BYTES) - first - last);

      // Sync 3: take the old marks away and write the new ones in the same batch, so a re-run adds nothing twice.
      if (state) state.writing = true;
      try {
        const worksheet = located.worksheet;
        const settings = context.workbook.settings;
        await syncBatches(context, batches, (batch, index, last) => {
          if (index === 0 && old) queueRemoval(worksheet, old, sheet.ownFormats);
          queueOps(worksheet, batch);
          if (last) settings.add(MARKS_KEY, serializeRecord(record));
        });
      } finally {
        if (state) state.writing = false;
      }
      if (state) remember(state, located.sheetName, planned.marks);
      return {
        ok: true,
        result,
        computed,
        review,
        stored: stored.overrides,
        storedFindings: stored.findings,
        sheetNames,
        plan: tables.map((t) => t.plan),
        truncated: sheet.truncated,
        batchBytes: batches.map(
          (b, i) =>
            b.reduce((sum, op) => sum + opBytes(op), 0) +
            (i === 0 ? first : 0) +
            (i === batches.length - 1 ? last : 0),
        ),
      };
    });
  } catch (error) {
    if (state) state.writing = false;
    return hostError(error, language);
  }
}

function remember(state: MarkState, sheet: string, marks: SheetMarks): void {
  state.sheet = sheet;
  state.tables = marks.tables.map(parseArea).filter((a) => a !== null);
  state.added = markedAreas(marks);
}

export interface ClearOptions {
  readonly language?: Language;
  readonly state?: MarkState;
}

/** Takes away everything the add-in added, on every sheet it marked, and its record. */
export async function clearMarks(
  excel: ExcelHost,
  options: ClearOptions = {},
): Promise<OfficeResult<{ readonly sheets: string[] }>> {
  const language = options.language ?? "vi";
  const state = options.state;
  try {
    return await excel.run(async (context) => {
      const settings = context.workbook.settings;
      const setting = settings.getItemOrNullObject(MARKS_KEY);
      setting.load("value");
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      if (setting.isNullObject) return { ok: true as const, sheets: [] };
      const record = parseRecord(setting.value);

      const targets = worksheets.items
        .filter((ws) => record.sheets[ws.name] !== undefined)
        .map((worksheet) => {
          const marks = record.sheets[worksheet.name] as SheetMarks;
          return { worksheet, marks, formats: loadOwnFormats(worksheet, marks) };
        });
      await context.sync();

      if (state) state.writing = true;
      try {
        for (const t of targets) queueRemoval(t.worksheet, t.marks, t.formats);
        setting.delete();
        await context.sync();
      } finally {
        if (state) state.writing = false;
      }
      if (state) {
        state.added = [];
        state.tables = [];
      }
      return { ok: true as const, sheets: targets.map((t) => t.worksheet.name) };
    });
  } catch (error) {
    if (state) state.writing = false;
    return hostError(error, language);
  }
}

/** Selects a cell or row range ("A35:G35", or "Sheet!A35") when the user picks a task in the pane. */
export async function selectTaskRow(
  excel: ExcelHost,
  address: string,
  language: Language = "vi",
): Promise<OfficeResult<object>> {
  try {
    return await excel.run(async (context) => {
      const bang = address.lastIndexOf("!");
      const sheetName = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      const worksheet =
        sheetName === null
          ? context.workbook.worksheets.getActiveWorksheet()
          : context.workbook.worksheets.getItem(sheetName);
      if (sheetName !== null) worksheet.activate();
      worksheet.getRange(bang >= 0 ? address.slice(bang + 1) : address).select();
      await context.sync();
      return { ok: true as const };
    });
  } catch (error) {
    return hostError(error, language);
  }
}
