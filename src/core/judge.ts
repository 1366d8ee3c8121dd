/**
 * Judges one task: its target reading against its result reading. Every verdict carries reasons; when the
 * wording does not settle the question the verdict is `review`, never a silent guess.
 */
import { compareDates, latestDateOf } from "./dates";
import { round } from "./format";
import { foldText } from "./text";
import type { ReasonCode } from "./messages";
import { deniesExistence, mentionsBadThing, readPhrase } from "./phrases";
import type {
  CellInput,
  Comparator,
  DateMark,
  EngineOptions,
  Issue,
  Params,
  ParamValue,
  Quantity,
  Reading,
  Verdict,
} from "./types";

export interface Judgement {
  readonly verdict: Verdict;
  /** 0–100 with 2 decimals (100 for a task met on its wording), or null where no figure supports one. */
  readonly completion: number | null;
  readonly reasons: readonly Issue[];
  readonly targetReading: Reading;
  readonly resultReading: Reading;
}

type Bound = "gte" | "gt" | "lte" | "lt";

/** What the target asks for, once its wording is interpreted. */
type Requirement =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly bound: Bound;
      readonly unit: Unit;
      readonly shown: Params;
      /** A change ("tăng 10% so với năm 2023"), not a level. */
      readonly relative: boolean;
      /** A count per period ("01 lần/quý"): the folded period. */
      readonly per: string | undefined;
    }
  | { readonly kind: "approx"; readonly value: number; readonly unit: Unit; readonly shown: Params }
  | {
      readonly kind: "range";
      readonly value: number;
      readonly high: number;
      readonly unit: Unit;
      readonly shown: Params;
    }
  | { readonly kind: "zero"; readonly thing: string }
  | { readonly kind: "qualitative"; readonly text: string }
  | { readonly kind: "deadline"; readonly text: string; readonly deadline: DateMark }
  | { readonly kind: "missing" }
  | { readonly kind: "unclear"; readonly text: string };

interface Unit {
  readonly kind: "%" | "count";
  readonly noun?: string;
}

/** An actual figure taken from the result. */
interface Actual {
  readonly relative: boolean;
  readonly value: number;
  /** "eq" for a stated figure; a bound for "chưa đạt 100%" or "trên 90%". */
  readonly comparator: Comparator;
  readonly unit: Unit;
  readonly source: string;
}

const EPSILON = 1e-9;
/** Approximate targets ("khoảng 4") are reached within this share. */
const APPROX_TOLERANCE = 0.05;

const OPERATOR: Readonly<Record<Comparator, string>> = {
  gte: "≥",
  gt: ">",
  lte: "≤",
  lt: "<",
  eq: "",
  approx: "≈",
};

function reason(code: ReasonCode, params: Params = {}): Issue {
  return { code, params };
}

function shownTarget(quantity: Quantity, unit: Unit): Params {
  const noun = unit.kind === "%" ? "%" : (unit.noun ?? "");
  const period = quantity.per ? PERIODS[quantity.per]?.vi : undefined;
  const tu = period ? `${noun}/${period}` : noun;
  return quantity.high === undefined
    ? { op: OPERATOR[quantity.comparator], tv: quantity.value, tu }
    : { op: "", tv: quantity.value, tu, th: quantity.high };
}

function unitOf(quantity: Quantity): Unit {
  if (quantity.unit === "%") return { kind: "%" };
  return quantity.noun === undefined ? { kind: "count" } : { kind: "count", noun: quantity.noun };
}

function requirementOf(target: Reading): Requirement {
  switch (target.kind) {
    case "none":
      return { kind: "missing" };
    case "unparsed":
      return { kind: "unclear", text: target.text };
    case "qualitative":
      // "Không", "Không có" as a target: nothing of the kind may happen.
      if (isBareDenial(target)) return { kind: "zero", thing: "" };
      return target.deadline
        ? { kind: "deadline", text: target.text, deadline: target.deadline }
        : { kind: "qualitative", text: target.text };
    case "zero":
      return { kind: "zero", thing: target.zeroOf ?? "" };
    case "fraction":
    case "percent":
    case "threshold":
    case "count":
    case "range": {
      const q = target.quantity;
      if (!q) return { kind: "unclear", text: target.text };
      const unit = unitOf(q);
      const shown = shownTarget(q, unit);
      if (target.kind === "range" && q.high !== undefined) {
        return { kind: "range", value: q.value, high: q.high, unit, shown };
      }
      if (q.comparator === "approx") return { kind: "approx", value: q.value, unit, shown };
      // A bare "2%" of late files is a ceiling; of anything else, a floor.
      // A bare "0" asks for none; a bare figure of something bad is a ceiling; anything else a floor.
      const bound: Bound =
        q.comparator === "eq" ? (target.ceiling || q.value === 0 ? "lte" : "gte") : q.comparator;
      if (q.negated) return { kind: "unclear", text: target.text };
      return {
        kind: "number",
        value: q.value,
        bound,
        unit,
        shown,
        relative: q.relative === true,
        per: q.per,
      };
    }
  }
}

