/**
 * One pass over the numbers of a phrase. Each is, in this order: part of a date, a span of years or a
 * document's number (ignored), a fraction, a range, a percentage, or a count or bare figure; the words
 * around it (from the lexicon) say how it compares and what it counts.
 */
import type { Match } from "../lexicon";
import type { Comparator, Fraction, NumberStyle, Quantity } from "../types";
import { parseNumberToken } from "./number-token";
import { isFoldedLetter, skipSpaces, sourceOf, type Phrase } from "./phrase";
import type { Vocabulary } from "./vocabulary";

export interface Scan {
  percents: Quantity[];
  fraction?: Fraction;
  range?: Quantity;
  counts: Quantity[];
  bare: Quantity[];
  /**
   * Folded spans, as [from, to, from, to …], of figures compared with something ("đạt 103% kế hoạch",
   * "đạt 95% so với cùng kỳ"): their verb belongs to the comparison and is no status word.
   */
  compared?: number[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_QUANTITIES: Quantity[] = [];
/** A phrase without figures; shared, so never written to. */
const NO_NUMBERS: Scan = Object.freeze({
  percents: NO_QUANTITIES,
  counts: NO_QUANTITIES,
  bare: NO_QUANTITIES,
}) as Scan;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SLASH = 47;
const PERCENT = 37;
const YEAR = /^(?:19|20)\d{2}$/;
const DATE_PART = /^\d{1,2}$/;
const UNIT_AFTER = /^\s*(%|[a-z])/;
/** Folded positions searched back from a number for its comparator. */
const COMPARATOR_REACH = 40;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Numbers as written ("83,3", "1.240.000"), found by scanning characters rather than a regex. */
const NO_TOKENS: Token[] = [];

function tokenize(folded: string): Token[] {
  let first = 0;
  while (first < folded.length && !isDigit(folded.charCodeAt(first))) first++;
  if (first === folded.length) return NO_TOKENS;
  const tokens: Token[] = [];
  const length = folded.length;
  for (let i = first; i < length; i++) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const start = i;
    while (i < length) {
      while (i < length && isDigit(folded.charCodeAt(i))) i++;
      const mark = folded.charCodeAt(i);
      // A "." or "," joins digits only when a digit follows ("83,3"), not at a sentence's end ("100%.").
      if ((mark === 44 || mark === 46) && isDigit(folded.charCodeAt(i + 1))) i++;
      else break;
    }
    tokens.push({ start, end: i, text: folded.slice(start, i) });
  }
  return tokens;
}

/** Builds a quantity without object spreads, which cost dearly on this hot path. */
export function makeQuantity(
  value: number,
  comparator: Comparator,
  unit: Quantity["unit"],
  decimals: number,
  source: string,
  noun?: string,
  high?: number,
): Mutable<Quantity> {
  const quantity: Mutable<Quantity> = { value, comparator, unit, decimals, source };
  if (noun !== undefined) quantity.noun = noun;
  if (high !== undefined) quantity.high = high;
  return quantity;
}

/** Whether the number at `start` is a date, a year, a document's number or a rank by the word before it. */
function isReference(phrase: Phrase, start: number, v: Vocabulary): boolean {
  const { folded } = phrase;
  const before = folded.charCodeAt(start - 1);
  // Only a space can separate a reference word from its number; "/" joins the parts of a code.
  if (before === SLASH) return true;
  if (before !== 32) return false;
  let end = start - 1;
  while (end > 0 && folded.charCodeAt(end - 1) === 32) end--;
  return v.references.endingAt(folded, end, phrase) !== undefined;
}

interface ComparatorFound {
  readonly comparator: Comparator;
  readonly negated: boolean;
  /** Where the comparator words start, for the quantity's source. */
  readonly from: number;
}

function comparatorAround(phrase: Phrase, start: number, end: number, v: Vocabulary): ComparatorFound {
  const { folded } = phrase;
  const limit = Math.max(0, start - COMPARATOR_REACH);
  // Walk back from the number: try comparator words, else peel one filler ("đạt", "mức") and try again,
  // so "chưa đạt 100%" reads as a shortfall before "đạt" could be taken for a filler.
  for (let pos = start; ;) {
    while (pos > limit && folded.charCodeAt(pos - 1) === 32) pos--;
    if (pos <= limit) break;
    const word = v.comparators.endingAt(folded, pos, phrase);
    if (word)
      return {
        comparator: word.value.comparator,
        negated: word.value.negated,
        from: pos - word.folded.length,
      };
    const filler = v.fillers.endingAt(folded, pos, phrase);
    if (!filler) break;
    pos -= filler.folded.length;
  }
  const after = v.comparatorsAfter.startingAt(folded, skipSpaces(folded, end));
  if (after) return { comparator: after.value.comparator, negated: false, from: start };
  return { comparator: "eq", negated: false, from: start };
}

interface Noun {
  /** As written, in lower case ("sáng kiến"). */
  readonly text: string;
  readonly folded: string;
  /** Where the noun ends in the phrase. */
  readonly end: number;
}

/** The noun after a number: one or two words, three after a classifier, up to a stop word. */
function nounAfter(phrase: Phrase, end: number, v: Vocabulary): Noun | undefined {
  const f = phrase.folded;
  let i = end;
  while (f.charCodeAt(i) === 32) i++;
  const start = i;
  let words = 0;
  let nounEnd = start;
  let limit = 2;
  while (words < limit) {
    let j = i;
    while (isFoldedLetter(f.charCodeAt(j))) j++;
    if (j === i) break;
    const word = f.slice(i, j);
    if (v.nounStops.has(word)) break;
    if (words === 0 && v.classifiers.has(word)) limit = 3;
    words++;
    nounEnd = j;
    if (f.charCodeAt(j) !== 32) break;
    i = j + 1;
  }
  if (words === 0) return undefined;
  const folded = f.slice(start, nounEnd);
  return {
    text: phrase.aligned ? phrase.text.slice(start, nounEnd).toLowerCase() : folded,
    folded,
    end: nounEnd,
  };
}

function isNotCounted(noun: Noun | undefined, v: Vocabulary): boolean {
  if (noun === undefined) return false;
  const space = noun.folded.indexOf(" ");
  return (
    v.notCounted.has(noun.folded) || v.notCounted.has(space < 0 ? noun.folded : noun.folded.slice(0, space))
  );
}

/** Whether text[from, to) is spaces around exactly one of `marks`. */
function gapIs(text: string, from: number, to: number, marks: string): boolean {
  let seen = false;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === " ") continue;
    if (seen || !marks.includes(char)) return false;
    seen = true;
  }
  return seen;
}

