/**
 * Matchers made from lexicon entries: one expression per list of entries, guarded by the strings one of
 * which every match must contain (derived from the entries, never written beside them).
 */
import {
  compileNode,
  guardOf,
  leadLength,
  parsePattern,
  union,
  type ClassResolver,
  type Node,
} from "./pattern";
import type { Entry } from "./types";

/** A text as written, beside its folded form, to check `exact` entries against. */
export interface Written {
  readonly text: string;
  /** Whether folded positions are positions in `text` (one character per character). */
  readonly aligned: boolean;
}

export interface Match {
  readonly index: number;
  readonly text: string;
  /** The part marked `<…>` in the pattern, where it has one. */
  readonly capture?: { readonly index: number; readonly text: string };
}

/**
 * Above this many strings a guard costs more than the expression it saves: measured with `npm run bench`,
 * `includes` of up to three strings pays, an expression of more strings does not.
 */
const MAX_GUARD = 3;
/**
 * A guard of short words ("có", "đạt") lets almost every text through and only costs: above this
 * weakness (the sum of 1/length² of its words) none is kept.
 */
const MAX_WEAKNESS = 0.6;

function weakness(guard: readonly string[]): number {
  let sum = 0;
  // Punctuation ("?", "/") is rare in cells, whatever its length.
  for (const s of guard) sum += /[a-z]/.test(s) ? 1 / (s.length * s.length) : 0.01;
  return sum;
}

export class Matcher {
  /** The folded strings one of which every match contains; null where the entries have no short list. */
  readonly guard: readonly string[] | null;
  /** The expression over folded text, for tests and the phrase table. */
  readonly source: string;
  private readonly plain: RegExp | null;
  private readonly plainAll: RegExp | null;
  /** Entries that must match as written: found folded, then checked. */
  private readonly loose: RegExp | null;
  private readonly exact: RegExp | null;

  constructor(entries: readonly Entry[], classes: ClassResolver) {
    const parsed = entries.map((entry) => ({ entry, node: parsePattern(entry.pattern) }));
    const ordered = (list: typeof parsed): Node[] =>
      list
        .map((p, index) => ({ node: p.node, index, length: leadLength(p.node, classes) }))
        .sort((a, b) => b.length - a.length || a.index - b.index)
        .map((p) => p.node);
    const edges = { first: true, last: true };
    const folded = (nodes: readonly Node[]): string | null =>
      nodes.length === 0 ? null : nodes.map((n) => compileNode(n, classes, "folded", edges)).join("|");
    const plainNodes = ordered(parsed.filter((p) => p.entry.exact !== true));
    const exactNodes = ordered(parsed.filter((p) => p.entry.exact === true));
    const plain = folded(plainNodes);
    const loose = folded(exactNodes);
    this.plain = plain === null ? null : new RegExp(plain);
    this.plainAll = plain === null ? null : new RegExp(plain, "g");
    this.loose = loose === null ? null : new RegExp(loose, "g");
    this.exact =
      exactNodes.length === 0
        ? null
        : new RegExp(
            `^(?:${exactNodes.map((n) => compileNode(n, classes, "exact", edges)).join("|")})$`,
            "u",
          );
    this.source = [plain, loose].filter((s) => s !== null).join("|");
    const guardFor = (list: typeof parsed): string[] | null => {
      const guard = union(list.map((p) => guardOf(p.node, classes)));
      return guard !== null && guard.length <= MAX_GUARD && weakness(guard) <= MAX_WEAKNESS ? guard : null;
    };
    this.guard = guardFor(parsed);
    // The exact entries have a guard of their own: a few words ("chậm") that most texts lack.
    this.looseGuard = guardFor(parsed.filter((p) => p.entry.exact === true));
  }

  /** The guard of the exact entries alone. */
  private readonly looseGuard: readonly string[] | null;

  /** Whether a guard lets the text through: false means no entry it guards can match. */
  private static passes(guard: readonly string[] | null, folded: string): boolean {
    if (guard === null) return true;
    for (let i = 0; i < guard.length; i++) if (folded.includes(guard[i]!)) return true;
    return false;
  }

  private passes(folded: string): boolean {
    return Matcher.passes(this.guard, folded);
  }

  /** The leftmost match in folded text (`written` checks exact entries); undefined when none. */
  find(folded: string, written?: Written): Match | undefined {
    if (!this.passes(folded)) return undefined;
    let best: RegExpExecArray | null = null;
    if (this.plain) best = this.plain.exec(folded);
    if (this.loose && Matcher.passes(this.looseGuard, folded)) {
      const exact = this.firstExact(folded, written, best === null ? folded.length : best.index);
      if (exact) best = exact;
    }
    return best === null ? undefined : toMatch(best);
  }

  test(folded: string, written?: Written): boolean {
    return this.find(folded, written) !== undefined;
  }

  /** The text with every match turned to spaces, so that later matchers do not read those words again. */
  blank(folded: string, written?: Written): string {
    if (!this.passes(folded)) return folded;
    let out = folded;
    if (this.plainAll) {
      this.plainAll.lastIndex = 0;
      out = out.replace(this.plainAll, spaces);
    }
    if (this.loose && this.exact && Matcher.passes(this.looseGuard, out)) {
      const loose = this.loose;
      loose.lastIndex = 0;
      out = out.replace(loose, (m: string, ...rest: unknown[]) => {
        const index = rest.find((r) => typeof r === "number") as number;
        return this.verified(index, m.length, written) ? spaces(m) : m;
      });
    }
    return out;
  }

