/**
 * The lexicon's pattern grammar, and its compiler to regular expressions over folded text.
 *
 *   words       literal words, written with diacritics; one space stands for one space
 *   (a|b)       either phrase; alternatives are tried longest first (so "chưa được" before "chưa")
 *   [a]         an optional phrase, with the space beside it
 *   {name}      any phrase of the word class `name`
 *   #           a number
 *   *           one word
 *   ~N          up to N words of letters (a clause does not turn: "không", "nhưng", "tuy" stop it)
 *   ~N,         the same, with numbers and commas between them ("khiếu nại, tố cáo")
 *   …N          up to N characters within the clause (no "." or ";"); "…" alone is …120
 *   ^  $        the start and end of the text
 *   !(a)        not followed by a
 *   @(a)        the part a match reports (the thing a zero statement denies)
 *   \x          the character x itself
 *
 * Every pattern matches whole words: "tre" does not match inside "trên". Folded, a pattern matches the
 * text in lower case without diacritics; an `exact` entry is then checked against the text as written.
 */
import { foldText, normalizeText } from "../text";

export type Node =
  | { readonly t: "word"; readonly text: string }
  | { readonly t: "space" }
  | { readonly t: "seq"; readonly items: readonly Node[] }
  | { readonly t: "alt"; readonly options: readonly Node[] }
  | { readonly t: "opt"; readonly body: Node }
  | { readonly t: "class"; readonly name: string }
  | { readonly t: "number" }
  | { readonly t: "word-any" }
  | { readonly t: "words"; readonly count: number; readonly commas: boolean }
  | { readonly t: "gap"; readonly chars: number }
  | { readonly t: "start" }
  | { readonly t: "end" }
  | { readonly t: "not"; readonly body: Node }
  | { readonly t: "capture"; readonly body: Node };

/** Thrown for a pattern the grammar cannot read: a programming error in the lexicon. */
export class PatternError extends Error {
  constructor(pattern: string, at: number, problem: string) {
    super(`Lexicon pattern "${pattern}" at ${at}: ${problem}.`);
    this.name = "PatternError";
  }
}

const SPECIAL = new Set([
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "|",
  "#",
  "*",
  "~",
  "…",
  "^",
  "$",
  "!",
  "@",
  "\\",
  " ",
]);

/** Reads a pattern into its tree. */
export function parsePattern(pattern: string): Node {
  const source = normalizeText(pattern);
  let at = 0;
  const fail = (problem: string): never => {
    throw new PatternError(pattern, at, problem);
  };

  function alternatives(close: string | undefined): Node {
    const options: Node[] = [sequence()];
    while (source[at] === "|") {
      at++;
      options.push(sequence());
    }
    if (close !== undefined) {
      if (source[at] !== close) fail(`expected "${close}"`);
      at++;
    }
    return options.length === 1 ? options[0]! : { t: "alt", options };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length) {
      const char = source[at]!;
      if (char === "|" || char === ")" || char === "]") break;
      if (char === " ") {
        at++;
        items.push({ t: "space" });
        continue;
      }
      items.push(item());
    }
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }

  function count(): number {
    const digits = /^\d+/.exec(source.slice(at))?.[0];
    if (digits === undefined) return -1;
    at += digits.length;
    return Number(digits);
  }

  function item(): Node {
    const char = source[at]!;
    at++;
    switch (char) {
      case "(":
        return alternatives(")");
      case "[":
        return { t: "opt", body: alternatives("]") };
      case "@":
        if (source[at] !== "(") fail('expected "(" after "@"');
        at++;
        return { t: "capture", body: alternatives(")") };
      case "!":
        if (source[at] !== "(") fail('expected "(" after "!"');
        at++;
        return { t: "not", body: alternatives(")") };
      case "{": {
        const end = source.indexOf("}", at);
        if (end < 0) fail('expected "}"');
        const name = source.slice(at, end);
        at = end + 1;
        return { t: "class", name };
      }
      case "#":
        return { t: "number" };
      case "*":
        return { t: "word-any" };
      case "~": {
        const n = count();
        if (n < 1) fail('expected a word count after "~"');
        const commas = source[at] === ",";
        if (commas) at++;
        return { t: "words", count: n, commas };
      }
      case "…": {
        const n = count();
        return { t: "gap", chars: n < 0 ? 120 : n };
      }
      case "^":
        return { t: "start" };
      case "$":
        return { t: "end" };
      default: {
        at--;
        let text = "";
        while (at < source.length && !SPECIAL.has(source[at]!)) text += source[at++];
        if (source[at] === "\\") {
          text += source[at + 1] ?? fail("nothing after \\");
          at += 2;
          // An escaped character joins the word it stands in.
          while (at < source.length && !SPECIAL.has(source[at]!)) text += source[at++];
        }
        if (text === "") fail(`unexpected "${char}"`);
        return { t: "word", text };
      }
    }
  }

  const tree = alternatives(undefined);
  if (at < source.length) fail(`unexpected "${source[at]}"`);
  return tree;
}