/** The gap of a range ("6,6-6,8", "5% - 7%", "5 đến 7"): "%" when the low end carries it, "" otherwise, null if none. */
function rangeSeparator(text: string, from: number, to: number, v: Vocabulary): "%" | "" | null {
  if (to - from > 9) return null;
  let gap = text.slice(from, to).trim();
  let percent: "%" | "" = "";
  if (gap.startsWith("%")) {
    percent = "%";
    gap = gap.slice(1).trimStart();
  }
  return v.rangeJoiners.has(gap) ? percent : null;
}

/** "5/6": the first fraction counts; "3/2024" (a month) and "20/3" (a date) are not fractions. */
function readFraction(
  phrase: Phrase,
  scan: Scan,
  done: number,
  total: number,
  start: number,
  end: number,
): void {
  if (scan.fraction || !(total > 0) || done > total) return;
  if (total >= 1900 && total <= 2100 && done <= 12) return;
  scan.fraction = { done, total, source: sourceOf(phrase, start, end) };
}

/** "6,6-6,8%", "từ 5 đến 7 cuộc": the first range counts. */
function readRange(
  phrase: Phrase,
  scan: Scan,
  low: { value: number; decimals: number },
  high: { value: number; decimals: number },
  start: number,
  end: number,
  percentOnLow: boolean,
  v: Vocabulary,
): void {
  if (scan.range) return;
  const unit = UNIT_AFTER.exec(phrase.folded.slice(end, end + 4));
  const isPercent = percentOnLow || unit?.[1] === "%";
  const noun = !isPercent && unit ? nounAfter(phrase, end, v) : undefined;
  const lead = /(?:^|\s)tu\s*$/.test(phrase.folded.slice(Math.max(0, start - 4), start)) ? 3 : 0;
  const stop = unit?.[1] === "%" ? end + unit[0].length : (noun?.end ?? end);
  const source = sourceOf(phrase, start - lead, stop);
  const kind = isPercent ? "%" : noun ? "count" : "number";
  scan.range = makeQuantity(
    low.value,
    "gte",
    kind,
    Math.max(low.decimals, high.decimals),
    source,
    noun?.text,
    high.value,
  );
}

