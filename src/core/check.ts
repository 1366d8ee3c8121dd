/**
 * The engine's facade: a sheet checked, then the reviewer's decisions on it laid over the result. The
 * add-in and par-check both start here, so "check, then apply the stored review" is written once.
 */
import { analyzeSheet, type AnalyzeOptions } from "./analyze";
import { applyReview, type Override, type Review } from "./review";
import type { SheetInput, SheetResult } from "./types";

export interface CheckOptions extends AnalyzeOptions {
  /** Stored decisions; those on other sheets are left for their sheet. */
  readonly overrides?: readonly Override[];
}

export interface SheetCheck {
  /** The engine's own result, before any decision: what a new decision is taken against. */
  readonly computed: SheetResult;
  /** The same with this sheet's decisions in place and every count recomputed. */
  readonly result: SheetResult;
  /** The decisions as applied: matched, orphaned, superseded, and their findings. */
  readonly review: Review;
}

export function checkSheet(input: SheetInput, options: CheckOptions = {}): SheetCheck {
  const computed = analyzeSheet(input, options);
  const overrides = (options.overrides ?? []).filter((o) => o.sheet === computed.sheet);
  const review = applyReview(computed.tables, overrides);
  const result = review.tables === computed.tables ? computed : { ...computed, tables: review.tables };
  return { computed, result, review };
}
