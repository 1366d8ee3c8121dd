/**
 * The words the engine's outputs need, as an interface: a language's catalogue (`src/i18n`) implements it,
 * and the planners take it, so the engine holds no text of its own.
 */
import type { Issue } from "./issues";
import type { NumberStyle, Verdict } from "./types";

export interface SummaryLabels {
  readonly title: string;
  readonly tasks: string;
  readonly met: string;
  readonly unmet: string;
  readonly noData: string;
  readonly review: string;
  readonly percent: string;
  readonly mean: string;
}

export interface Wording {
  /** How numbers are written for people in this language. */
  readonly numbers: NumberStyle;
  readonly verdicts: Readonly<Record<Verdict, string>>;
  /** The text of a finding or reason. */
  describe(issue: Issue): string;
  /** The columns and summary block added beside a checked table. */
  readonly annotations: {
    readonly headers: readonly [verdict: string, completion: string, reason: string];
    /** "20/26 đạt (76,92%)": the word after the count of met tasks. */
    readonly met: string;
    readonly summary: SummaryLabels;
    /** A verdict sheet of its own, for a table that reaches the sheet's last column. */
    readonly ownSheet: {
      /** "Đánh giá - Phụ lục": made a valid, free worksheet name after. */
      name(sheet: string): string;
      /** The columns that tie each row to the original, before the three annotation headers. */
      readonly headers: readonly [row: string, ordinal: string, content: string];
    };
  };
  /** The report-ready copy and its summary sentence. */
  readonly report: {
    readonly verdict: string;
    readonly completion: string;
    /** Headings for the table's own columns where the sheet has none (a table found without its header). */
    readonly parts: Readonly<Record<"ordinal" | "content" | "target" | "result", string>>;
    /** "đã thực hiện hoàn thành 20/26 nhiệm vụ, đạt 76,92%". */
    done(met: number, tasks: number, percent: string): string;
    /** When the table lists no task. */
    readonly none: string;
    /** "05 nhiệm vụ chưa đạt (số 2, 6, 18, 23, 26)". */
    group(count: number, what: Exclude<Verdict, "met">, ordinals: string): string;
  };
}
