/**
 * The "engine" section: analyzeSheet on synthetic appendices of 1,000, 10,000 and 100,000 tasks. With
 * --baseline REF, the engine of REF and the working tree's run alternately on the same grids instead, and
 * the section adds the top-level key "engineCompare".
 */
import { analyzeSheet, VERDICTS, type SheetResult, type VerdictCounts } from "../src/core";
import type { BaselineEngine, BenchOutcome, BenchSection } from "./section";
import { makeAppendix, type SynthAppendix } from "./synth";
import { measure, measurePair, median, type Samples } from "./timing";

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

/** One size timed against the baseline: the "engineCompare" entries of --json. */
export interface CompareEntry {
  readonly tasks: number;
  /** Median milliseconds per call, baseline (old) and working tree (new). */
  readonly oldMs: number;
  readonly newMs: number;
  /** newMs / oldMs. */
  readonly ratio: number;
  /** The median of new/old over the run pairs: steadier than `ratio` when the machine drifts. */
  readonly pairRatio: number;
  readonly oldTasksPerSecond: number;
  readonly newTasksPerSecond: number;
  readonly runs: number;
  /** Short commit hash of the baseline. */
  readonly baseline: string;
  /** Whether both engines gave the same met/unmet/no-data/review counts; both counts follow when not. */
  readonly sameCounts: boolean;
  readonly oldCounts?: Counts;
  readonly newCounts?: Counts;
}

/** Acceptance targets. */
export const TARGET_TASKS_PER_SECOND_AT_10K = 100_000;
export const MAX_RATIO_100K_TO_10K = 12;
/** With --baseline: the working tree's engine at most 5% slower than the baseline's at 10,000 tasks. */
export const MAX_PAIR_RATIO_AT_10K = 1.05;

type Counts = Pick<VerdictCounts, "met" | "unmet" | "noData" | "review">;
const COUNT_KEYS = ["met", "unmet", "noData", "review"] as const;

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The baseline's counterpart of checkResult, by shape only, as an old revision's types may differ: one
 * table of `tasks` tasks whose met/unmet/no-data/review counts add up. Returns those counts.
 */
function checkOldResult(result: unknown, tasks: number): Counts {
  const tables = isRecord(result) ? result["tables"] : undefined;
  const table: unknown = Array.isArray(tables) && tables.length === 1 ? tables[0] : undefined;
  if (!isRecord(table) || !Array.isArray(table["tasks"]) || !isRecord(table["summary"])) {
    throw new Error("The baseline engine did not return one table with tasks and a summary.");
  }
  const summary = table["summary"];
  const counts = { met: 0, unmet: 0, noData: 0, review: 0 };
  for (const key of COUNT_KEYS) {
    const n = summary[key];
    if (typeof n !== "number") throw new Error(`The baseline engine's summary has no number "${key}".`);
    counts[key] = n;
  }
  const sum = counts.met + counts.unmet + counts.noData + counts.review;
  if (table["tasks"].length !== tasks || sum !== tasks) {
    throw new Error(
      `Expected ${tasks} tasks, the baseline engine found ${table["tasks"].length} (counts add up to ${sum}).`,
    );
  }
  return counts;
}

function countsOf(summary: VerdictCounts): Counts {
  return { met: summary.met, unmet: summary.unmet, noData: summary.noData, review: summary.review };
}

/** "met 5,012 → 5,020, review 97 → 89"; empty when the counts agree. */
function countDifference(old: Counts, now: Counts): string {
  return COUNT_KEYS.filter((key) => old[key] !== now[key])
    .map((key) => `${key} ${grouped(old[key])} → ${grouped(now[key])}`)
    .join(", ");
}

function round(n: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(n * scale) / scale;
}

function entryFor(appendix: SynthAppendix, samples: Samples, runs: number): EngineEntry {
  const tasks = appendix.tasks;
  return {
    tasks,
    ms: round(samples.median, 2),
    tasksPerSecond: Math.round((tasks / samples.median) * 1000),
    minMs: round(samples.min, 2),
    maxMs: round(samples.max, 2),
    runs,
    rows: appendix.sheet.cells.length,
  };
}

function mixLine(appendix: SynthAppendix, summary: VerdictCounts | undefined): string {
  return (
    `${grouped(appendix.tasks)}: ${appendix.sections} sections, ${appendix.continuations} continuation rows, ${appendix.gaps} skipped numbers; ` +
    (summary
      ? `met ${summary.met}, unmet ${summary.unmet}, no-data ${summary.noData}, review ${summary.review}`
      : "no summary")
  );
}

function pad(text: string, width: number): string {
  return text.padStart(width);
}