function percentOf(value: number, of: number): number {
  return of === 0 ? 100 : Math.min(100, (value / of) * 100);
}

function unitsMatch(required: Unit, actual: Unit): boolean {
  // A bare "6,6-6,8" target is on the same scale as "6,7%".
  if (required.kind === "count" && required.noun === undefined && actual.kind === "%") return true;
  if (required.kind !== actual.kind) return false;
  if (required.kind === "%" || required.noun === undefined || actual.noun === undefined) return true;
  return firstWord(required.noun) === firstWord(actual.noun);
}

function firstWord(noun: string): string {
  return noun.split(" ")[0] ?? noun;
}

interface Outcome {
  verdict: Verdict;
  completion: number | null;
  reasons: Issue[];
}

/** Picks the figure in the result that answers the requirement. */
function actualFor(requirement: Requirement, result: Reading, reasons: Issue[]): Actual | undefined {
  const wantsPercent =
    (requirement.kind === "number" || requirement.kind === "approx" || requirement.kind === "range") &&
    requirement.unit.kind === "%";
  if (result.fraction) {
    const { done, total } = result.fraction;
    const percent = (done / total) * 100;
    checkStatedPercent(result, percent, reasons);
    const source = result.fraction.source;
    if (wantsPercent)
      return { value: percent, comparator: "eq", unit: { kind: "%" }, source, relative: false };
    return { value: done, comparator: "eq", unit: { kind: "count" }, source, relative: false };
  }
  // A change is answered by a change: "còn 3,2% (giảm 1,1%)" answers "giảm 1%" with its 1,1%.
  const wantsChange = requirement.kind === "number" && requirement.relative;
  const q = (wantsChange ? result.percents.find((p) => p.relative) : undefined) ?? result.quantity;
  if (!q) return undefined;
  if (q.unit === "number" && wantsPercent) {
    // An Excel number without a percent format: 0.95 is a share, 95 a percentage, and a bare 1 against
    // a high rate ("100%") is the whole of it.
    const high = "value" in requirement && requirement.value >= 50;
    const share = q.value > 0 && (q.value < 1 || (q.value === 1 && high));
    const value = share ? q.value * 100 : q.value;
    if (share) reasons.push(reason("number-read-as-share", { raw: q.source, percent: round(value) }));
    return { value, comparator: q.comparator, unit: { kind: "%" }, source: q.source, relative: false };
  }
  if (q.unit === "number") {
    return {
      value: q.value,
      comparator: q.comparator,
      unit: { kind: "count" },
      source: q.source,
      relative: false,
    };
  }
  return {
    value: q.value,
    comparator: q.negated ? "lt" : q.comparator,
    unit: unitOf(q),
    source: q.source,
    relative: q.relative === true,
  };
}

function checkStatedPercent(result: Reading, computed: number, reasons: Issue[]): void {
  const fraction = result.fraction;
  if (!fraction) return;
  const stated = result.percents.find((p) => p.comparator === "eq" && !p.negated);
  if (!stated) return;
  const tolerance = 10 ** -stated.decimals + EPSILON;
  if (Math.abs(stated.value - computed) > tolerance) {
    reasons.push(
      reason("fraction-percent-mismatch", {
        stated: stated.value,
        done: fraction.done,
        total: fraction.total,
        computed: round(computed),
      }),
    );
  }
}

/** The target's params with more fields, built without spreads (this runs for every task). */
function withTarget(shown: Params, extra: Record<string, ParamValue>): Params {
  const params: Record<string, ParamValue> = extra;
  params.op = shown.op ?? "";
  params.tv = shown.tv ?? "";
  params.tu = shown.tu ?? "";
  if (shown.th !== undefined) params.th = shown.th;
  return params;
}