  private verified(index: number, length: number, written: Written | undefined): boolean {
    // Without the text as written, or when folding changed lengths, the folded match stands.
    if (!written?.aligned || !this.exact) return true;
    return this.exact.test(written.text.slice(index, index + length).toLowerCase());
  }

  /** The first match of an exact entry before `before`, checked against the text as written. */
  private firstExact(folded: string, written: Written | undefined, before: number): RegExpExecArray | null {
    const loose = this.loose!;
    loose.lastIndex = 0;
    for (let m = loose.exec(folded); m !== null && m.index < before; m = loose.exec(folded)) {
      if (this.verified(m.index, m[0].length, written)) return m;
      loose.lastIndex = m.index + 1;
    }
    return null;
  }
}

function spaces(match: string): string {
  return " ".repeat(match.length);
}

function toMatch(m: RegExpExecArray): Match {
  // One capture per alternative that has one: the first that took part reports.
  let captured: string | undefined;
  for (let i = 1; i < m.length && captured === undefined; i++) captured = m[i];
  if (captured === undefined) return { index: m.index, text: m[0] };
  return {
    index: m.index,
    text: m[0],
    capture: { index: m.index + m[0].lastIndexOf(captured), text: captured },
  };
}

/** A word found ending at a position, with what the lexicon says of it. */
export interface WordHit<T> {
  readonly folded: string;
  readonly value: T;
}

interface WordCandidate<T> {
  readonly folded: string;
  /** As written in lower case, for exact entries; null otherwise. */
  readonly exact: string | null;
  readonly value: T;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Words looked up by where they end, for reading backwards from a number ("tối thiểu" before "80%").
 * Words are grouped by their last folded character and tried longest first, so "không dưới" is found before
 * "dưới" (the ordering trap of suffixes).
 */
export class WordTable<T> {
  private readonly byLast = new Map<string, WordCandidate<T>[]>();

  constructor(
    words: readonly { readonly entry: Entry; readonly value: T }[],
    fold: (text: string) => string,
    classes?: (name: string) => readonly string[],
  ) {
    for (const { entry, value } of words) {
      for (const written of alternativesOf(entry.pattern, classes)) {
        const folded = fold(written);
        const last = folded[folded.length - 1] ?? "";
        const list = this.byLast.get(last) ?? [];
        list.push({ folded, exact: entry.exact === true ? written.toLowerCase() : null, value });
        this.byLast.set(last, list);
      }
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  }

  /** The longest word that ends at `end` as a whole word; exact words are checked against `written`. */
  endingAt(folded: string, end: number, written?: Written): WordHit<T> | undefined {
    const candidates = this.byLast.get(folded[end - 1] ?? "");
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      const from = end - candidate.folded.length;
      if (from < 0 || !folded.startsWith(candidate.folded, from)) continue;
      if (isAsciiLetter(candidate.folded.charCodeAt(0)) && isAsciiLetter(folded.charCodeAt(from - 1)))
        continue;
      if (
        candidate.exact !== null &&
        written?.aligned === true &&
        written.text.slice(from, end).toLowerCase() !== candidate.exact
      ) {
        continue;
      }
      return { folded: candidate.folded, value: candidate.value };
    }
    return undefined;
  }

  /** Whether a word starts at `at` as a whole word (the first found, longest first). */
  startingAt(folded: string, at: number): WordHit<T> | undefined {
    for (const list of this.byLast.values()) {
      for (const candidate of list) {
        if (!folded.startsWith(candidate.folded, at)) continue;
        const after = folded.charCodeAt(at + candidate.folded.length);
        if (isAsciiLetter(after) && isAsciiLetter(candidate.folded.charCodeAt(candidate.folded.length - 1)))
          continue;
        return { folded: candidate.folded, value: candidate.value };
      }
    }
    return undefined;
  }

  /** Every word, folded. */
  words(): string[] {
    return [...this.byLast.values()].flat().map((c) => c.folded);
  }
}

/**
 * The plain phrases a word entry stands for: "(tỷ lệ|tỉ lệ)" is two, "số" one. Word tables take only
 * words and alternatives, never the rest of the grammar.
 */
export function alternativesOf(pattern: string, classes?: (name: string) => readonly string[]): string[] {
  const node = parsePattern(pattern);
  const expand = (n: Node): string[] => {
    switch (n.t) {
      case "word":
        return [n.text];
      case "class":
        if (!classes)
          throw new Error(`Lexicon word "${pattern}" refers to {${n.name}} where no class is known.`);
        return classes(n.name).flatMap((p) => alternativesOf(p, classes));
      case "space":
        return [" "];
      case "alt":
        return n.options.flatMap(expand);
      case "opt":
        return ["", ...expand(n.body)];
      case "seq":
        return n.items.reduce<string[]>(
          (acc, item) => acc.flatMap((a) => expand(item).map((b) => a + b)),
          [""],
        );
      default:
        throw new Error(`Lexicon word "${pattern}" uses ${n.t}; a word list takes words and (a|b) only.`);
    }
  };
  return expand(node)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}
