/**
 * What the reading stage matches with, made once per compiled lexicon: the lexicon's classes combined with
 * numbers in the stage's own grammar ("{change} ~6$": a change word, then up to six words, then the figure).
 */
import {
  alternativesOf,
  type ComparatorRule,
  type CompiledLexicon,
  type Matcher,
  type WordTable,
} from "../lexicon";

export interface Vocabulary {
  readonly lexicon: CompiledLexicon;
  readonly noData: Matcher;
  readonly notArising: Matcher;
  readonly caveat: Matcher;
  readonly hedge: Matcher;
  readonly negated: Matcher;
  readonly inProgress: Matcher;
  readonly doneAction: Matcher;
  readonly done: Matcher;
  readonly reported: Matcher;

  /** "Không có hồ sơ quá hạn": a lead, within ten words something bad, which the match reports. */
  readonly zero: Matcher;
  readonly bareDenial: Matcher;
  /** The longest a bare denial can be ("Không để xảy ra."): a longer text is none. */
  readonly bareDenialLength: number;
  readonly ceiling: Matcher;
  /**
   * Syllables of the bad things as written and folded, derived from the ceiling class: a task's wording
   * holding none of them names no bad thing, and need not be folded to tell.
   */
  readonly ceilingStems: RegExp;
  readonly handled: Matcher;
  readonly reduction: Matcher;
  readonly levelUnder: Matcher;
  readonly duty: Matcher;
  /** Before a noun: "không có …" (on the 40 characters before it). */
  readonly denial: Matcher;
  /** "có kiến nghị": reports from the optional lead word to the end of the two-word noun. */
  readonly existence: Matcher;
  /** Before a figure, a change word within six words ("tăng tối thiểu 10%"). */
  readonly change: Matcher;
  /** Right before a figure, a level word ("xuống còn 1,5%"). */
  readonly level: Matcher;
  /** Words that, right before a figure, say it is by how much a result went beyond something. */
  readonly exceed: WordTable<true>;
  /** "vượt kế hoạch 5%": before the figure. */
  readonly planBefore: Matcher;
  /** "vượt 5% so với chỉ tiêu": after the figure. */
  readonly planAfter: Matcher;

  readonly comparators: WordTable<ComparatorRule>;
  readonly comparatorsAfter: WordTable<ComparatorRule>;
  readonly fillers: WordTable<true>;
  readonly references: WordTable<true>;
  readonly notCounted: ReadonlySet<string>;
  readonly nounStops: ReadonlySet<string>;
  readonly classifiers: ReadonlySet<string>;
  readonly rangeJoiners: ReadonlySet<string>;
  readonly percentWords: readonly string[];
  readonly relativeAfter: readonly string[];
  /** Characters that alone mean an empty cell. */
  readonly placeholders: ReadonlySet<string>;
  /** "^ *(/|mỗi|…) *(quý|tháng|…)": a count's period, read after its noun. */
  readonly perPeriod: RegExp;
  /** First characters a period's marker can start with, to skip the expression. */
  readonly perPeriodStarts: ReadonlySet<number>;
}

const vocabularies = new WeakMap<CompiledLexicon, Vocabulary>();

export function vocabularyOf(lexicon: CompiledLexicon): Vocabulary {
  let vocabulary = vocabularies.get(lexicon);
  if (!vocabulary) {
    vocabulary = build(lexicon);
    vocabularies.set(lexicon, vocabulary);
  }
  return vocabulary;
}

function build(lexicon: CompiledLexicon): Vocabulary {
  const m = (pattern: string, exact = false): Matcher => lexicon.matcher(pattern, { exact });
  const periodWords = [...lexicon.periods.keys()].sort((a, b) => b.length - a.length).join("|");
  const perPeriod = lexicon.alternation("per-period");
  const status = lexicon.status;
  return {
    lexicon,
    noData: status["no-data"],
    notArising: status["not-arising"],
    caveat: status.caveat,
    hedge: status.hedge,
    negated: status.negated,
    inProgress: status["in-progress"],
    doneAction: status["done-action"],
    done: status.done,
    reported: status.reported,

    zero: m("{zero-lead} ~10, @({ceiling})"),
    bareDenial: m("^{bare-denial}(.|)$"),
    bareDenialLength: lexicon.longest("bare-denial") + 1,
    ceiling: m("{ceiling}"),
    ceilingStems: lexicon.stems("ceiling"),
    handled: m("{ceiling} ~3 [[đã] được|phải] {handling}|{handling} [dứt điểm|kịp thời] #"),
    reduction: m("{reduction} ~7 #"),
    levelUnder: m("{level-under} [mức] #"),
    duty: m("^{duty}"),
    denial: m("{denial} ~2$"),
    // The report starts at "đã", "đều" or "phải" before "có" when one stands there.
    existence: m(
      [
        "(^|, |,|; |;|. |.|: |:| và | năm | quý | tháng )@([phải|đã|đều] có [phát sinh|ít nhất] !({not-existence})* *)",
        " @((đã|đều) có [phát sinh|ít nhất] !({not-existence})* *)",
      ].join("|"),
      // Folded, "cơ" (as in "cơ bản", "cơ sở") is "có".
      true,
    ),
    change: m("{change} ~6$"),
    level: m("{level} $"),
    exceed: lexicon.words("exceed"),
    planBefore: m("{exceed} {plan} $"),
    planAfter: m("^ [so với] {plan}"),

    comparators: lexicon.comparators,
    comparatorsAfter: lexicon.comparatorsAfter,
    fillers: lexicon.words("filler"),
    references: lexicon.words("number-reference"),
    notCounted: lexicon.set("not-counted"),
    nounStops: lexicon.set("noun-stop"),
    classifiers: lexicon.set("classifier"),
    rangeJoiners: lexicon.set("range-joiner"),
    percentWords: [...lexicon.set("percent-word")],
    relativeAfter: [...lexicon.set("relative-after")],
    placeholders: new Set(
      lexicon.lexicon.classes.placeholder.flatMap((e) => alternativesOf(e.pattern)).flatMap((s) => [...s]),
    ),
    perPeriod: new RegExp(`^\\s*(?:${perPeriod})\\s*(${periodWords})(?![a-z])`),
    perPeriodStarts: new Set([...lexicon.set("per-period")].map((w) => w.charCodeAt(0))),
  };
}
