/**
 * The one compiler from a lexicon's entries to what the stages match with: expressions with their guards,
 * word tables read backwards from numbers, and sets of words. A lexicon is compiled once and kept.
 */
import { foldText } from "../text";
import type { Comparator } from "../types";
import { alternativesOf, Matcher, WordTable } from "./matcher";
import { compileNode, leadLength, parsePattern, type ClassResolver, type Node } from "./pattern";
import type { ClassName, Entry, HeaderEntry, LabelRole, Lexicon, StatusWord } from "./types";

export interface ComparatorRule {
  readonly comparator: Comparator;
  readonly negated: boolean;
}

const STATUS_WORDS: readonly StatusWord[] = [
  "no-data",
  "not-arising",
  "caveat",
  "hedge",
  "negated",
  "in-progress",
  "done-action",
  "done",
  "reported",
];

/** A header entry found in a label: where it stands and the role it gives. */
export interface LabelMatch {
  readonly role: LabelRole;
  /** Index in the cleaned label where the entry's words start. */
  readonly index: number;
  /** The folded words matched. */
  readonly words: string;
}

/** Finds the header entries in a label, left to right, the longest phrase first at each place. */
export class LabelMatcher {
  private readonly regex: RegExp;
  private readonly roles: readonly LabelRole[];

  constructor(entries: readonly HeaderEntry[], classes: ClassResolver) {
    const ordered = entries
      .map((entry, index) => ({ entry, index, node: parsePattern(entry.pattern) }))
      .map((e) => ({ ...e, length: leadLength(e.node, classes) }))
      .sort((a, b) => b.length - a.length || a.index - b.index);
    this.roles = ordered.map((e) => e.entry.role);
    const parts = ordered.map((e) => {
      const body = compileNode(e.node, classes, "folded", { first: true, last: true });
      // A whole label ("KH", "TT") is the segment and nothing more; it means nothing inside other words.
      return e.entry.whole ? `(^${body}$)` : `(${body})`;
    });
    this.regex = new RegExp(parts.join("|"), "g");
  }