/** An unmet task never shows 100% ("Trên 90%" against exactly 90%). */
function unmetCompletion(completion: number): number {
  return Math.min(completion, 99.99);
}

function compareExact(
  requirement: Extract<Requirement, { kind: "number" | "approx" | "range" }>,
  actual: Actual,
  result: Reading,
): Outcome {
  const shown = requirement.shown;
  const isPercent = requirement.unit.kind === "%";
  const a = actual.value;
  const v = requirement.value;
  const byValue = (): Params =>
    withTarget(shown, { actual: round(a), noun: actual.unit.noun ?? requirement.unit.noun ?? "" });
  const outcome = (ok: boolean, code: ReasonCode, params: Params, completion: number): Outcome => ({
    verdict: ok ? "met" : "unmet",
    completion: round(ok ? completion : unmetCompletion(completion)),
    reasons: [{ code, params }],
  });

  switch (requirement.kind) {
    case "range": {
      const ok = a >= v - EPSILON;
      return outcome(ok, ok ? "range-meets" : "range-below", byValue(), percentOf(a, v));
    }
    case "approx": {
      const ok = a >= v * (1 - APPROX_TOLERANCE) - EPSILON;
      return outcome(ok, ok ? "approx-meets" : "approx-below", byValue(), percentOf(a, v));
    }
    case "number": {
      switch (requirement.bound) {
        case "gte":
        case "gt": {
          const ok = requirement.bound === "gte" ? a >= v - EPSILON : a > v + EPSILON;
          const fraction = isPercent ? result.fraction : undefined;
          if (fraction) {
            const params = withTarget(shown, {
              done: fraction.done,
              total: fraction.total,
              percent: round(a),
            });
            // x/y is the progress itself when the whole y is the goal.
            return outcome(
              ok,
              ok ? "fraction-meets" : "fraction-below",
              params,
              v >= 100 ? a : percentOf(a, v),
            );
          }
          const code: ReasonCode = isPercent
            ? ok
              ? "rate-meets"
              : "rate-below"
            : ok
              ? "count-meets"
              : "count-below";
          return outcome(ok, code, byValue(), percentOf(a, v));
        }
        case "lte":
        case "lt": {
          const ok = requirement.bound === "lte" ? a <= v + EPSILON : a < v - EPSILON;
          const completion = ok || a === 0 ? 100 : Math.min(100, (v / a) * 100);
          return outcome(ok, ok ? "limit-meets" : "limit-exceeded", byValue(), completion);
        }
      }
    }
  }
}

/** A result that only bounds the figure ("chưa đạt 100%", "trên 90%"). */
function compareBound(
  requirement: Extract<Requirement, { kind: "number" | "approx" | "range" }>,
  actual: Actual,
): Outcome {
  const params: Params = { ...requirement.shown, phrase: actual.source };
  const v = requirement.value;
  const x = actual.value;
  const wantsHigh =
    requirement.kind !== "number" || requirement.bound === "gte" || requirement.bound === "gt";
  const saysBelow = actual.comparator === "lt" || actual.comparator === "lte";
  const saysAbove = actual.comparator === "gt" || actual.comparator === "gte";
  if (wantsHigh && saysBelow && x <= v + EPSILON) {
    return { verdict: "unmet", completion: null, reasons: [reason("bound-below-target", params)] };
  }
  if (wantsHigh && saysAbove && x >= v - EPSILON) {
    // "có kiến nghị" against "có kiến nghị đề xuất": the thing exists.
    const code: ReasonCode = requirement.unit.kind === "count" ? "existence-met" : "rate-meets";
    const noun = requirement.unit.noun ?? "";
    return {
      verdict: "met",
      completion: 100,
      reasons: [reason(code, { ...requirement.shown, actual: actual.source, noun, phrase: actual.source })],
    };
  }
  if (!wantsHigh && saysBelow && x <= v + EPSILON) {
    return {
      verdict: "met",
      completion: 100,
      reasons: [reason("limit-meets", { ...requirement.shown, actual: actual.source })],
    };
  }
  if (!wantsHigh && saysAbove && x >= v - EPSILON) {
    return {
      verdict: "unmet",
      completion: null,
      reasons: [reason("limit-exceeded", { ...requirement.shown, actual: actual.source })],
    };
  }
  return { verdict: "review", completion: null, reasons: [reason("bound-undecided", params)] };
}

function phraseOf(reading: Reading): string {
  return reading.text;
}

