/**
 * What the reading stage matches with, made once per compiled lexicon: the lexicon's classes combined with
 * numbers in the stage's own grammar ("{change} ~6$": a change word, then up to six words, then the figure).
 */
import {
  alternativesOf,
  type ComparatorRule,
  type CompiledLexicon,
  type Entry,
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
  /** "Có phát sinh" with no noun after it: something must arise, nothing named. */
  readonly arisingAlone: Matcher;
  /** Before a figure, a change word within six words ("tăng tối thiểu 10%"). */
  readonly change: Matcher;
  /** A change word anywhere: a phrase without one has no change to read before its figures. */
  readonly changeWord: Matcher;
  /** In a change word's match, a cut: the change falls ("giảm 1,5%"). */
  readonly fall: Matcher;
  /**
   * A task's wording that asks for a cut: it starts with one ("Giảm tỷ lệ hộ nghèo") or ends on one
   * ("Tỷ lệ hộ nghèo giảm", "… giảm bình quân"); matched on the wording with a space after it.
   */
  readonly cutTask: Matcher;
  /** A task's wording that names a cut and then a level to stay under ("Giảm tỷ lệ hộ nghèo xuống còn"). */
  readonly cutToLevel: Matcher;
  /** Syllables of the cut words as written: a task's wording holding none of them asks for no cut. */
  readonly cutStems: RegExp;
  /** Right before a figure, the level a change starts from ("từ 4,12% xuống còn 2,3%"). */
  readonly changeStart: WordTable<true>;
  /** Right after a starting level, the level reached ("… xuống còn 2,3%"). */
  readonly levelAfter: Matcher;
  /** Right before a figure, a level word ("xuống còn 1,5%"). */
  readonly level: Matcher;
  /** Words that, right before a figure, say it is by how much a result went beyond something. */
  readonly exceed: WordTable<true>;
  /** "vượt kế hoạch 5%": before the figure. */
  readonly planBefore: Matcher;
  /** "vượt 5% so với chỉ tiêu": after the figure. */
  readonly planAfter: Matcher;
  /** First characters the words after a figure can start with when they name the plan ("so với", "kế hoạch"). */
  readonly planAfterStarts: ReadonlySet<number>;

  readonly comparators: WordTable<ComparatorRule>;
  readonly comparatorsAfter: WordTable<ComparatorRule>;
  readonly fillers: WordTable<true>;
  readonly references: WordTable<true>;
  readonly notCounted: ReadonlySet<string>;
  readonly nounStops: ReadonlySet<string>;
  readonly classifiers: ReadonlySet<string>;
  /** On a folded counted noun: it counts times of anything ("lần"). */
  readonly times: Matcher;
  /** On a folded counted noun: it counts occurrences of one kind ("cuộc kiểm tra", "lượt tuyên truyền"). */
  readonly occurrence: Matcher;
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

/** Where a statement that something exists can start: a cell, a clause, or after a period named. */
const EXISTENCE_LEAD = "(^|, |,|; |;|. |.|: |:| và | năm | quý | tháng )";

/**
 * The longest syllable of each phrase of a class as written, in lower case, capitals and capitalised: for
 * phrases matched with their diacritics, which folded syllables ("ha" for "hạ") would let everything by.
 */
function writtenStems(entries: readonly Entry[]): RegExp {
  const stems = new Set<string>();
  for (const phrase of entries.flatMap((e) => alternativesOf(e.pattern))) {
    const longest = phrase
      .toLowerCase()
      .split(" ")
      .reduce((a, b) => (b.length > a.length ? b : a), "");
    stems.add(longest);
    stems.add(longest.toUpperCase());
    stems.add(longest.charAt(0).toUpperCase() + longest.slice(1));
  }
  return new RegExp([...stems].map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
}

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
    // The bad things, a list of them too ("phản ánh, kiến nghị về TTHC"), handled: "được xử lý", "xử lý
    // đúng hạn"; or a handling word and its figure ("giải quyết 100%"). "Quá hạn trong giải quyết" is none.
    handled: m(
      [
        "{ceiling}(, | )~6, ([đã|đều] được|phải|đã) {handling}",
        "{ceiling}(, | )~6, {handling} {handling-manner}",
        "{handling} [{handling-manner}] #",
      ].join("|"),
    ),
    reduction: m("{reduction} ~7 #"),
    levelUnder: m("{level-under} [mức] #"),
    duty: m("^{duty}"),
    denial: m("{denial} ~2$"),
    // The report starts at "đã", "đều" or "phải" before "có" when one stands there.
    existence: m(
      [
        `${EXISTENCE_LEAD}@([phải|đã|đều] có [{arising}|ít nhất] !({not-existence}|{arising})* *)`,
        " @((đã|đều) có [{arising}|ít nhất] !({not-existence}|{arising})* *)",
      ].join("|"),
      // Folded, "cơ" (as in "cơ bản", "cơ sở") is "có".
      true,
    ),
    // No word after the verb: the end of the cell, or a mark ("Có phát sinh.", "Có phát sinh (nếu có)").
    arisingAlone: m(`${EXISTENCE_LEAD}@([phải|đã|đều] có {arising})!( *)`, true),
    change: m("{change} ~6$"),
    changeWord: m("{change}"),
    fall: m("{reduction}"),
    // With diacritics: folded, "hạ" (lower) is "ha" (hectares, "tạ/ha").
    cutTask: m("^{reduction}|{reduction} ~2$", true),
    cutToLevel: m("{reduction} ~7 {level-under} [mức] $"),
    cutStems: writtenStems(lexicon.lexicon.classes.reduction),
    changeStart: lexicon.words("change-start"),
    levelAfter: m("^ {level-under}"),
    level: m("{level} $"),
    exceed: lexicon.words("exceed"),
    planBefore: m("{exceed} {plan} $"),
    planAfter: m("^ [so với] {plan}"),
    planAfterStarts: new Set(
      [...lexicon.set("plan"), ...lexicon.set("relative-after")].map((w) => w.charCodeAt(0)),
    ),

    comparators: lexicon.comparators,
    comparatorsAfter: lexicon.comparatorsAfter,
    fillers: lexicon.words("filler"),
    references: lexicon.words("number-reference"),
    notCounted: lexicon.set("not-counted"),
    nounStops: lexicon.set("noun-stop"),
    classifiers: lexicon.set("classifier"),
    times: m("^{times}"),
    occurrence: m("^{occurrence}"),
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
