/**
 * Reads a target or result cell into a `Reading`: its numbers, what they are compared with, and the
 * status words around them. A target is read for what it asks (figures, zeros, existence, deadlines), so
 * its status words are not read; a result is read whole.
 */
import { defaultLexicon, type CompiledLexicon } from "../lexicon";
import { foldText, hasLetter, normalizeText } from "../text";
import type { Cell, CellInput, EngineOptions, FigureReading, NumberStyle, Quantity, Reading } from "../types";
import { deadlineOf, mayNameDeadline } from "./dates";
import { VIETNAMESE_NUMBERS } from "./number-token";
import { makeNormalizedPhrase, sourceOf, type Phrase } from "./phrase";
import { scanNumbers } from "./scan";
import { readStatuses, readZero } from "./statuses";
import { vocabularyOf, type Vocabulary } from "./vocabulary";

/** What a phrase is read for. */
export type PhraseRole = "target" | "result";

export interface ReadOptions extends EngineOptions {
  readonly lexicon?: CompiledLexicon;
}

const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

const NOTHING = Object.freeze({
  percents: Object.freeze([]),
  statuses: Object.freeze([]),
  evidence: Object.freeze({}),
});

function blank(kind: "none" | "unparsed", text: string): Reading {
  return {
    kind,
    text,
    percents: NOTHING.percents,
    statuses: NOTHING.statuses,
    evidence: NOTHING.evidence,
    ceiling: false,
  };
}

const EMPTY = blank("none", "");

function asCell(input: CellInput): Cell | null {
  if (input === undefined || input === null) return null;
  if (typeof input === "object") return input;
  return { value: input };
}

/** An Excel number: its format says whether 0,8333 is 83,33%. */
function numberCellReading(cell: Cell, value: number): Reading {
  const shownAsPercent = /%/.test(cell.numberFormat ?? "") || /%\s*$/.test(cell.text ?? "");
  const text = normalizeText(cell.text ?? String(value));
  const formatDecimals = /\.(0+)/.exec(cell.numberFormat ?? "")?.[1]?.length;
  const textDecimals = /[.,](\d+)\s*%?\s*$/.exec(cell.text ?? "")?.[1]?.length;
  const decimals = textDecimals ?? formatDecimals ?? 0;
  if (shownAsPercent) {
    const percent: Quantity = {
      value: Number((value * 100).toPrecision(12)),
      comparator: "eq",
      unit: "%",
      decimals,
      source: text,
    };
    return {
      kind: "percent",
      text,
      quantity: percent,
      percents: [percent],
      statuses: [],
      evidence: {},
      ceiling: false,
    };
  }
  const bare: Quantity = { value, comparator: "eq", unit: "number", decimals, source: text };
  return { kind: "count", text, quantity: bare, percents: [], statuses: [], evidence: {}, ceiling: false };
}

/** Reads one cell as the given role. Never throws on content: what it cannot read is `unparsed`. */
export function readCell(input: CellInput, role: PhraseRole, options: ReadOptions = {}): Reading {
  const cell = asCell(input);
  if (cell === null) return EMPTY;
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value)) return numberCellReading(cell, value);
  if (
    typeof value === "boolean" ||
    (typeof value === "string" && value.includes("#") && EXCEL_ERROR.test(value.trim()))
  ) {
    return blank("unparsed", String(value));
  }
  const raw = typeof value === "string" ? value : (cell.text ?? (value === null ? "" : String(value)));
  return readNormalizedText(normalizeText(raw), role, options);
}

/** A target cell, read as the engine reads targets. */
export function readTarget(input: CellInput, options: ReadOptions = {}): Reading {
  return readCell(input, "target", options);
}

/** A result cell, read whole. */
export function readResult(input: CellInput, options: ReadOptions = {}): Reading {
  return readCell(input, "result", options);
}

/** The engine's own path: text already passed through `normalizeText`. */
export function readNormalizedText(normalized: string, role: PhraseRole, options: ReadOptions = {}): Reading {
  const v = vocabularyOf(options.lexicon ?? defaultLexicon());
  return readWith(normalized, role, options.numberStyle ?? VIETNAMESE_NUMBERS, v);
}

