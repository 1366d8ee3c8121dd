/** The "engine" section: analyzeSheet on synthetic appendices of 1,000, 10,000 and 100,000 tasks. */
import { analyzeSheet, VERDICTS, type SheetResult, type VerdictCounts } from "../src/core";
import type { BenchSection } from "./section";
import { makeAppendix } from "./synth";
import { measure } from "./timing";

export interface EngineEntry {
  readonly tasks: number;
  /** Median milliseconds per analyzeSheet call. */
  readonly ms: number;
  readonly tasksPerSecond: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
  readonly rows: number;
}

/** Acceptance targets. */
export const TARGET_TASKS_PER_SECOND_AT_10K = 100_000;
export const MAX_RATIO_100K_TO_10K = 12;

/** Warm-up and timed runs per size: more for small sizes, where one run is noisy. */
function runsFor(tasks: number): { warmups: number; runs: number } {
  if (tasks <= 1_000) return { warmups: 3, runs: 7 };
  // A 10k run lasts ~0.1 s, short enough for one collector pause to move it by a third: take many.
  if (tasks <= 10_000) return { warmups: 3, runs: 15 };
  return { warmups: 1, runs: 3 };
}

/** Fails loudly unless the engine found the whole table; also reads every task so no work is skipped. */
function checkResult(result: SheetResult, tasks: number): void {
  const table = result.tables[0];
  if (result.tables.length !== 1 || !table) {
    throw new Error(`Expected 1 table, the engine found ${result.tables.length}.`);
  }
  if (table.tasks.length !== tasks || table.summary.tasks !== tasks) {
    throw new Error(
      `Expected ${tasks} tasks, the engine found ${table.tasks.length} (summary says ${table.summary.tasks}).`,
    );
  }
  let verdicts = 0;
  for (const task of table.tasks) {
    if (VERDICTS.includes(task.verdict)) verdicts++;
    if (task.completion !== null && !(task.completion >= 0 && task.completion <= 100)) {
      throw new Error(`Task ${task.ordinal} has completion ${task.completion}, outside 0–100.`);
    }
  }
  const { met, unmet, noData, review } = table.summary;
  if (verdicts !== tasks || met + unmet + noData + review !== tasks) {
    throw new Error(`Verdict counts do not add up to ${tasks}: ${JSON.stringify(table.summary)}.`);
  }
}

function pad(text: string, width: number): string {
  return text.padStart(width);
}

function grouped(n: number, decimals = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export const engineSection: BenchSection = {
  name: "engine",
  run({ log, sizes }) {
    log("engine: analyzeSheet on synthetic appendices (seeded; grid built outside the timing)");
    log(
      `${pad("tasks", 9)} ${pad("rows", 9)} ${pad("runs", 5)} ${pad("median ms", 11)} ${pad("min ms", 10)} ${pad("max ms", 10)} ${pad("tasks/s", 12)}`,
    );
    const entries: EngineEntry[] = [];
    const mixes: string[] = [];
    for (const tasks of sizes) {
      const appendix = makeAppendix(tasks);
      const { warmups, runs } = runsFor(tasks);
      let summary: VerdictCounts | undefined;
      const samples = measure(
        () => analyzeSheet(appendix.sheet),
        (result) => {
          checkResult(result, appendix.tasks);
          summary = result.tables[0]?.summary;
        },
        warmups,
        runs,
      );
      const entry: EngineEntry = {
        tasks,
        ms: Math.round(samples.median * 100) / 100,
        tasksPerSecond: Math.round((tasks / samples.median) * 1000),
        minMs: Math.round(samples.min * 100) / 100,
        maxMs: Math.round(samples.max * 100) / 100,
        runs,
        rows: appendix.sheet.cells.length,
      };
      entries.push(entry);
      log(
        `${pad(grouped(tasks), 9)} ${pad(grouped(entry.rows), 9)} ${pad(String(runs), 5)} ${pad(grouped(entry.ms, 2), 11)} ${pad(grouped(entry.minMs, 2), 10)} ${pad(grouped(entry.maxMs, 2), 10)} ${pad(grouped(entry.tasksPerSecond), 12)}`,
      );
      mixes.push(
        `${grouped(tasks)}: ${appendix.sections} sections, ${appendix.continuations} continuation rows, ${appendix.gaps} skipped numbers; ` +
          (summary
            ? `met ${summary.met}, unmet ${summary.unmet}, no-data ${summary.noData}, review ${summary.review}`
            : "no summary"),
      );
    }
    log("grids and verdicts:");
    for (const mix of mixes) log(`  ${mix}`);

    const missed: string[] = [];
    const at10k = entries.find((e) => e.tasks === 10_000);
    const at100k = entries.find((e) => e.tasks === 100_000);
    if (at10k) {
      const ok = at10k.tasksPerSecond >= TARGET_TASKS_PER_SECOND_AT_10K;
      log(
        `10k throughput: ${grouped(at10k.tasksPerSecond)} tasks/s (target ≥ ${grouped(TARGET_TASKS_PER_SECOND_AT_10K)}): ${ok ? "ok" : "MISSED"}`,
      );
      if (!ok) {
        missed.push(
          `10k tasks at ${grouped(at10k.tasksPerSecond)} tasks/s, below ${grouped(TARGET_TASKS_PER_SECOND_AT_10K)}`,
        );
      }
    }
    if (at10k && at100k) {
      const ratio = at100k.ms / at10k.ms;
      const ok = ratio <= MAX_RATIO_100K_TO_10K;
      log(
        `time(100k)/time(10k) = ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO_100K_TO_10K}): ${ok ? "ok" : "MISSED"}`,
      );
      if (!ok) missed.push(`time(100k)/time(10k) = ${ratio.toFixed(2)}, above ${MAX_RATIO_100K_TO_10K}`);
    }
    return { json: entries, missed };
  },
};
