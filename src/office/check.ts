/// <reference types="office-js" />
/**
 * A full check of the active sheet in three syncs, whatever its size: locate, read, write. (Clearing the
 * marks and selecting a row are in `clear.ts`: the task pane loads them before the engine.)
 */
import {
  planAnnotations,
  type AnnotationPlan,
  type Finding,
  type Override,
  type Review,
  type SheetResult,
} from "../core";
import { ENGINE, type Language } from "../i18n";
import { readActiveSheet } from "./active";
import { parseArea } from "./area";
import { failure, hostError } from "./errors";
import { markedAreas, MARKS_KEY, queueRemoval, serializeRecord } from "./marks";
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

      const tables = result.tables.map((table) => ({
        table,
        plan: planAnnotations(table, ENGINE[language]),
      }));
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