/** Judges a result that has no usable figure, from its status words. */
function judgeWording(requirement: Requirement, result: Reading): Outcome {
  const has = (s: Reading["statuses"][number]): boolean => result.statuses.includes(s);
  const ev = result.evidence;
  // "Dưới 1%" of late files answered "Không có" or "Không có hồ sơ trễ hạn": none is within any ceiling.
  const ceiling =
    requirement.kind === "number" && (requirement.bound === "lte" || requirement.bound === "lt");
  if (ceiling && (result.zeroOf !== undefined || isBareDenial(result))) {
    return { verdict: "met", completion: 100, reasons: [reason("zero-met", { thing: result.zeroOf ?? "" })] };
  }
  if (has("negated"))
    return {
      verdict: "unmet",
      completion: null,
      reasons: [reason("negated-result", { phrase: ev.negated ?? phraseOf(result) })],
    };
  if (has("caveat"))
    return {
      verdict: "review",
      completion: null,
      reasons: [reason("caveat-result", { phrase: ev.caveat ?? phraseOf(result) })],
    };
  if (has("in-progress")) {
    return {
      verdict: "review",
      completion: null,
      reasons: [reason("in-progress-result", { phrase: ev["in-progress"] ?? phraseOf(result) })],
    };
  }
  if (has("not-arising")) {
    return {
      verdict: "no-data",
      completion: null,
      reasons: [reason("not-arising", { phrase: ev["not-arising"] ?? phraseOf(result) })],
    };
  }
  const done = has("done");
  const positive = done || has("reported") || result.zeroOf !== undefined;
  switch (requirement.kind) {
    case "number":
    case "approx":
    case "range": {
      // "Hoàn thành 100% …" answered by "Đã thực hiện xong": a full completion needs no figure.
      const full = requirement.kind === "number" && requirement.unit.kind === "%" && requirement.value >= 100;
      if (full && done) {
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("qualitative-for-rate", { ...requirement.shown, phrase: ev.done ?? "" })],
        };
      }
      return {
        verdict: "review",
        completion: null,
        reasons: [reason("no-number-in-result", requirement.shown)],
      };
    }
    case "zero":
      if (result.zeroOf !== undefined)
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("zero-met", { thing: requirement.thing })],
        };
      if (done)
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("qualitative-done", { phrase: ev.done ?? "" })],
        };
      return {
        verdict: "review",
        completion: null,
        reasons: [reason("qualitative-unclear", { phrase: phraseOf(result) })],
      };
    case "qualitative":
    case "deadline":
    case "missing":
      if (positive) {
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("qualitative-done", { phrase: ev.done ?? ev.reported ?? phraseOf(result) })],
        };
      }
      return {
        verdict: "review",
        completion: null,
        reasons: [reason("qualitative-unclear", { phrase: phraseOf(result) })],
      };
    case "unclear":
      return {
        verdict: "review",
        completion: null,
        reasons: [reason("target-unclear", { phrase: requirement.text })],
      };
  }
}

/** Judges a target against a result. Both are cells as the sheet holds them. */
export function judgeTask(target: CellInput, result: CellInput, options: EngineOptions = {}): Judgement {
  const targetReading = readPhrase(target, options);
  const resultReading = readPhrase(result, options);
  return { ...judgeReadings(targetReading, resultReading), targetReading, resultReading };
}

/** The same, from readings already made. */
export function judgeReadings(
  targetReading: Reading,
  resultReading: Reading,
  cache?: RequirementCache,
): Omit<Judgement, "targetReading" | "resultReading"> {
  const outcome = decide(targetReading, resultReading, cache);
  // The outcome is fresh from `decide`: finish it in place rather than copy it.
  outcome.completion = clampCompletion(outcome.completion);
  return outcome;
}

/** Progress is a share of the target: negative figures count as none, excess as all. */
function clampCompletion(completion: number | null): number | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  return round(Math.min(100, Math.max(0, completion)));
}

/** Interpreted targets by reading, for one sheet: its tasks share readings of repeated phrases. */
export type RequirementCache = Map<Reading, unknown>;

function requirementFor(target: Reading, cache: RequirementCache | undefined): Requirement {
  if (!cache) return requirementOf(target);
  let requirement = cache.get(target) as Requirement | undefined;
  if (!requirement) {
    requirement = requirementOf(target);
    cache.set(target, requirement);
  }
  return requirement;
}

