/** Shared set-up for the task pane tests: the seed appendix as the adapter would return it, and a fake api. */
import { checkSheet, planAnnotations, type Override } from "../../src/core";
import { ENGINE } from "../../src/i18n";
import type { CheckResult, CheckSuccess } from "../../src/office";
import type {
  CheckerApi,
  ClearResult,
  ReportChoice,
  ReportCopyResult,
  SaveResult,
  SelectResult,
} from "../../src/taskpane/api";
import { seedGrid } from "../helpers/seed";

export const SHEET = "Phụ lục";

/** What checkActiveSheet returns for the seed appendix: the real engine on the real table, decisions applied. */
export function seedCheck(
  stored: readonly Override[] = [],
  sheetNames: readonly string[] = [SHEET],
): Extract<CheckResult, { ok: true }> {
  // The adapter's own call: decisions on other sheets are left for their sheet.
  const { computed, result, review } = checkSheet(
    { cells: seedGrid(), sheetName: SHEET },
    { overrides: stored },
  );
  const success: CheckSuccess = {
    result,
    computed,
    review,
    stored,
    storedFindings: [],
    sheetNames,
    plan: result.tables.map((table) => planAnnotations(table, ENGINE.vi)),
    verdictSheets: [],
    truncated: false,
    batchBytes: [1000],
  };
  return { ok: true, ...success };
}

export interface FakeApi extends CheckerApi {
  readonly check: jest.Mock<Promise<CheckResult>, []>;
  readonly clear: jest.Mock<Promise<ClearResult>, []>;
  readonly select: jest.Mock<Promise<SelectResult>, [string]>;
  readonly watch: jest.Mock<() => void, [() => void, ((message: string) => void)?]>;
  /** The onEdit callbacks of watchers not stopped yet. */
  readonly watchers: (() => void)[];
  readonly stops: jest.Mock<void, []>;
  readonly saveReview: jest.Mock<Promise<SaveResult>, [readonly Override[]]>;
  readonly createReport: jest.Mock<Promise<ReportCopyResult>, [ReportChoice]>;
  readonly copyText: jest.Mock<Promise<boolean>, [string]>;
  readonly rememberReviewer: jest.Mock<void, [string]>;
  /** The decisions as the workbook holds them. */
  readonly stored: () => readonly Override[];
}

/** The time the fake clock says. */
export const NOW = "2026-12-02T03:04:05.000Z";

/**
 * A fake api over the seed: decisions saved are stored and applied by the next check, as in Excel. A fixed
 * `check` result is returned as is instead.
 */
export function fakeApi(check?: CheckResult, initial: readonly Override[] = []): FakeApi {
  const watchers: (() => void)[] = [];
  const stops = jest.fn<void, []>();
  let stored: readonly Override[] = initial;
  return {
    check: jest.fn<Promise<CheckResult>, []>(async () => check ?? seedCheck(stored)),
    clear: jest.fn<Promise<ClearResult>, []>(async () => ({ ok: true as const, sheets: [SHEET] })),
    select: jest.fn<Promise<SelectResult>, [string]>(async () => ({ ok: true as const })),
    watch: jest.fn<() => void, [() => void, ((message: string) => void)?]>((onEdit) => {
      watchers.push(onEdit);
      return () => {
        stops();
        watchers.splice(watchers.indexOf(onEdit), 1);
      };
    }),
    watchers,
    stops,
    saveReview: jest.fn<Promise<SaveResult>, [readonly Override[]]>(async (next) => {
      stored = next;
      return { ok: true as const, count: next.length };
    }),
    createReport: jest.fn<Promise<ReportCopyResult>, [ReportChoice]>(async () => ({
      ok: true as const,
      sheet: "Bản báo cáo",
      rows: 33,
      orientation: "landscape" as const,
      pageSetup: true,
      sentence: "",
    })),
    copyText: jest.fn<Promise<boolean>, [string]>(async () => true),
    now: () => NOW,
    reviewerName: () => "Trần Thị B",
    rememberReviewer: jest.fn<void, [string]>(),
    stored: () => stored,
  };
}