function grouped(n: number, decimals = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Targets on the working tree's engine; with a baseline, the pair ratio replaces absolute throughput. */
function checkTargets(
  log: (line: string) => void,
  entries: readonly EngineEntry[],
  compare: readonly CompareEntry[] | null,
): string[] {
  const missed: string[] = [];
  const at10k = entries.find((e) => e.tasks === 10_000);
  const at100k = entries.find((e) => e.tasks === 100_000);
  if (at10k && compare === null) {
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
  const pair10k = compare?.find((c) => c.tasks === 10_000);
  if (pair10k) {
    const ok = pair10k.pairRatio <= MAX_PAIR_RATIO_AT_10K;
    log(
      `10k new/old (median of pairs) = ${pair10k.pairRatio.toFixed(3)} (target ≤ ${MAX_PAIR_RATIO_AT_10K}): ${ok ? "ok" : "MISSED"}`,
    );
    if (!ok) {
      missed.push(
        `10k tasks: new/old = ${pair10k.pairRatio.toFixed(3)} against ${pair10k.baseline}, above ${MAX_PAIR_RATIO_AT_10K}`,
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
  return missed;
}

function runAlone(log: (line: string) => void, sizes: readonly number[]): BenchOutcome {
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
    const entry = entryFor(appendix, samples, runs);
    entries.push(entry);
    log(
      `${pad(grouped(tasks), 9)} ${pad(grouped(entry.rows), 9)} ${pad(String(runs), 5)} ${pad(grouped(entry.ms, 2), 11)} ${pad(grouped(entry.minMs, 2), 10)} ${pad(grouped(entry.maxMs, 2), 10)} ${pad(grouped(entry.tasksPerSecond), 12)}`,
    );
    mixes.push(mixLine(appendix, summary));
  }
  log("grids and verdicts:");
  for (const mix of mixes) log(`  ${mix}`);
  return { json: entries, missed: checkTargets(log, entries, null) };
}

/** Baseline and working tree run alternately on the same grid, with the same warm-ups and timed runs. */
function runCompare(
  log: (line: string) => void,
  sizes: readonly number[],
  baseline: BaselineEngine,
): BenchOutcome {
  log(
    `engine: analyzeSheet of ${baseline.ref === baseline.sha ? baseline.ref : `${baseline.ref} = ${baseline.sha}`} (old) and of the working tree (new), run alternately on the same grids`,
  );
  log(
    `${pad("tasks", 9)} ${pad("runs", 5)} ${pad("old ms", 10)} ${pad("new ms", 10)} ${pad("new/old", 8)} ${pad("pairs", 6)} ${pad("old tasks/s", 12)} ${pad("new tasks/s", 12)}`,
  );
  const entries: EngineEntry[] = [];
  const compare: CompareEntry[] = [];
  const mixes: string[] = [];
  const warnings: string[] = [];
  for (const tasks of sizes) {
    const appendix = makeAppendix(tasks);
    // Twice the runs of a plain run, and one more: a ratio of two noisy medians needs them.
    const plain = runsFor(tasks);
    const warmups = plain.warmups;
    const runs = tasks <= 10_000 ? plain.runs * 2 + 1 : plain.runs;
    let oldCounts: Counts | undefined;
    let summary: VerdictCounts | undefined;
    const { a: old, b: now } = measurePair(
      {
        fn: () => baseline.analyzeSheet(appendix.sheet),
        check: (result) => {
          oldCounts = checkOldResult(result, appendix.tasks);
        },
      },
      {
        fn: () => analyzeSheet(appendix.sheet),
        check: (result) => {
          checkResult(result, appendix.tasks);
          summary = result.tables[0]?.summary;
        },
      },
      warmups,
      runs,
    );
    entries.push(entryFor(appendix, now, runs));
    const pairRatio = median(now.ms.map((ms, i) => ms / (old.ms[i] as number)));
    const newCounts = summary ? countsOf(summary) : undefined;
    const difference = oldCounts && newCounts ? countDifference(oldCounts, newCounts) : "no counts";
    const entry: CompareEntry = {
      tasks,
      oldMs: round(old.median, 2),
      newMs: round(now.median, 2),
      ratio: round(now.median / old.median, 3),
      pairRatio: round(pairRatio, 3),
      oldTasksPerSecond: Math.round((tasks / old.median) * 1000),
      newTasksPerSecond: Math.round((tasks / now.median) * 1000),
      runs,
      baseline: baseline.sha,
      sameCounts: difference === "",
      ...(difference !== "" && oldCounts && newCounts ? { oldCounts, newCounts } : {}),
    };
    compare.push(entry);
    log(
      `${pad(grouped(tasks), 9)} ${pad(String(runs), 5)} ${pad(grouped(entry.oldMs, 2), 10)} ${pad(grouped(entry.newMs, 2), 10)} ${pad(entry.ratio.toFixed(3), 8)} ${pad(entry.pairRatio.toFixed(3), 6)} ${pad(grouped(entry.oldTasksPerSecond), 12)} ${pad(grouped(entry.newTasksPerSecond), 12)}`,
    );
    mixes.push(mixLine(appendix, summary));
    if (difference !== "")
      warnings.push(`warning: ${grouped(tasks)} tasks: verdict counts differ, old → new: ${difference}`);
  }
  log("new/old is the ratio of the medians; pairs is the median of new/old over each old–new pair of runs");
  log("grids and verdicts (new engine):");
  for (const mix of mixes) log(`  ${mix}`);
  for (const warning of warnings) log(warning);
  const at10k = entries.find((e) => e.tasks === 10_000);
  if (at10k) {
    log(
      `10k throughput (new): ${grouped(at10k.tasksPerSecond)} tasks/s; not a target with --baseline, the new/old ratio is`,
    );
  }
  return { json: entries, missed: checkTargets(log, entries, compare), more: { engineCompare: compare } };
}

export const engineSection: BenchSection = {
  name: "engine",
  run({ log, sizes, baseline }) {
    return baseline ? runCompare(log, sizes, baseline) : runAlone(log, sizes);
  },
};

/** The compiled index.js of a baseline build, checked to export analyzeSheet. */
export function loadBaseline(ref: string, sha: string, indexPath: string): BaselineEngine {
  // A runtime path, so require rather than import; what it exports is checked just below.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(indexPath);
  const fn = isRecord(loaded) ? loaded["analyzeSheet"] : undefined;
  if (typeof fn !== "function") throw new Error(`${indexPath} (${ref}) exports no function analyzeSheet.`);
  return { ref, sha, analyzeSheet: fn as BaselineEngine["analyzeSheet"] };
}