/** Resolves `{name}` to the patterns of a class. */
export type ClassResolver = (name: string) => readonly Node[];

export type Mode = "folded" | "exact";

const WORD_CHAR = /[a-z0-9]/;
/** The word class whose words a word gap (`~N`) may not cross: they turn the clause. */
export const TURNING_CLASS = "turn";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function literal(text: string, mode: Mode): string {
  return mode === "folded" ? foldText(text) : text.toLowerCase();
}

/** Whether a node always consumes at least one character (so the next item is not at the same edge). */
function isFixed(node: Node): boolean {
  switch (node.t) {
    case "word":
    case "space":
    case "class":
    case "number":
    case "word-any":
      return true;
    case "seq":
      return node.items.some(isFixed);
    case "alt":
      return node.options.every(isFixed);
    case "capture":
      return isFixed(node.body);
    case "opt":
    case "words":
    case "gap":
    case "start":
    case "end":
    case "not":
      return false;
  }
}

/** How long the fixed words a node starts with are, folded: the compiler tries longer phrases first. */
export function leadLength(node: Node, classes: ClassResolver): number {
  switch (node.t) {
    case "word":
      return foldText(node.text).length;
    case "space":
      return 1;
    case "seq": {
      let length = 0;
      for (const item of node.items) {
        if (item.t === "word" || item.t === "space") length += leadLength(item, classes);
        else if (item.t === "start") continue;
        else return length + leadLength(item, classes);
      }
      return length;
    }
    case "alt":
      return Math.min(...node.options.map((o) => leadLength(o, classes)));
    case "class":
      return Math.min(...classes(node.name).map((o) => leadLength(o, classes)));
    case "capture":
      return leadLength(node.body, classes);
    case "opt":
    case "number":
    case "word-any":
    case "words":
    case "gap":
    case "end":
    case "not":
    case "start":
      return 0;
  }
}

const NO_EDGES: Edges = { first: false, last: false };

interface Edges {
  /** The node may start the match: a word there needs a word boundary before it. */
  readonly first: boolean;
  /** The node may end the match: a word there needs a word boundary after it. */
  readonly last: boolean;
}

/** Longest alternatives first, the order written where lengths tie. */
function longestFirst(options: readonly Node[], classes: ClassResolver): Node[] {
  return options
    .map((node, index) => ({ node, index, length: leadLength(node, classes) }))
    .sort((a, b) => b.length - a.length || a.index - b.index)
    .map((o) => o.node);
}

/** Compiles a pattern's tree to a regular expression source. */
export function compileNode(node: Node, classes: ClassResolver, mode: Mode, edges: Edges): string {
  const folded = mode === "folded";
  switch (node.t) {
    case "word": {
      const text = literal(node.text, mode);
      const before = folded && edges.first && WORD_CHAR.test(text[0] ?? "") ? "\\b" : "";
      const after = folded && edges.last && WORD_CHAR.test(text[text.length - 1] ?? "") ? "\\b" : "";
      return `${before}${escape(text)}${after}`;
    }
    case "space":
      return " ";
    case "number":
      return "\\d+";
    case "word-any":
      return folded ? "[a-z]+" : "\\p{L}+";
    case "words": {
      const turns = classes(TURNING_CLASS).map((o) => compileNode(o, classes, mode, NO_EDGES));
      const stop = turns.length === 0 ? "" : `(?!(?:${turns.join("|")}) )`;
      const word = node.commas ? (folded ? "[a-z0-9]" : "[\\p{L}\\d]") : folded ? "[a-z]" : "\\p{L}";
      return `(?:${stop}${word}+${node.commas ? "[ ,]+" : " "}){0,${node.count}}?`;
    }
    case "gap":
      return `[^.;]{0,${node.chars}}?`;
    case "start":
      return "^";
    case "end":
      return "$";
    case "not":
      // The phrase not to follow is a whole phrase: "có thể" is excluded, "có theo dõi" is not.
      return `(?!${compileNode(node.body, classes, mode, { first: false, last: true })})`;
    case "capture":
      return `(${compileNode(node.body, classes, mode, edges)})`;
    case "opt":
      return `(?:${compileNode(node.body, classes, mode, edges)})?`;
    case "alt":
      return group(longestFirst(node.options, classes), classes, mode, edges);
    case "class":
      return group(longestFirst(classes(node.name), classes), classes, mode, edges);
    case "seq":
      return compileSequence(node.items, classes, mode, edges);
  }
}