  /** Every entry in a label already cleaned (folded, without numbering). */
  matchesIn(label: string): LabelMatch[] {
    const found: LabelMatch[] = [];
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(label); m !== null; m = this.regex.exec(label)) {
      if (m[0] === "") {
        this.regex.lastIndex++;
        continue;
      }
      for (let i = 1; i < m.length; i++) {
        const role = m[i] !== undefined ? this.roles[i - 1] : undefined;
        if (role === undefined) continue;
        found.push({ role, index: m.index, words: m[0] });
        break;
      }
    }
    return found;
  }

  /** The role the label's first words give, or undefined. */
  roleOf(label: string): LabelRole | undefined {
    const first = this.matchesIn(label)[0];
    return first?.index === 0 ? first.role : undefined;
  }
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Status words by what they tell, each one matcher. */
  readonly status: Readonly<Record<StatusWord, Matcher>>;
  readonly comparators: WordTable<ComparatorRule>;
  readonly comparatorsAfter: WordTable<ComparatorRule>;
  readonly headers: LabelMatcher;
  /** Periods by their folded words ("quy" → 4 a year). */
  readonly periods: ReadonlyMap<
    string,
    { readonly key: string; readonly perYear: number; readonly written: string }
  >;
  /** A word table of a class, for reading backwards from a number. */
  words(name: ClassName): WordTable<true>;
  /** The folded phrases of a class, as a set. */
  set(name: ClassName): ReadonlySet<string>;
  /** A matcher for a pattern of the grammar over this lexicon's classes ("{zero-lead} ~10 @({ceiling})"). */
  matcher(pattern: string, options?: { readonly exact?: boolean }): Matcher;
  /** A class as an expression source, longest first, for the stages' own number grammar. */
  alternation(name: ClassName): string;
  /**
   * The longest syllable of each phrase of a class, as written and folded, in lower case, in capitals and
   * capitalised, as one expression over text as written: a text holding none of them holds no phrase of
   * the class, and need not be folded to tell.
   */
  stems(name: ClassName): RegExp;
  /** The length of the longest phrase of a class: a longer text cannot be one of them. */
  longest(name: ClassName): number;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const parsed = new Map<string, Node[]>();
  const resolve: ClassResolver = (name) => {
    let nodes = parsed.get(name);
    if (!nodes) {
      const entries = (lexicon.classes as unknown as Record<string, readonly Entry[] | undefined>)[name];
      if (entries === undefined) throw new Error(`Lexicon pattern refers to an unknown class {${name}}.`);
      nodes = entries.map((e) => parsePattern(e.pattern));
      parsed.set(name, nodes);
    }
    return nodes;
  };
  const classEntries = (name: ClassName): readonly Entry[] => lexicon.classes[name];
  const classPatterns = (name: string): readonly string[] => {
    const entries = (lexicon.classes as unknown as Record<string, readonly Entry[] | undefined>)[name];
    if (entries === undefined) throw new Error(`Lexicon word refers to an unknown class {${name}}.`);
    return entries.map((e) => e.pattern);
  };

  const status = {} as Record<StatusWord, Matcher>;
  for (const word of STATUS_WORDS) {
    status[word] = new Matcher(
      lexicon.statuses.filter((s) => s.word === word),
      resolve,
    );
  }
  const rules = (entries: Lexicon["comparators"]): WordTable<ComparatorRule> =>
    new WordTable(
      entries.map((entry) => ({
        entry,
        value: { comparator: entry.comparator, negated: entry.negated === true },
      })),
      foldText,
      classPatterns,
    );

  const matchers = new Map<string, Matcher>();
  const tables = new Map<ClassName, WordTable<true>>();
  const sets = new Map<ClassName, ReadonlySet<string>>();
  const alternations = new Map<ClassName, string>();
  const stemSets = new Map<ClassName, RegExp>();

  const periods = new Map<string, { key: string; perYear: number; written: string }>();
  for (const period of lexicon.periods) {
    for (const written of alternativesOf(period.pattern)) {
      periods.set(foldText(written), { key: period.key, perYear: period.perYear, written });
    }
  }

  return {
    lexicon,
    status,
    comparators: rules(lexicon.comparators),
    comparatorsAfter: rules(lexicon.comparatorsAfter),
    headers: new LabelMatcher(lexicon.headers, resolve),
    periods,
    words(name) {
      let table = tables.get(name);
      if (!table) {
        table = new WordTable(
          classEntries(name).map((entry) => ({ entry, value: true as const })),
          foldText,
          classPatterns,
        );
        tables.set(name, table);
      }
      return table;
    },
    set(name) {
      let set = sets.get(name);
      if (!set) {
        set = new Set(
          classEntries(name).flatMap((e) => alternativesOf(e.pattern, classPatterns).map(foldText)),
        );
        sets.set(name, set);
      }
      return set;
    },
    matcher(pattern, options = {}) {
      const exact = options.exact === true;
      const key = `${exact ? "=" : "~"}${pattern}`;
      let matcher = matchers.get(key);
      if (!matcher) {
        matcher = new Matcher([{ pattern, examples: [pattern], exact }], resolve);
        matchers.set(key, matcher);
      }
      return matcher;
    },
    stems(name) {
      let regex = stemSets.get(name);
      if (!regex) {
        const stems = new Set<string>();
        for (const phrase of classEntries(name).flatMap((e) => alternativesOf(e.pattern, classPatterns))) {
          const longest = phrase
            .toLowerCase()
            .split(" ")
            .reduce((a, b) => (b.length > a.length ? b : a), "");
          for (const stem of [longest, foldText(longest)]) {
            stems.add(stem);
            stems.add(stem.toUpperCase());
            stems.add(stem.charAt(0).toUpperCase() + stem.slice(1));
          }
        }
        regex = new RegExp([...stems].map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
        stemSets.set(name, regex);
      }
      return regex;
    },
    longest(name) {
      return Math.max(
        0,
        ...classEntries(name)
          .flatMap((e) => alternativesOf(e.pattern, classPatterns))
          .map((p) => p.length),
      );
    },
    alternation(name) {
      let source = alternations.get(name);
      if (source === undefined) {
        source = compileNode({ t: "class", name }, resolve, "folded", { first: true, last: true });
        alternations.set(name, source);
      }
      return source;
    },
  };
}
