/**
 * The status words of a result, in the lexicon's order: each status blanks its words, so "chưa hoàn thành"
 * is read as negated and not also as done, and "dự kiến hoàn thành" as in progress.
 */
import type { Match } from "../lexicon";
import type { Status } from "../types";
import { clauseOf, sourceOf, type Phrase } from "./phrase";
import type { Vocabulary } from "./vocabulary";

export interface Statuses {
  readonly statuses: readonly Status[];
  readonly evidence: Readonly<Partial<Record<Status, string>>>;
  /** What a zero statement denies ("quá hạn"), as written. */
  readonly zeroOf?: string;
}

const NO_STATUSES: readonly Status[] = Object.freeze([]);
const NO_EVIDENCE: Partial<Record<Status, string>> = Object.freeze({});
const NONE: Statuses = { statuses: NO_STATUSES, evidence: NO_EVIDENCE };

/** Short status words read best quoted alone; judgements read best with their clause. */
const QUOTED_ALONE: ReadonlySet<Status> = new Set<Status>(["in-progress", "negated", "not-arising"]);

function blankMatch(text: string, match: Match): string {
  return (
    text.slice(0, match.index) + " ".repeat(match.text.length) + text.slice(match.index + match.text.length)
  );
}

/** A target's zero statement ("Không có hồ sơ quá hạn"): a target is read for what it asks, not its statuses. */
export function readZero(phrase: Phrase, v: Vocabulary): Statuses {
  const zero = v.zero.find(phrase.folded);
  if (!zero?.capture) return NONE;
  return {
    statuses: NO_STATUSES,
    evidence: NO_EVIDENCE,
    zeroOf: sourceOf(phrase, zero.capture.index, zero.capture.index + zero.capture.text.length),
  };
}

/** The folded text with the spans [from, to, …] turned to spaces. */
function blankSpans(text: string, spans: readonly number[]): string {
  let out = text;
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const from = spans[i]!;
    const to = spans[i + 1]!;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * A result's status words. `compared` are spans of figures compared with something ("đạt 91,7% NQ"):
 * their verb is the comparison's, not a word of completion.
 */
export function readStatuses(phrase: Phrase, v: Vocabulary, compared?: readonly number[]): Statuses {
  // Most phrases carry no status word: they share one empty list and record instead of allocating.
  let statuses: Status[] = NO_STATUSES as Status[];
  let evidence: Partial<Record<Status, string>> = NO_EVIDENCE;
  const add = (status: Status, match: Match | undefined): void => {
    if (!match || statuses.includes(status)) return;
    if (statuses === NO_STATUSES) {
      statuses = [];
      evidence = {};
    }
    statuses.push(status);
    evidence[status] = QUOTED_ALONE.has(status)
      ? sourceOf(phrase, match.index, match.index + match.text.length)
      : clauseOf(phrase, match);
  };
  let rest = compared === undefined ? phrase.folded : blankSpans(phrase.folded, compared);

  const zero = v.zero.find(rest);
  const zeroOf = zero?.capture
    ? sourceOf(phrase, zero.capture.index, zero.capture.index + zero.capture.text.length)
    : undefined;
  if (zero) rest = blankMatch(rest, zero);

  const noData = v.noData.find(rest, phrase);
  add("no-data", noData);
  if (noData) rest = v.noData.blank(rest, phrase);
  add("not-arising", v.notArising.find(rest, phrase));

  const caveat = v.caveat.find(rest, phrase) ?? v.hedge.find(rest, phrase);
  add("caveat", caveat);
  if (caveat) rest = v.caveat.blank(rest, phrase);
  const negated = v.negated.find(rest, phrase);
  add("negated", negated);
  if (negated) rest = v.negated.blank(rest, phrase);
  const pending = v.inProgress.find(rest, phrase);
  add("in-progress", pending);
  if (pending) rest = v.inProgress.blank(rest, phrase);

  add("done", v.doneAction.find(rest, phrase) ?? v.done.find(rest, phrase));
  if (!statuses.includes("done")) add("reported", v.reported.find(rest, phrase));
  if (statuses === NO_STATUSES && zeroOf === undefined) return NONE;
  return zeroOf === undefined ? { statuses, evidence } : { statuses, evidence, zeroOf };
}
