/** Shared set-up for the task pane tests: the seed appendix as the adapter would return it, and a fake api. */
import { analyzeSheet, planAnnotations } from "../../src/core";
import type { CheckResult, CheckSuccess } from "../../src/office";
import type { CheckerApi, ClearResult, SelectResult } from "../../src/taskpane/api";
import { seedGrid } from "../helpers/seed";

export const SHEET = "Phụ lục";

/** What checkActiveSheet returns for the seed appendix: the real engine on the real table. */
export function seedCheck(): Extract<CheckResult, { ok: true }> {
  const result = analyzeSheet({ cells: seedGrid(), sheetName: SHEET });
  const success: CheckSuccess = {
    result,
    plan: result.tables.map((table) => planAnnotations(table, "vi")),
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
}

export function fakeApi(check: CheckResult = seedCheck()): FakeApi {
  const watchers: (() => void)[] = [];
  const stops = jest.fn<void, []>();
  return {
    check: jest.fn<Promise<CheckResult>, []>(async () => check),
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
  };
}
