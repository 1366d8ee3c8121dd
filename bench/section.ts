/**
 * A benchmark section measures one thing ("engine" now; "addin" and "batch" later) and contributes one
 * top-level key to the `--json` output. Add a section by writing a module that exports a `BenchSection`
 * and listing it in `bench/run.ts`.
 */

export interface BenchContext {
  /** Human-readable output; silent under --json so stdout carries only the JSON. */
  readonly log: (line: string) => void;
  /** Task counts to measure, where a section measures by size. */
  readonly sizes: readonly number[];
}

export interface BenchOutcome {
  /** The section's value in the --json output. */
  readonly json: unknown;
  /** Acceptance targets this section missed, in words; empty when all were met. */
  readonly missed: readonly string[];
}

export interface BenchSection {
  /** The top-level key in the --json output. */
  readonly name: string;
  run(context: BenchContext): Promise<BenchOutcome> | BenchOutcome;
}