function decide(target: Reading, result: Reading, cache: RequirementCache | undefined): Outcome {
  const requirement = requirementFor(target, cache);
  const withLead = (outcome: Outcome): Outcome => {
    if (requirement.kind === "missing") outcome.reasons.unshift(reason("target-missing"));
    return outcome;
  };

  if (result.kind === "none")
    return withLead({ verdict: "no-data", completion: null, reasons: [reason("empty-result")] });
  if (result.statuses.includes("no-data")) {
    return withLead({
      verdict: "no-data",
      completion: null,
      reasons: [reason("no-data-result", { phrase: result.evidence["no-data"] ?? result.text })],
    });
  }
  if (result.kind === "unparsed") {
    return withLead({
      verdict: "review",
      completion: null,
      reasons: [reason("qualitative-unclear", { phrase: result.text })],
    });
  }
  return withLead(overlay(judgeCore(requirement, result), result));
}

/** "Không", "Không có", "0": a bare denial, which answers a zero target or a ceiling. */
function isBareDenial(result: Reading): boolean {
  return /^(?:khong|khong co|chua co|khong phat sinh|khong xay ra|khong de xay ra|0)\.?$/.test(
    foldText(result.text),
  );
}

/** The result repeats the target's words ("Công khai đầy đủ, đúng quy định" twice). */
function restates(target: string, result: string): boolean {
  const t = foldText(target).replace(/[.;,]+$/, "");
  return t.length >= 8 && foldText(result).includes(t);
}

const PERIODS: Readonly<Record<string, { perYear: number; vi: string }>> = {
  quy: { perYear: 4, vi: "quý" },
  thang: { perYear: 12, vi: "tháng" },
  tuan: { perYear: 52, vi: "tuần" },
};

/** "01 lần/quý" against a yearly total: met at four, otherwise a person checks the reporting period. */
function perPeriod(
  requirement: Extract<Requirement, { kind: "number" }>,
  actual: Actual,
): Outcome | undefined {
  const period = PERIODS[requirement.per ?? ""];
  if (!period || actual.comparator !== "eq") return undefined;
  const annual = requirement.value * period.perYear;
  const params = { ...requirement.shown, period: period.vi, annual, actual: actual.source };
  if (actual.value >= annual - EPSILON) {
    return { verdict: "met", completion: 100, reasons: [reason("per-period-meets", params)] };
  }
  return {
    verdict: "review",
    completion: round(percentOf(actual.value, annual)),
    reasons: [reason("per-period-review", params)],
  };
}