/** The period of a count per period, read after its noun, and where its words end. */
function perPeriodAfter(folded: string, at: number, v: Vocabulary): { key: string; end: number } | undefined {
  // Only a few characters can start a period's marker: check before slicing.
  if (!v.perPeriodStarts.has(folded.charCodeAt(skipSpaces(folded, at)))) return undefined;
  const match = v.perPeriod.exec(folded.slice(at, at + 16));
  const key = match?.[1] === undefined ? undefined : v.lexicon.periods.get(match[1])?.key;
  return key === undefined || match === null ? undefined : { key, end: at + match[0].length };
}

/** Which way the change named before a figure goes ("tăng tối thiểu 10%", "giảm tỷ lệ hộ nghèo 1,5%"). */
function changeBefore(folded: string, start: number, v: Vocabulary): "rise" | "fall" | undefined {
  const clauseStart = Math.max(
    folded.lastIndexOf(",", start),
    folded.lastIndexOf(";", start),
    folded.lastIndexOf(". ", start),
    start - 48,
    0,
  );
  const before = folded.slice(clauseStart, start);
  const change = v.change.find(before);
  if (!change || v.level.test(before)) return undefined;
  return v.fall.test(change.text) ? "fall" : "rise";
}

/** The plan's words right after a figure ("103% kế hoạch", "98,5% so với kế hoạch"), where they stand. */
function planAfter(folded: string, percentEnd: number, v: Vocabulary): Match | undefined {
  // Most figures are followed by other words: look at the first letter before running the expression.
  if (!v.planAfterStarts.has(folded.charCodeAt(skipSpaces(folded, percentEnd)))) return undefined;
  return v.planAfter.find(folded.slice(percentEnd, percentEnd + 40));
}

/** Whether a figure is compared with something named after it ("5% so với năm 2023"). */
function comparedAfter(folded: string, end: number, v: Vocabulary): boolean {
  const after = skipSpaces(folded, end);
  for (const word of v.relativeAfter) if (folded.startsWith(word, after)) return true;
  return false;
}

/**
 * "từ 4,12% xuống còn 2,3%", "giảm … từ 4,12%": the level a change starts from, named right before the
 * figure, in a phrase of a cut or before the level reached.
 */
function isStart(phrase: Phrase, start: number, percentEnd: number, v: Vocabulary): boolean {
  const { folded } = phrase;
  if (!v.changeStart.endingAt(folded, skipBack(folded, start), phrase)) return false;
  return (
    v.levelAfter.test(folded.slice(percentEnd, percentEnd + 24)) ||
    v.fall.test(folded.slice(Math.max(0, start - 60), start))
  );
}

/** Where the filler words right before `at` begin ("đạt", "bằng" before "103% kế hoạch"). */
function leadOf(phrase: Phrase, at: number, v: Vocabulary): number {
  const { folded } = phrase;
  let lead = at;
  for (let pos = at; ;) {
    while (pos > 0 && folded.charCodeAt(pos - 1) === 32) pos--;
    const filler = v.fillers.endingAt(folded, pos, phrase);
    if (!filler) return lead;
    pos -= filler.folded.length;
    lead = pos;
  }
}

function markCompared(scan: Scan, from: number, to: number): void {
  (scan.compared ??= []).push(from, to);
}

