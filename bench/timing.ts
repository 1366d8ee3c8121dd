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
