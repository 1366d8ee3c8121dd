/**
 * Builders for expected readings, so that a test table can write out a whole `Reading` in one row. They
 * only shape what a row writes: every field of the reading is still compared, and nothing here reads a
 * phrase.
 */
import type {
  Comparator,
  DateMark,
  FigureReading,
  Fraction,
  Quantity,
  Reading,
  Status,
} from "../../../src/core";

/** What a quantity holds besides its value, comparator, unit and source. `decimals` is 0 unless given. */
export interface QuantityExtra {
  readonly decimals?: number;
  readonly noun?: string;
  readonly high?: number;
  readonly negated?: boolean;
  readonly relative?: boolean;
  readonly per?: string;
  readonly basis?: "plan";
  readonly change?: "rise" | "fall";
  readonly start?: true;
}

function quantity(
  value: number,
  comparator: Comparator,
  unit: Quantity["unit"],
  source: string,
  extra: QuantityExtra,
): Quantity {
  return { value, comparator, unit, decimals: 0, source, ...extra };
}

/** A percentage: "83,3%" is `pct(83.3, "eq", "83,3%", { decimals: 1 })`. */
export function pct(
  value: number,
  comparator: Comparator,
  source: string,
  extra: QuantityExtra = {},
): Quantity {
  return quantity(value, comparator, "%", source, extra);
}

/** A count of something: "03 hội nghị" is `counted(3, "eq", "03 hội nghị", { noun: "hội nghị" })`. */
export function counted(
  value: number,
  comparator: Comparator,
  source: string,
  extra: QuantityExtra = {},
): Quantity {
  return quantity(value, comparator, "count", source, extra);
}

/** A figure without a unit: "Khoảng 4", or a number cell. */
export function bare(
  value: number,
  comparator: Comparator,
  source: string,
  extra: QuantityExtra = {},
): Quantity {
  return quantity(value, comparator, "number", source, extra);
}

/** The status words of a reading and the words that set each of them. */
export interface Words {
  readonly statuses: readonly Status[];
  readonly evidence: Readonly<Partial<Record<Status, string>>>;
}

/** A target is read for what it asks: its statuses are always [] and its evidence {}. */
export const TARGET: Words = { statuses: [], evidence: {} };

/** A result without status words: statuses [] and evidence {}. */
export const PLAIN: Words = { statuses: [], evidence: {} };

/** What a reading may hold besides its kind's own fields. `ceiling` is false unless given. */
export interface More {
  readonly ceiling?: boolean;
  readonly zeroOf?: string;
  /** Amounts beside a percentage ("1.763 tỷ đồng, đạt 91,72%"). */
  readonly amounts?: readonly Quantity[];
}

/** A figure reading with every percentage the phrase writes. */
export function figure(
  kind: FigureReading["kind"],
  text: string,
  q: Quantity,
  percents: readonly Quantity[],
  words: Words,
  more: More = {},
): Reading {
  return { kind, text, quantity: q, percents, ...words, ceiling: false, ...more };
}

/** A percent or threshold reading whose only percentage is its quantity: `percents` is `[q]`. */
export function rate(
  kind: "percent" | "threshold",
  text: string,
  q: Quantity,
  words: Words,
  more: More = {},
): Reading {
  return figure(kind, text, q, [q], words, more);
}

/** "5/6": done of total; the quantity is the percentage it makes, with 2 decimals. */
export function fraction(
  text: string,
  q: Quantity,
  of: Fraction,
  percents: readonly Quantity[],
  words: Words,
): Reading {
  return { kind: "fraction", text, quantity: q, fraction: of, percents, ...words, ceiling: false };
}

/** "Không có hồ sơ quá hạn": none of `zeroOf`. */
export function zero(
  text: string,
  zeroOf: string,
  words: Words,
  more: Omit<More, "zeroOf" | "amounts"> = {},
): Reading {
  return { kind: "zero", text, zeroOf, percents: [], ...words, ceiling: false, ...more };
}

/** Words without a figure, with the deadline they name where they name one. */
export function qualitative(text: string, words: Words, deadline?: DateMark): Reading {
  return deadline === undefined
    ? { kind: "qualitative", text, percents: [], ...words, ceiling: false }
    : { kind: "qualitative", text, percents: [], ...words, ceiling: false, deadline };
}

/** Nothing written ("none"), or something that is no phrase ("unparsed"). */
export function blank(kind: "none" | "unparsed", text: string): Reading {
  return { kind, text, percents: [], statuses: [], evidence: {}, ceiling: false };
}