/**
 * "vượt 5% so với chỉ tiêu", "vượt kế hoạch 5%", "tăng 3% so với kế hoạch": the result exceeds the plan by
 * the figure, so it is (100 + figure)% of the plan. Returns where the phrase starts and ends, or undefined.
 */
function exceedsPlan(
  folded: string,
  start: number,
  percentEnd: number,
  from: number,
  v: Vocabulary,
): { from: number; end: number } | undefined {
  // "vượt 5%" before the plan's words; "trên 100% kế hoạch" is a share above 100, not beyond it.
  const at = skipBack(folded, start);
  const word = v.exceed.endingAt(folded, at);
  if (word) {
    const after = planAfter(folded, percentEnd, v);
    if (after) return { from: Math.min(from, at - word.folded.length), end: percentEnd + after.text.length };
  }
  const reach = Math.max(0, start - 40);
  const before = v.planBefore.find(folded.slice(reach, start));
  return before ? { from: reach + before.index, end: percentEnd } : undefined;
}

/** The position after the last non-space before `at`. */
function skipBack(text: string, at: number): number {
  while (at > 0 && text.charCodeAt(at - 1) === 32) at--;
  return at;
}

function percentEndAt(folded: string, mark: number, v: Vocabulary): number {
  if (folded.charCodeAt(mark) === PERCENT) return mark + 1;
  for (const word of v.percentWords) if (folded.startsWith(word, mark)) return mark + word.length;
  return -1;
}

