/** Timing helpers: warm up, then time each run with process.hrtime.bigint and keep every sample. */

export interface Samples {
  /** Milliseconds per timed run, in run order. */
  readonly ms: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

const collectGarbage: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** The median of a non-empty list (the mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median() needs at least one value.");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Warm-up goes on past the given count until this much time is spent, so small sizes reach optimised code. */
const MIN_WARMUP_MS = 300;
const MAX_WARMUPS = 100;

/**
 * Runs `fn` untimed at least `warmups` times and for at least MIN_WARMUP_MS, then `runs` times timed.
 * `check` sees every result, timed or not, so the work cannot be optimised away and a wrong result fails
 * loudly. The garbage collector runs before each timed run when node was started with --expose-gc, so one
 * run's garbage is not billed to the next.
 */
export function measure<T>(fn: () => T, check: (result: T) => void, warmups: number, runs: number): Samples {
  if (runs < 1) throw new RangeError(`runs must be ≥ 1, got ${runs}.`);
  const warmStart = process.hrtime.bigint();
  for (let i = 0; i < MAX_WARMUPS; i++) {
    const spent = Number(process.hrtime.bigint() - warmStart) / 1e6;
    if (i >= warmups && spent >= MIN_WARMUP_MS) break;
    check(fn());
  }
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage?.();
    const start = process.hrtime.bigint();
    const result = fn();
    const end = process.hrtime.bigint();
    check(result);
    ms.push(Number(end - start) / 1e6);
  }
  return { ms, median: median(ms), min: Math.min(...ms), max: Math.max(...ms) };
}

export function hasGc(): boolean {
  return collectGarbage !== undefined;
}

/** One side of an interleaved measurement: what to run and how to check its result. */
export interface Timed<T> {
  readonly fn: () => T;
  readonly check: (result: T) => void;
}

/** Milliseconds for one call; the collector runs first for timed runs, not for warm-ups (as in `measure`). */
function timeOnce<T>({ fn, check }: Timed<T>, collect: boolean): number {
  if (collect) collectGarbage?.();
  const start = process.hrtime.bigint();
  const result = fn();
  const end = process.hrtime.bigint();
  check(result);
  return Number(end - start) / 1e6;
}

function samplesOf(ms: number[]): Samples {
  return { ms, median: median(ms), min: Math.min(...ms), max: Math.max(...ms) };
}

/**
 * Like `measure`, for two functions run alternately (a, b, a, b, …) so that a machine getting slower or
 * faster during the run moves both alike: the same number of warm-ups each (at least `warmups`, and until
 * each has had MIN_WARMUP_MS), then `runs` timed pairs, garbage collected before every timed run.
 * `a.ms[i]` and `b.ms[i]` are the i-th pair.
 */
export function measurePair<A, B>(
  a: Timed<A>,
  b: Timed<B>,
  warmups: number,
  runs: number,
): { a: Samples; b: Samples } {
  if (runs < 1) throw new RangeError(`runs must be ≥ 1, got ${runs}.`);
  let spentA = 0;
  let spentB = 0;
  for (let i = 0; i < MAX_WARMUPS; i++) {
    if (i >= warmups && spentA >= MIN_WARMUP_MS && spentB >= MIN_WARMUP_MS) break;
    spentA += timeOnce(a, false);
    spentB += timeOnce(b, false);
  }
  const msA: number[] = [];
  const msB: number[] = [];
  for (let i = 0; i < runs; i++) {
    msA.push(timeOnce(a, true));
    msB.push(timeOnce(b, true));
  }
  return { a: samplesOf(msA), b: samplesOf(msB) };
}