function judgeCore(requirement: Requirement, result: Reading): Outcome {
  switch (requirement.kind) {
    case "number":
    case "approx":
    case "range": {
      const notes: Issue[] = [];
      const actual = actualFor(requirement, result, notes);
      if (actual && !unitsMatch(requirement.unit, actual.unit)) {
        // "Tối thiểu có 01 sáng kiến" answered in percent, or "triệu đồng" answered in "tỷ đồng".
        return {
          verdict: "review",
          completion: null,
          reasons: [reason("units-differ", { ...requirement.shown, actual: actual.source })],
        };
      }
      if (actual && requirement.kind === "number" && requirement.relative && !actual.relative) {
        return {
          verdict: "review",
          completion: null,
          reasons: [reason("relative-target", { ...requirement.shown, actual: actual.source })],
        };
      }
      if (actual && requirement.kind === "number" && requirement.per && requirement.per !== "nam") {
        const perYear = perPeriod(requirement, actual);
        if (perYear) return perYear;
      }
      if (!actual) {
        const noun = requirement.unit.kind === "count" ? requirement.unit.noun : undefined;
        const atLeast =
          requirement.kind === "number" && (requirement.bound === "gte" || requirement.bound === "gt");
        if (requirement.kind === "number" && noun && atLeast) {
          if (requirement.value <= 1) return judgeExistence(requirement, result);
          // "Tối thiểu 02 sáng kiến" answered "Không có sáng kiến".
          if (deniesExistence(result.text, noun)) {
            return { verdict: "unmet", completion: null, reasons: [reason("existence-unmet", { noun })] };
          }
        }
        return judgeWording(requirement, result);
      }
      const outcome =
        actual.comparator === "eq" || actual.comparator === "approx"
          ? compareExact(requirement, actual, result)
          : compareBound(requirement, actual);
      return { ...outcome, reasons: [...outcome.reasons, ...notes] };
    }
    case "zero": {
      const q = result.quantity;
      if (
        result.zeroOf !== undefined ||
        result.statuses.includes("not-arising") ||
        isBareDenial(result) ||
        (q !== undefined && q.value === 0 && q.unit !== "%")
      ) {
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("zero-met", { thing: requirement.thing })],
        };
      }
      if (q && q.unit !== "%" && q.value > 0 && (requirement.thing === "" || mentionsBadThing(result.text))) {
        return {
          verdict: "unmet",
          completion: null,
          reasons: [reason("zero-unmet", { thing: requirement.thing, actual: q.source })],
        };
      }
      if (q && q.unit === "%" && q.value >= 100 && !result.statuses.includes("negated")) {
        return {
          verdict: "met",
          completion: 100,
          reasons: [reason("rate-meets", { op: "", tv: 100, tu: "%", actual: q.value })],
        };
      }
      return judgeWording(requirement, result);
    }
    case "deadline": {
      const outcome = judgeWording(requirement, result);
      // The day the work was done: the latest date the result names. A bare date ("Ngày 10/01/2024")
      // in a deadline's row is that day.
      const done = latestDateOf(foldText(result.text), result.text);
      const dateOnly = outcome.verdict === "review" && done !== undefined && result.statuses.length === 0;
      if (outcome.verdict !== "met" && !dateOnly) return outcome;
      const deadline = requirement.deadline.source;
      if (!done)
        return { ...outcome, reasons: [...outcome.reasons, reason("deadline-no-date", { deadline })] };
      return compareDates(done, requirement.deadline) <= 0
        ? {
            verdict: "met",
            completion: 100,
            reasons: [reason("deadline-met", { date: done.source, deadline })],
          }
        : {
            verdict: "unmet",
            completion: null,
            reasons: [reason("deadline-missed", { date: done.source, deadline })],
          };
    }
    case "qualitative":
    case "missing": {
      const outcome = judgeWording(requirement, result);
      if (
        outcome.verdict === "met" &&
        requirement.kind === "qualitative" &&
        restates(requirement.text, result.text)
      ) {
        outcome.reasons[0] = reason("qualitative-restates");
      }
      const figure = result.quantity ?? result.percents[0];
      if (outcome.verdict === "met" && figure && requirement.kind === "qualitative") {
        outcome.reasons.push(reason("number-without-target", { value: figure.source }));
      }
      return outcome;
    }
    case "unclear":
      if (result.statuses.includes("negated")) return judgeWording(requirement, result);
      return {
        verdict: "review",
        completion: null,
        reasons: [reason("target-unclear", { phrase: requirement.text })],
      };
  }
}

/** "Có kiến nghị đề xuất" answered without a number: does the result name the thing, unnegated? */
function judgeExistence(requirement: Extract<Requirement, { kind: "number" }>, result: Reading): Outcome {
  const noun = requirement.unit.noun ?? "";
  const mentions = noun !== "" && result.text.toLowerCase().includes(noun);
  const negated =
    result.statuses.includes("negated") ||
    result.statuses.includes("not-arising") ||
    deniesExistence(result.text, noun);
  if (mentions && !negated) {
    return {
      verdict: "met",
      completion: 100,
      reasons: [reason("existence-met", { noun, phrase: result.quantity?.source ?? noun })],
    };
  }
  if (result.statuses.includes("not-arising")) {
    return {
      verdict: "unmet",
      completion: null,
      reasons: [reason("not-arising-existence", { phrase: result.evidence["not-arising"] ?? result.text })],
    };
  }
  if (negated) return { verdict: "unmet", completion: null, reasons: [reason("existence-unmet", { noun })] };
  return judgeWording(requirement, result);
}

/** Status words that qualify a verdict reached from the figures. */
function overlay(outcome: Outcome, result: Reading): Outcome {
  if (outcome.verdict !== "met") return outcome;
  const ev = result.evidence;
  const figures = result.quantity !== undefined || result.fraction !== undefined;
  if (!figures) return outcome;
  if (result.statuses.includes("caveat") || result.statuses.includes("negated")) {
    const phrase = ev.caveat ?? ev.negated ?? result.text;
    return {
      verdict: "review",
      completion: outcome.completion,
      reasons: [...outcome.reasons, reason("caveat-with-numbers", { phrase })],
    };
  }
  if (result.statuses.includes("in-progress")) {
    return {
      ...outcome,
      reasons: [...outcome.reasons, reason("pending-note", { phrase: ev["in-progress"] ?? "" })],
    };
  }
  return outcome;
}