export function scanNumbers(phrase: Phrase, style: NumberStyle, v: Vocabulary): Scan {
  const { folded } = phrase;
  const tokens = tokenize(folded);
  if (tokens.length === 0) return NO_NUMBERS;
  // The lists start shared and empty; the first figure of each kind gives it its own.
  const scan: Scan = { percents: NO_QUANTITIES, counts: NO_QUANTITIES, bare: NO_QUANTITIES };
  // Whether the phrase holds a change word at all, found once, when a figure first asks.
  let changes: boolean | undefined;
  const changeAt = (start: number): "rise" | "fall" | undefined => {
    changes ??= v.changeWord.test(folded);
    return changes ? changeBefore(folded, start, v) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const { start, end, text } = token;
    const prev = folded.charCodeAt(start - 1);
    // Glued to letters ("TT-VPCP1") or continuing a code ("/2018").
    if (isFoldedLetter(prev) || prev === SLASH) continue;
    const mark = skipSpaces(folded, end);
    // After "ngày", "số", "Điều": a date or a document's number; but "vượt kế hoạch 5%" is a share of the plan.
    if (isReference(phrase, start, v)) {
      const percentEnd = percentEndAt(folded, mark, v);
      if (percentEnd < 0 || !v.planBefore.test(folded.slice(Math.max(0, start - 40), start))) continue;
    }

    if (next && DATE_PART.test(text) && DATE_PART.test(next.text) && gapIs(folded, end, next.start, "/.-")) {
      const third = tokens[i + 2];
      if (third && /^\d{2,4}$/.test(third.text) && gapIs(folded, next.end, third.start, "/.-")) {
        i += 2;
        continue;
      }
    }
    if (next && YEAR.test(text) && YEAR.test(next.text) && gapIs(folded, end, next.start, "-–—")) {
      i += 1;
      continue;
    }
    if (folded.charCodeAt(mark) === SLASH) {
      // "45/KH-UBND", "61/2018/NĐ-CP": a document's number, whatever its parts.
      const afterSlash = folded.charCodeAt(skipSpaces(folded, mark + 1));
      if (isFoldedLetter(afterSlash) || (next && folded.charCodeAt(skipSpaces(folded, next.end)) === SLASH)) {
        while (tokens[i + 1] && gapIs(folded, tokens[i]!.end, tokens[i + 1]!.start, "/")) i++;
        continue;
      }
      if (next && gapIs(folded, end, next.start, "/")) {
        // "5/6", and "1.238/1.240" with thousands dots: whole numbers on both sides.
        const done = parseNumberToken(text, style);
        const total = parseNumberToken(next.text, style);
        if (done && total && done.decimals === 0 && total.decimals === 0) {
          readFraction(phrase, scan, done.value, total.value, start, next.end);
          i += 1;
          continue;
        }
      }
    }
    const parsed = parseNumberToken(text, style);
    const rangeGap = next ? rangeSeparator(folded, end, next.start, v) : null;
    if (next && rangeGap !== null && parsed) {
      const high = parseNumberToken(next.text, style);
      if (high && parsed.value < high.value) {
        readRange(phrase, scan, parsed, high, start, next.end, rangeGap === "%", v);
        i += 1;
        continue;
      }
    }
    if (!parsed) continue;
    const percentEnd = percentEndAt(folded, mark, v);
    if (percentEnd > 0) {
      const { comparator, negated, from } = comparatorAround(phrase, start, percentEnd, v);
      // "-2%" written as a figure (growth below zero), not a bullet "- 2%".
      const minus = prev === 45 && (start === 1 || folded.charCodeAt(start - 2) === 32);
      const value = minus ? -parsed.value : parsed.value;
      const exceeded = minus ? undefined : exceedsPlan(folded, start, percentEnd, from, v);
      let percent: Mutable<Quantity>;
      if (exceeded) {
        const source = sourceOf(phrase, exceeded.from, exceeded.end);
        percent = makeQuantity(100 + value, "eq", "%", parsed.decimals, source);
        percent.basis = "plan";
        markCompared(scan, exceeded.from, exceeded.end);
      } else {
        const change = changeAt(start);
        // "đạt 103% kế hoạch", "bằng 95% KH": a share of the plan; "chưa đạt 100% KH" only bounds one.
        const share = negated || minus || change !== undefined ? undefined : planAfter(folded, percentEnd, v);
        if (share) {
          const lead = leadOf(phrase, from, v);
          const end = percentEnd + share.text.length;
          percent = makeQuantity(value, comparator, "%", parsed.decimals, sourceOf(phrase, lead, end));
          percent.basis = "plan";
          markCompared(scan, lead, end);
        } else {
          percent = makeQuantity(value, comparator, "%", parsed.decimals, sourceOf(phrase, from, percentEnd));
          if (negated) percent.negated = true;
          if (!minus && isStart(phrase, start, percentEnd, v)) percent.start = true;
          else {
            const compared = comparedAfter(folded, percentEnd, v);
            if (compared || change !== undefined) percent.relative = true;
            if (change !== undefined) percent.change = change;
            // "đạt 95% so với cùng kỳ": a comparison, its "đạt" no word of completion.
            if (compared) markCompared(scan, leadOf(phrase, from, v), percentEnd);
          }
        }
      }
      (scan.percents === NO_QUANTITIES ? (scan.percents = []) : scan.percents).push(percent);
      continue;
    }
    if (isFoldedLetter(folded.charCodeAt(end))) continue;
    const noun = nounAfter(phrase, end, v);
    if (isNotCounted(noun, v)) continue;
    if (noun === undefined && YEAR.test(text)) continue;
    const { comparator, from } = comparatorAround(phrase, start, end, v);
    const per = noun ? perPeriodAfter(folded, noun.end, v) : undefined;
    // "01 lần/tuần" whole: the period is part of what the figure says.
    const source = sourceOf(phrase, from, per?.end ?? noun?.end ?? end);
    const unit = noun === undefined ? "number" : "count";
    const quantity = makeQuantity(parsed.value, comparator, unit, parsed.decimals, source, noun?.text);
    if (per) quantity.per = per.key;
    // "Giảm 250 hộ": a cut of 250, not a level.
    const change = changeAt(start);
    if (change !== undefined) {
      quantity.relative = true;
      quantity.change = change;
    }
    if (noun === undefined) (scan.bare === NO_QUANTITIES ? (scan.bare = []) : scan.bare).push(quantity);
    else (scan.counts === NO_QUANTITIES ? (scan.counts = []) : scan.counts).push(quantity);
  }
  return scan;
}