function group(options: readonly Node[], classes: ClassResolver, mode: Mode, edges: Edges): string {
  let parts = options.map((o) => compileNode(o, classes, mode, edges));
  if (parts.length === 1) return parts[0]!;
  // One boundary outside the group rather than one per alternative: the expression runs faster.
  const lead = parts.every((p) => p.startsWith("\\b"));
  const tail = parts.every((p) => p.endsWith("\\b") && !p.endsWith("\\\\b"));
  if (lead) parts = parts.map((p) => p.slice(2));
  if (tail) parts = parts.map((p) => p.slice(0, -2));
  return `${lead ? "\\b" : ""}(?:${parts.join("|")})${tail ? "\\b" : ""}`;
}

/**
 * An optional phrase takes a space beside it into itself: the one before it ("kh [năm]" is "kh" or
 * "kh năm"), or at the start the one after it ("[đã] được").
 */
function attachSpaces(items: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    const last = out[out.length - 1];
    if (item.t === "opt" && last?.t === "space") {
      out.pop();
      out.push({ t: "opt", body: { t: "seq", items: [{ t: "space" }, item.body] } });
    } else if (item.t === "opt" && next?.t === "space") {
      out.push({ t: "opt", body: { t: "seq", items: [item.body, next] } });
      i++;
    } else if (item.t === "space" && (next?.t === "gap" || last?.t === "gap")) {
      // A character gap covers the spaces around it.
      continue;
    } else if (item.t === "space" && last?.t === "words") {
      // A word gap ends with its own space.
      continue;
    } else out.push(item);
  }
  return out;
}

function compileSequence(items: readonly Node[], classes: ClassResolver, mode: Mode, edges: Edges): string {
  const parts = attachSpaces(items);
  // Which items can be the first or last to consume characters.
  const firstAt = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    firstAt.add(i);
    if (isFixed(parts[i]!)) break;
  }
  const lastAt = new Set<number>();
  for (let i = parts.length - 1; i >= 0; i--) {
    lastAt.add(i);
    if (isFixed(parts[i]!)) break;
  }
  return parts
    .map((part, i) => {
      const prev = parts[i - 1];
      const next = parts[i + 1];
      // After a character gap a word starts afresh; before one it ends.
      const first = (edges.first && firstAt.has(i)) || prev?.t === "gap";
      const last = (edges.last && lastAt.has(i)) || next?.t === "gap";
      return compileNode(part, classes, mode, { first, last });
    })
    .join("");
}

// ---- guards ----------------------------------------------------------------------------------------------

/**
 * Folded strings one of which every match contains, or null when there is no short list. A matcher tests
 * them with `includes` before it runs its expression: most texts hold none of a status's words.
 */
export function guardOf(node: Node, classes: ClassResolver): string[] | null {
  switch (node.t) {
    case "word":
      return [foldText(node.text)];
    case "space":
      return null;
    case "seq":
      return sequenceGuard(node.items, classes);
    case "alt":
      return union(node.options.map((o) => guardOf(o, classes)));
    case "class":
      return union(classes(node.name).map((o) => guardOf(o, classes)));
    case "capture":
      return guardOf(node.body, classes);
    case "opt":
    case "number":
    case "word-any":
    case "words":
    case "gap":
    case "start":
    case "end":
    case "not":
      return null;
  }
}

/** The guards of several patterns together: any of them. */
export function union(guards: readonly (readonly string[] | null)[]): string[] | null {
  const all: string[] = [];
  for (const guard of guards) {
    if (guard === null) return null;
    all.push(...guard);
  }
  return simplify(all);
}

/** Drops a string that contains another of the list: a text holding it holds the other too. */
function simplify(strings: readonly string[]): string[] {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function sequenceGuard(items: readonly Node[], classes: ClassResolver): string[] | null {
  const candidates: string[][] = [];
  // Runs of words and the spaces between them are one literal ("tuy nhien").
  let run = "";
  const endRun = (): void => {
    const trimmed = run.trim();
    if (trimmed !== "") candidates.push([foldText(trimmed)]);
    run = "";
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    if (item.t === "word") run += item.text;
    else if (item.t === "space") {
      // A space is part of the run only when a word follows for sure.
      if (run !== "" && next?.t === "word") run += " ";
      else endRun();
    } else {
      endRun();
      const guard = guardOf(item, classes);
      if (guard !== null) candidates.push(guard);
    }
  }
  endRun();
  let best: string[] | null = null;
  for (const candidate of candidates) {
    if (best === null || better(candidate, best)) best = candidate;
  }
  return best;
}

/** The stronger test: fewer strings, and longer ones (a short string such as "ro" is in many words). */
function better(a: readonly string[], b: readonly string[]): boolean {
  return weakness(a) < weakness(b);
}

function weakness(strings: readonly string[]): number {
  let sum = 0;
  for (const s of strings) sum += 1 / (s.length * s.length);
  return sum;
}
