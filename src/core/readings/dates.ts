/**
 * Dates in targets and results: a deadline ("trước ngày 15/12/2024", "chậm nhất quý III/2024") and the
 * day work was done ("Đã ban hành ngày 20/3/2024"). Matching runs on folded text; the words come from the
 * lexicon, the grammar of days, months and years is here.
 */
import type { CompiledLexicon } from "../lexicon";
import type { DateMark } from "../types";

// d/m/y or d-m-y or d.m.y, and d/m.
const FULL_DATE = /(?<![\d/.,-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d/])/g;

const QUARTER_END: Readonly<Record<string, number>> = {
  i: 3,
  "1": 3,
  ii: 6,
  "2": 6,
  iii: 9,
  "3": 9,
  iv: 12,
  "4": 12,
};
const LAST_DAY = [31, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Found extends DateMark {
  readonly index: number;
}

/** The expressions a lexicon's date words make, built once per lexicon. */
interface DateGrammar {
  readonly quarter: RegExp;
  readonly month: RegExp;
  readonly deadlineBefore: RegExp;
  readonly dayBefore: RegExp;
  /** Folded words without which no quarter or month is named. */
  readonly quarterWords: readonly string[];
  readonly monthWords: readonly string[];
}

const grammars = new WeakMap<CompiledLexicon, DateGrammar>();

function grammarOf(lexicon: CompiledLexicon): DateGrammar {
  let grammar = grammars.get(lexicon);
  if (!grammar) {
    const year = `(?:\\s*(?:${lexicon.alternation("year-joiner")})\\s*(\\d{4}))?`;
    grammar = {
      quarter: new RegExp(
        `(?:${lexicon.alternation("quarter-word")})\\s+(iv|iii|ii|i|[1-4])${year}(?![a-z\\d])`,
        "g",
      ),
      month: new RegExp(`(?:${lexicon.alternation("month-word")})\\s+(\\d{1,2})${year}(?![\\d/])`, "g"),
      deadlineBefore: new RegExp(`(?:${lexicon.alternation("deadline")})\\s*$`),
      dayBefore: new RegExp(`(?:${lexicon.alternation("day-word")})\\s*$`),
      quarterWords: [...lexicon.set("quarter-word")],
      monthWords: [...lexicon.set("month-word")],
    };
    grammars.set(lexicon, grammar);
  }
  return grammar;
}

function year(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (LAST_DAY[month] ?? 31);
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** Every date the folded text names, in order, with the end of a named quarter or month. */
function datesIn(folded: string, original: string, grammar: DateGrammar): Found[] {
  const found: Found[] = [];
  const source = (start: number, end: number): string => original.slice(start, end).trim();
  if (folded.includes("/") || folded.includes("-") || folded.includes(".")) {
    FULL_DATE.lastIndex = 0;
    for (let m = FULL_DATE.exec(folded); m !== null; m = FULL_DATE.exec(folded)) {
      const day = Number(m[1]);
      const month = Number(m[3]);
      const y = year(m[4]);
      // "5/6" alone is a fraction unless "ngày" stands before it; a dotted pair is a decimal.
      const start = m.index;
      if (y === undefined) {
        // A day and month without a year is a date only after "ngày" or a deadline word ("chậm nhất 30/6").
        const before = folded.slice(Math.max(0, start - 24), start);
        if (m[2] !== "/" || !(grammar.dayBefore.test(before) || grammar.deadlineBefore.test(before)))
          continue;
      }
      if (!valid(day, month)) continue;
      found.push({
        day,
        month,
        ...(y === undefined ? {} : { year: y }),
        source: source(start, m.index + m[0].length),
        index: start,
      });
    }
  }
  // A quarter or a month stands for its last day.
  const endOf = (pattern: RegExp, month: (m: RegExpExecArray) => number): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const last = month(m);
      if (last < 1 || last > 12) continue;
      const y = year(m[2]);
      const at = m.index;
      found.push({
        day: LAST_DAY[last] ?? 31,
        month: last,
        ...(y === undefined ? {} : { year: y }),
        source: source(at, at + m[0].length),
        index: at,
      });
    }
  };
  if (includesAny(folded, grammar.quarterWords)) endOf(grammar.quarter, (m) => QUARTER_END[m[1] ?? ""] ?? 12);
  if (includesAny(folded, grammar.monthWords)) endOf(grammar.month, (m) => Number(m[1]));
  return found.sort((a, b) => a.index - b.index);
}

function mark(found: Found): DateMark {
  return found.year === undefined
    ? { day: found.day, month: found.month, source: found.source }
    : { day: found.day, month: found.month, year: found.year, source: found.source };
}

/** Whether a folded phrase can name a date at all: digits, or a quarter ("quý I"). */
export function mayNameDate(folded: string, lexicon: CompiledLexicon): boolean {
  if (/\d/.test(folded)) return true;
  return grammarOf(lexicon).quarterWords.some((w) => folded.includes(`${w} `));
}

/** Whether a phrase without figures can set a deadline: it has a "/" or names a quarter or a month. */
export function mayNameDeadline(folded: string, lexicon: CompiledLexicon): boolean {
  const grammar = grammarOf(lexicon);
  return (
    folded.includes("/") ||
    includesAny(folded, grammar.quarterWords) ||
    includesAny(folded, grammar.monthWords)
  );
}

/**
 * The deadline a phrase sets: a date after "trước", "chậm nhất", "trong" …, or a phrase that is nothing
 * but a date ("Quý I/2024", "31/12/2024").
 */
export function deadlineOf(folded: string, original: string, lexicon: CompiledLexicon): DateMark | undefined {
  if (!mayNameDate(folded, lexicon)) return undefined;
  const grammar = grammarOf(lexicon);
  const found = datesIn(folded, original, grammar);
  for (const date of found) {
    if (grammar.deadlineBefore.test(folded.slice(Math.max(0, date.index - 24), date.index)))
      return mark(date);
  }
  const only = found[0];
  if (
    found.length === 1 &&
    only &&
    folded.replace(/[^a-z\d]+/g, " ").trim().length <= only.source.length + 6
  ) {
    return mark(only);
  }
  return undefined;
}

/** The latest date a result names: when the work was done. */
export function latestDateOf(
  folded: string,
  original: string,
  lexicon: CompiledLexicon,
): DateMark | undefined {
  if (!/\d/.test(folded)) return undefined;
  let latest: Found | undefined;
  for (const date of datesIn(folded, original, grammarOf(lexicon))) {
    if (!latest || compareDates(date, latest) > 0) latest = date;
  }
  return latest && mark(latest);
}

/** Orders two dates; a missing year is taken to be the other's. */
export function compareDates(a: DateMark, b: DateMark): number {
  const ya = a.year ?? b.year ?? 0;
  const yb = b.year ?? a.year ?? 0;
  return ya - yb || a.month - b.month || a.day - b.day;
}
