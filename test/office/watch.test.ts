/// <reference types="office-js" />
import { checkActiveSheet, createMarkState, isTableEdit, watchSheet, type Watcher } from "../../src/office";
import { seedWorkbook, SHEET } from "./helpers";
import type { FakeExcel } from "./fake-excel";

/** Timers the test runs by hand. */
function manualTimers(): {
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  pending: () => number[];
  runAll: () => void;
} {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  return {
    setTimer: (callback, ms) => {
      timers.set(next, { callback, ms });
      return next++;
    },
    clearTimer: (handle) => timers.delete(handle as number),
    pending: () => [...timers.values()].map((t) => t.ms),
    runAll: () => {
      const due = [...timers.values()];
      timers.clear();
      for (const t of due) t.callback();
    },
  };
}

async function watched(version = "1.14"): Promise<{
  excel: FakeExcel;
  edits: number[];
  timers: ReturnType<typeof manualTimers>;
  watcher: Watcher;
  state: ReturnType<typeof createMarkState>;
}> {
  const excel = seedWorkbook();
  const state = createMarkState();
  const host = excel.host(version);
  const edits: number[] = [];
  const timers = manualTimers();
  const watch = await watchSheet(host, () => edits.push(1), {
    state,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
  });
  if (!watch.ok) throw new Error(watch.message);
  const out = await checkActiveSheet(host, { state });
  if (!out.ok) throw new Error(out.message);
  return { excel, edits, timers, watcher: watch, state };
}

test.each(["1.14", "1.7"])(
  "the add-in's own writes do not trigger a re-check (ExcelApi %s)",
  async (version) => {
    const { excel, edits, timers, state } = await watched(version);
    // The fake fired onChanged for every block the check wrote; none was taken for an edit.
    expect(timers.pending()).toEqual([]);
    // A late echo of our own columns, without a trigger source, is ignored by address.
    await excel.fireChanged(SHEET, "E7:G40", "Unknown");
    await excel.fireChanged(SHEET, "E42:F49", "Unknown");
    expect(timers.pending()).toEqual([]);
    expect(edits).toEqual([]);
    expect(state.writing).toBe(false);
  },
);

test("edits in the table are debounced into one re-check", async () => {
  const { excel, edits, timers } = await watched();
  await excel.fireChanged(SHEET, "D35");
  await excel.fireChanged(SHEET, "D36");
  await excel.fireChanged(SHEET, "C10:D12");
  expect(timers.pending()).toEqual([700]);
  timers.runAll();
  expect(edits).toEqual([1]);
});

test("edits outside the table are ignored", async () => {
  const { excel, timers } = await watched();
  await excel.fireChanged(SHEET, "K3");
  await excel.fireChanged(SHEET, "A100");
  expect(timers.pending()).toEqual([]);
});

test("after dispose nothing fires, and the handler is removed", async () => {
  const { excel, edits, timers, watcher } = await watched();
  await excel.fireChanged(SHEET, "D35");
  expect(excel.handlerCount(SHEET)).toBe(1);
  await watcher.dispose();
  expect(excel.handlerCount(SHEET)).toBe(0);
  expect(timers.pending()).toEqual([]);
  timers.runAll();
  await excel.fireChanged(SHEET, "D36");
  expect(edits).toEqual([]);
  await watcher.dispose();
});

test("the decision itself", () => {
  const state = {
    writing: false,
    sheet: SHEET,
    tables: [{ top: 4, left: 0, bottom: 39, right: 3 }],
    added: [{ top: 4, left: 4, bottom: 39, right: 4 }],
  };
  expect([
    isTableEdit({ address: "B7" }, state, true),
    isTableEdit({ address: "B7", triggerSource: "ThisLocalAddin" }, state, true),
    isTableEdit({ address: "B7", triggerSource: "ThisLocalAddin" }, state, false),
    isTableEdit({ address: "E7" }, state, true),
    isTableEdit({ address: "A1:Z100" }, state, true),
    isTableEdit({ address: "nonsense!" }, state, true),
    isTableEdit({ address: "B7" }, { ...state, writing: true }, true),
  ]).toEqual([true, false, true, false, true, false, false]);
});
