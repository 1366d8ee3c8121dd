/**
 * A benchmark section measures one thing ("engine" now; "addin" and "batch" later) and contributes one
 * top-level key to the `--json` output. Add a section by writing a module that exports a `BenchSection`
 * and listing it in `bench/run.ts`.
 */
import type { SheetInput } from "../src/core";

export interface BenchContext {
  /** Human-readable output; silent under --json so stdout carries only the JSON. */
  readonly log: (line: string) => void;
  /** Task counts to measure, where a section measures by size. */
  readonly sizes: readonly number[];
  /** The engine of an older revision to time against the working tree's (--baseline REF); null without it. */
  readonly baseline: BaselineEngine | null;
}

export interface BaselineEngine {
  /** The revision as given on the command line, e.g. "HEAD~1". */
  readonly ref: string;
  /** Its short commit hash. */
  readonly sha: string;
  /** That revision's analyzeSheet; its result is checked by shape, since old result types may differ. */
  readonly analyzeSheet: (input: SheetInput) => unknown;
}

export interface BenchOutcome {
  /** The section's value in the --json output. */
  readonly json: unknown;
  /** Acceptance targets this section missed, in words; empty when all were met. */
  readonly missed: readonly string[];
  /** Further top-level keys for the --json output, beside the section's own (e.g. "engineCompare"). */
  readonly more?: Readonly<Record<string, unknown>>;
}

export interface BenchSection {
  /** The top-level key in the --json output. */
  readonly name: string;
  run(context: BenchContext): Promise<BenchOutcome> | BenchOutcome;
}