function isPlaceholder(text: string, v: Vocabulary): boolean {
  for (let i = 0; i < text.length; i++) if (!v.placeholders.has(text[i]!)) return false;
  return text !== "";
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads normalised text with a vocabulary already at hand: the engine's own path, once per cell. */
export function readWith(normalized: string, role: PhraseRole, style: NumberStyle, v: Vocabulary): Reading {
  return readPhrase(makeNormalizedPhrase(normalized), style, role, v);
}

function readPhrase(phrase: Phrase, style: NumberStyle, role: PhraseRole, v: Vocabulary): Reading {
  const { text } = phrase;
  if (text === "" || isPlaceholder(text, v)) return blank("none", text);
  const scan = scanNumbers(phrase, style, v);
  const { statuses, evidence, zeroOf } =
    role === "target" ? readZero(phrase, v) : readStatuses(phrase, v, scan.compared);
  // Only a figure can be a ceiling; most phrases have none.
  const figures =
    scan.percents.length > 0 || scan.counts.length > 0 || scan.bare.length > 0 || scan.range !== undefined;
  const ceiling = figures && isCeiling(phrase.folded, v);
  const percents = scan.percents;
  // Each kind's object built whole: spreads cost dearly on this path, which runs for every cell.
  if (scan.fraction) {
    const { done, total, source } = scan.fraction;
    const quantity: Quantity = {
      value: (done / total) * 100,
      comparator: "eq",
      unit: "%",
      decimals: 2,
      source,
    };
    const fraction: Mutable<Extract<Reading, { kind: "fraction" }>> = {
      kind: "fraction",
      text,
      quantity,
      fraction: scan.fraction,
      percents,
      statuses,
      evidence,
      ceiling,
    };
    if (zeroOf !== undefined) fraction.zeroOf = zeroOf;
    return fraction;
  }
  const percent = scan.range ? undefined : primaryPercent(scan.percents);
  const count =
    scan.range || percent || zeroOf ? undefined : (scan.counts[0] ?? existenceOf(phrase, v) ?? scan.bare[0]);
  const quantity = scan.range ?? percent ?? count;
  if (quantity) {
    const kind: FigureReading["kind"] = scan.range
      ? "range"
      : percent
        ? percent.comparator === "eq"
          ? "percent"
          : "threshold"
        : "count";
    const figure: Mutable<FigureReading> = { kind, text, quantity, percents, statuses, evidence, ceiling };
    if (zeroOf !== undefined) figure.zeroOf = zeroOf;
    // "1.763 tỷ đồng, đạt 91,72%": the amount answers a target in tỷ đồng, the share one in percent.
    if (percent && scan.counts.length > 0) figure.amounts = scan.counts;
    return figure;
  }
  if (zeroOf !== undefined) return { kind: "zero", text, zeroOf, percents, statuses, evidence, ceiling };
  if (!(/[a-z]{2,}/.test(phrase.folded) && hasLetter(text))) {
    return { kind: "unparsed", text, percents, statuses, evidence, ceiling };
  }
  const out: Mutable<Extract<Reading, { kind: "qualitative" }>> = {
    kind: "qualitative",
    text,
    percents,
    statuses,
    evidence,
    ceiling,
  };
  // A deadline ("trước ngày 15/12/2024", "Quý I/2024") is what a target without a figure asks for.
  if (mayNameDeadline(phrase.folded, v.lexicon)) {
    const deadline = deadlineOf(phrase.folded, phrase.aligned ? text : phrase.folded, v.lexicon);
    if (deadline) out.deadline = deadline;
  }
  return out;
}

/** The percentage a phrase is about: a stated value ("đạt 83,3%") before a bound ("chưa đạt 100%"). */
function primaryPercent(percents: readonly Quantity[]): Quantity | undefined {
  return percents.find((p) => p.comparator === "eq") ?? percents[0];
}

/**
 * "có kiến nghị", "Trong năm có phát sinh hồ sơ": at least one, of a noun. "Có phát sinh" alone asks that
 * something arise: a count of no named noun, which any count answers.
 */
function existenceOf(phrase: Phrase, v: Vocabulary): Quantity | undefined {
  const match = v.existence.find(phrase.folded, phrase);
  const span = match?.capture;
  if (!span) return arisingOf(phrase, v);
  const nounFolded = span.text.slice(span.text.lastIndexOf(" ", span.text.lastIndexOf(" ") - 1) + 1);
  if (v.ceiling.test(nounFolded)) return undefined;
  const end = span.index + span.text.length;
  const nounStart = end - nounFolded.length;
  const noun = (phrase.aligned ? phrase.text.slice(nounStart, end) : nounFolded).toLowerCase();
  return {
    value: 1,
    comparator: "gte",
    unit: "count",
    noun,
    decimals: 0,
    source: sourceOf(phrase, span.index, end),
  };
}

function arisingOf(phrase: Phrase, v: Vocabulary): Quantity | undefined {
  const span = v.arisingAlone.find(phrase.folded, phrase)?.capture;
  if (!span) return undefined;
  const source = sourceOf(phrase, span.index, span.index + span.text.length);
  return { value: 1, comparator: "gte", unit: "count", decimals: 0, source };
}

/**
 * Whether a figure is a ceiling: a level of something bad ("hộ nghèo còn 3,5%"), not a cut in it
 * ("giảm 1,5%") nor the share of it that gets handled.
 */
function isCeiling(folded: string, v: Vocabulary): boolean {
  return (
    v.ceiling.test(folded) &&
    !v.handled.test(folded) &&
    (v.levelUnder.test(folded) || !v.reduction.test(folded))
  );
}

/** Whether a phrase speaks of something that should stay low ("tỷ lệ hồ sơ trễ hạn"). */
export function mentionsBadThing(text: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  return vocabularyOf(lexicon).ceiling.test(foldText(text));
}

/**
 * Whether a task's wording names something that should stay low ("Tỷ lệ hồ sơ trễ hạn"), rather than
 * a duty towards it ("Xin lỗi người dân khi trễ hạn").
 */
export function namesCeiling(text: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  const v = vocabularyOf(lexicon);
  // Most tasks name nothing bad: a look at the words as written spares folding them.
  if (!v.ceilingStems.test(text)) return false;
  const folded = foldText(text);
  return !v.duty.test(folded) && isCeiling(folded, v);
}

/** Whether a result denies a thing exists ("Không có kiến nghị", "chưa phát sinh hồ sơ"). */
export function deniesExistence(
  text: string,
  noun: string,
  lexicon: CompiledLexicon = defaultLexicon(),
): boolean {
  const folded = foldText(text);
  const thing = foldText(noun);
  if (thing === "") return false;
  const at = folded.indexOf(thing);
  if (at < 0) return false;
  return vocabularyOf(lexicon).denial.test(folded.slice(Math.max(0, at - 40), at));
}

/**
 * Whether two counted nouns with different first words count the same occurrences: times ("lần")
 * against times or occurrences of any kind ("14 lượt tuyên truyền", "04 cuộc kiểm tra").
 */
export function occurrencesAlike(a: string, b: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  const v = vocabularyOf(lexicon);
  const foldedA = foldText(a);
  const foldedB = foldText(b);
  const timesA = v.times.test(foldedA);
  const timesB = v.times.test(foldedB);
  if (!timesA && !timesB) return false;
  return (timesA || v.occurrence.test(foldedA)) && (timesB || v.occurrence.test(foldedB));
}

/**
 * Whether a rate target measures the handling of bad things ("Xử lý 100% phản ánh, kiến nghị"), so that
 * a result denying any arose ("không phát sinh phản ánh") leaves nothing to measure.
 */
export function measuresHandling(folded: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  const v = vocabularyOf(lexicon);
  return v.ceiling.test(folded) && v.handled.test(folded);
}

/** Whether a whole result is a bare denial ("Không", "Không có", "0"), which answers a zero or a ceiling. */
export function isBareDenial(text: string, lexicon: CompiledLexicon = defaultLexicon()): boolean {
  const v = vocabularyOf(lexicon);
  // Normalising can only shorten a text: one longer than any denial, trimmed, is none.
  if (text.trim().length > v.bareDenialLength) return false;
  return v.bareDenial.test(foldText(text));
}
