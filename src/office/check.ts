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
import { markedAreas, MARKS_KEY, queueRemoval, queueSheetDeletion, serializeRecord } from "./marks";
import type { ExcelHost, MarkRecord, MarkState, OfficeResult, SheetMarks } from "./types";
import {
  MAX_BATCH_BYTES,
  OP_OVERHEAD,
  opBytes,
  planWrite,
  queueOps,
  recordBytes,
  removalBytes,
  splitSheetBatches,
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
  /** Sheets added for the verdicts of tables reaching XFD, right after the checked one. */
  readonly verdictSheets: readonly string[];
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

      // Verdict sheets added by the last check go, and new ones take free names (theirs included). A name
      // another sheet's record lists stays taken even when that sheet is gone, so no two records share one.
      const going = new Set(active.ownSheets.map((name) => name.toUpperCase()));
      const recorded = Object.entries(located.record.sheets)
        .filter(([name]) => name !== located.sheetName)
        .flatMap(([, marks]) => (marks.addedSheets ?? []).map((added) => added.name));
      const taken = [...sheetNames.filter((name) => !going.has(name.toUpperCase())), ...recorded];
      const tables = result.tables.map((table) => {
        const plan = planAnnotations(table, ENGINE[language], { sheetNames: taken });
        if (plan.verdictSheet) taken.push(plan.verdictSheet.name);
        return { table, plan };
      });
      const old = located.record.sheets[located.sheetName];
      const planned = planWrite(tables, sheet, old, language);
      const position = (name: string): number =>
        active.worksheets.find((ws) => ws.name === name)?.position ?? active.worksheets.length - 1;
      const here = position(located.sheetName);
      // Right after the checked sheet, once the old verdict sheets before it have gone.
      const after = here - active.ownSheets.filter((name) => position(name) < here).length + 1;
      const record: MarkRecord = {
        version: 1,
        sheets: { ...located.record.sheets, [located.sheetName]: planned.marks },
      };
      // The removal of old marks (first batch) and the record (last batch) count against every batch's budget.
      const first = removalBytes(old) + OP_OVERHEAD * (active.ownSheets.length + planned.added.length * 2);
      const last = recordBytes(record);
      const batches = splitSheetBatches(
        [{ sheet: null, ops: planned.ops }, ...planned.added.map((a) => ({ sheet: a.name, ops: a.ops }))],
        (options.maxBatchBytes ?? MAX_BATCH_BYTES) - first - last,
      );

      // Sync 3: take the old marks away and write the new ones in the same batch, so a re-run adds nothing twice.
      if (state) state.writing = true;
      try {
        const worksheet = located.worksheet;
        const worksheets = context.workbook.worksheets;
        const settings = context.workbook.settings;
        const sheets = new Map<string | null, Excel.Worksheet>([[null, worksheet]]);
        await syncBatches(context, batches, (batch, index, last) => {
          if (index === 0) {
            if (old) queueRemoval(worksheet, old, sheet.ownFormats);
            queueSheetDeletion(worksheets, active.ownSheets);
            planned.added.forEach((a, i) => {
              const added = worksheets.add(a.name);
              added.position = after + i;
              sheets.set(a.name, added);
            });
          }
          for (const item of batch) {
            const target = sheets.get(item.sheet);
            if (target) queueOps(target, [item.op]);
          }
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
        verdictSheets: planned.added.map((a) => a.name),
        truncated: sheet.truncated,
        batchBytes: batches.map(
          (b, i) =>
            b.reduce((sum, item) => sum + opBytes(item.op), 0) +
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
