/**
 * Judges one task: its target reading against its result reading. Every verdict carries reasons; when the
 * wording does not settle the question the verdict is `review`, never a silent guess.
 */
import { round } from "../format";
import { reason, type Reason, type TargetShown } from "../issues";
import { defaultLexicon, type CompiledLexicon } from "../lexicon";
import { compareDates, latestDateOf } from "../readings/dates";
import {
  deniesExistence,
  isBareDenial,
  measuresHandling,
  mentionsBadThing,
  occurrencesAlike,
  readResult,
  readTarget,
  type ReadOptions,
} from "../readings/read";
import { vocabularyOf } from "../readings/vocabulary";
import { foldText } from "../text";
import type { CellInput, Comparator, DateMark, Fraction, Quantity, Reading, Verdict } from "../types";

export interface Judgement {
  readonly verdict: Verdict;
  /** 0–100 with 2 decimals (100 for a task met on its wording), or null where no figure supports one. */
  readonly completion: number | null;
  readonly reasons: readonly Reason[];
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
      readonly shown: TargetShown;
      /** A change ("tăng 10% so với năm 2023"), not a level. */
      readonly relative: boolean;
      /** Which way the change must go, where a change word says so. */
      readonly change: "rise" | "fall" | undefined;
      /** The level the target's change starts from ("giảm từ 4,12% xuống còn 2,62%"). */
      readonly start: number | undefined;
      /** A share of the plan ("Đạt từ 95% kế hoạch vốn"), not a rate of something. */
      readonly plan: boolean;
      /** A count per period ("01 lần/quý"): the period's key. */
      readonly per: string | undefined;
      /** "Có phát sinh": something must arise, no noun named. */
      readonly arising: boolean;
      /**
       * The target, folded, where it is a rate of handling bad things ("Xử lý 100% phản ánh"): a result
       * that none arose leaves nothing to measure.
       */
      readonly handles: string | undefined;
    }
  | { readonly kind: "approx"; readonly value: number; readonly unit: Unit; readonly shown: TargetShown }
  | {
      readonly kind: "range";
      readonly value: number;
      readonly high: number;
      readonly unit: Unit;
      readonly shown: TargetShown;
    }
  | { readonly kind: "zero"; readonly thing: string }
  | { readonly kind: "qualitative"; readonly text: string }
  | { readonly kind: "deadline"; readonly text: string; readonly deadline: DateMark }
  | { readonly kind: "missing" }
  | { readonly kind: "unclear"; readonly text: string };

type Figures = Extract<Requirement, { kind: "number" | "approx" | "range" }>;

interface Unit {
  readonly kind: "%" | "count";
  readonly noun?: string;
}

/** An actual figure taken from the result. */
interface Actual {
  readonly relative: boolean;
  /** Which way a change went, where a change word says so ("giảm 1,8%"). */
  readonly change?: "rise" | "fall";
  readonly value: number;
  /** "eq" for a stated figure; a bound for "chưa đạt 100%" or "trên 90%". */
  readonly comparator: Comparator;
  readonly unit: Unit;
  readonly source: string;
  /** A count per period ("01 lần/tuần"): the period's key. */
  readonly per?: string;
}

interface Outcome {
  verdict: Verdict;
  completion: number | null;
  reasons: Reason[];
}

/** What one table's judgements share: the lexicon, and targets already interpreted. */
export interface JudgeContext {
  readonly lexicon: CompiledLexicon;
  /** Interpreted targets by reading: a table's tasks share the readings of repeated targets. */
  readonly requirements: Map<Reading, Requirement>;
}

export function judgeContext(lexicon: CompiledLexicon = defaultLexicon()): JudgeContext {
  return { lexicon, requirements: new Map() };
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

function quantityOf(reading: Reading): Quantity | undefined {
  return "quantity" in reading ? reading.quantity : undefined;
}

function fractionOf(reading: Reading): Fraction | undefined {
  return reading.kind === "fraction" ? reading.fraction : undefined;
}

function shownTarget(quantity: Quantity, unit: Unit, context: JudgeContext): TargetShown {
  const noun = unit.kind === "%" ? "%" : (unit.noun ?? "");
  const period = quantity.per ? periodOf(quantity.per, context) : undefined;
  // "02 cuộc/năm" is shown as a yearly count; other periods keep theirs ("01 lần/quý").
  const tu = period && period.perYear > 1 ? `${noun}/${period.written}` : noun;
  return quantity.high === undefined
    ? { op: OPERATOR[quantity.comparator], tv: quantity.value, tu }
    : { op: "", tv: quantity.value, tu, th: quantity.high };
}

function periodOf(key: string, context: JudgeContext): { perYear: number; written: string } | undefined {
  for (const period of context.lexicon.periods.values()) if (period.key === key) return period;
  return undefined;
}

function unitOf(quantity: Quantity): Unit {
  if (quantity.unit === "%") return { kind: "%" };
  return quantity.noun === undefined ? { kind: "count" } : { kind: "count", noun: quantity.noun };
}

function requirementOf(target: Reading, context: JudgeContext): Requirement {
  switch (target.kind) {
    case "none":
      return { kind: "missing" };
    case "unparsed":
      return { kind: "unclear", text: target.text };
    case "qualitative":
      // "Không", "Không có" as a target: nothing of the kind may happen.
      if (isBareDenial(target.text, context.lexicon)) return { kind: "zero", thing: "" };
      return target.deadline
        ? { kind: "deadline", text: target.text, deadline: target.deadline }
        : { kind: "qualitative", text: target.text };
    case "zero":
      return { kind: "zero", thing: target.zeroOf };
    case "fraction":
    case "percent":
    case "threshold":
    case "count":
    case "range": {
      const q = target.quantity;
      const unit = unitOf(q);
      const shown = shownTarget(q, unit, context);
      if (target.kind === "range" && q.high !== undefined) {
        return { kind: "range", value: q.value, high: q.high, unit, shown };
      }
      if (q.comparator === "approx") return { kind: "approx", value: q.value, unit, shown };
      // A bare "0" asks for none; a bare figure of something bad is a ceiling; anything else a floor.
      const bound: Bound =
        q.comparator === "eq" ? (target.ceiling || q.value === 0 ? "lte" : "gte") : q.comparator;
      if (q.negated) return { kind: "unclear", text: target.text };
      const handles = target.zeroOf === undefined ? handledIn(target.text, context) : undefined;
      return {
        kind: "number",
        value: q.value,
        bound,
        unit,
        shown,
        relative: q.relative === true,
        change: q.change,
        start: startOf(target),
        plan: q.basis === "plan",
        per: q.per,
        // Only "Có phát sinh" reads as a count of no named noun; a bare figure is a "number".
        arising: q.unit === "count" && q.noun === undefined,
        handles,
      };
    }
  }
}

/** A rate of bad things handled ("phản ánh được xử lý đúng hạn"): the folded target, or undefined. */
function handledIn(text: string, context: JudgeContext): string | undefined {
  // Most targets name no bad thing: their words as written tell, before any folding.
  if (!vocabularyOf(context.lexicon).ceilingStems.test(text)) return undefined;
  const folded = foldText(text);
  return measuresHandling(folded, context.lexicon) ? folded : undefined;
}

/** The level a phrase's change starts from ("từ 4,12% xuống còn 2,3%"), where it names one. */
function startOf(reading: Reading): number | undefined {
  for (const p of reading.percents) if (p.start) return p.value;
  return undefined;
}

/** A result stated as a share of the plan ("đạt 103% kế hoạch", "vượt 5% so với chỉ tiêu"). */
function planShareOf(result: Reading): Quantity | undefined {
  for (const p of result.percents) if (p.basis === "plan" && p.comparator === "eq" && !p.negated) return p;
  return undefined;
}

/** The level a result states ("94,1%" of "94,1%, đạt 99,05% chỉ tiêu"): no share, change or start. */
function levelOf(result: Reading): Quantity | undefined {
  for (const p of result.percents) {
    if (p.comparator === "eq" && !p.negated && p.basis === undefined && !p.relative && !p.start) return p;
  }
  return undefined;
}

/** The amount of a result in a target's unit ("1.763 tỷ đồng" for "1.920 tỷ đồng"). */
function amountFor(unit: Unit, result: Reading, context: JudgeContext): Quantity | undefined {
  const amounts = "amounts" in result ? result.amounts : undefined;
  if (!amounts) return undefined;
  for (const a of amounts) if (unitsMatch(unit, unitOf(a), context)) return a;
  return undefined;
}

function percentOf(value: number, of: number): number {
  return of === 0 ? 100 : Math.min(100, (value / of) * 100);
}

function unitsMatch(required: Unit, actual: Unit, context: JudgeContext): boolean {
  // A bare "6,6-6,8" target is on the same scale as "6,7%".
  if (required.kind === "count" && required.noun === undefined && actual.kind === "%") return true;
  if (required.kind !== actual.kind) return false;
  if (required.kind === "%" || required.noun === undefined || actual.noun === undefined) return true;
  // "01 lần/tháng" against "14 lượt tuyên truyền": times of the task, counted either way.
  return (
    firstWord(required.noun) === firstWord(actual.noun) ||
    occurrencesAlike(required.noun, actual.noun, context.lexicon)
  );
}

function firstWord(noun: string): string {
  return noun.split(" ")[0] ?? noun;
}

/** Picks the figure in the result that answers the requirement. */
function actualFor(
  requirement: Figures,
  result: Reading,
  notes: Reason[],
  context: JudgeContext,
): Actual | undefined {
  const wantsPercent = requirement.unit.kind === "%";
  const fraction = fractionOf(result);
  if (fraction) {
    const { done, total } = fraction;
    const percent = (done / total) * 100;
    checkStatedPercent(result, fraction, percent, notes);
    const source = fraction.source;
    if (wantsPercent)
      return { value: percent, comparator: "eq", unit: { kind: "%" }, source, relative: false };
    return { value: done, comparator: "eq", unit: { kind: "count" }, source, relative: false };
  }
  const q = answeringQuantity(requirement, result, context);
  if (!q) return undefined;
  if (q.unit === "number" && wantsPercent) {
    // An Excel number without a percent format: 0.95 is a share, 95 a percentage, and a bare 1 against
    // a high rate ("100%") is the whole of it.
    const share = q.value > 0 && (q.value < 1 || (q.value === 1 && requirement.value >= 50));
    const value = share ? q.value * 100 : q.value;
    if (share) notes.push(reason("number-read-as-share", { raw: q.source, percent: round(value) }));
    return { value, comparator: q.comparator, unit: { kind: "%" }, source: q.source, relative: false };
  }
  if (q.unit === "number") {
    const bare: Actual = {
      value: q.value,
      comparator: q.comparator,
      unit: { kind: "count" },
      source: q.source,
      relative: q.relative === true,
    };
    return q.change === undefined ? bare : { ...bare, change: q.change };
  }
  const actual: Actual = {
    value: q.value,
    comparator: q.negated ? "lt" : q.comparator,
    unit: unitOf(q),
    source: q.source,
    relative: q.relative === true,
  };
  if (q.change === undefined && q.per === undefined) return actual;
  return {
    ...actual,
    ...(q.change === undefined ? {} : { change: q.change }),
    ...(q.per === undefined ? {} : { per: q.per }),
  };
}

/**
 * The figure of a result that answers the requirement: a change for a change ("còn 3,2% (giảm 1,1%)"
 * answers "giảm 1%" with its 1,1%), a share of the plan for a share of it, a level for a rate, an amount
 * for an amount ("1.763 tỷ đồng, đạt 91,72%" answers "1.920 tỷ đồng" with its 1.763 tỷ đồng).
 */
function answeringQuantity(
  requirement: Figures,
  result: Reading,
  context: JudgeContext,
): Quantity | undefined {
  const primary = quantityOf(result);
  if (requirement.kind === "number" && requirement.relative) {
    return result.percents.find((p) => p.relative) ?? primary;
  }
  if (primary?.unit !== "%") return primary;
  if (requirement.unit.kind === "count" && requirement.unit.noun !== undefined) {
    const amounts = "amounts" in result ? result.amounts : undefined;
    return amountFor(requirement.unit, result, context) ?? amounts?.[0] ?? primary;
  }
  if (requirement.unit.kind !== "%") return primary;
  if (requirement.kind === "number" && requirement.plan) return planShareOf(result) ?? primary;
  if (primary.basis === "plan" || primary.change !== undefined) return levelOf(result) ?? primary;
  return primary;
}

function checkStatedPercent(result: Reading, fraction: Fraction, computed: number, notes: Reason[]): void {
  const stated = result.percents.find((p) => p.comparator === "eq" && !p.negated);
  if (!stated) return;
  const tolerance = 10 ** -stated.decimals + EPSILON;
  if (Math.abs(stated.value - computed) > tolerance) {
    notes.push(
      reason("fraction-percent-mismatch", {
        stated: stated.value,
        done: fraction.done,
        total: fraction.total,
        computed: round(computed),
      }),
    );
  }
}

/** An unmet task never shows 100% ("Trên 90%" against exactly 90%). */
function unmetCompletion(completion: number): number {
  return Math.min(completion, 99.99);
}

function against(
  shown: TargetShown,
  actual: number,
  noun: string,
): TargetShown & { actual: number; noun: string } {
  // Built without spreads: this runs for every task.
  const params: { actual: number; noun: string; op: string; tv: number | string; tu: string; th?: number } = {
    actual,
    noun,
    op: shown.op,
    tv: shown.tv,
    tu: shown.tu,
  };
  if (shown.th !== undefined) params.th = shown.th;
  return params;
}

type AgainstCode =
  "rate-meets" | "rate-below" | "count-meets" | "count-below" | "range-meets" | "range-below";
type LimitCode = "approx-meets" | "approx-below" | "limit-meets" | "limit-exceeded";

function compareExact(requirement: Figures, actual: Actual, result: Reading): Outcome {
  const shown = requirement.shown;
  const isPercent = requirement.unit.kind === "%";
  const a = actual.value;
  const v = requirement.value;
  const byValue = () => against(shown, round(a), actual.unit.noun ?? requirement.unit.noun ?? "");
  const outcome = (ok: boolean, reasonMade: Reason, completion: number): Outcome => ({
    verdict: ok ? "met" : "unmet",
    completion: round(ok ? completion : unmetCompletion(completion)),
    reasons: [reasonMade],
  });
  const byCode = (ok: boolean, code: AgainstCode | LimitCode, completion: number): Outcome =>
    outcome(ok, reason(code, byValue()), completion);

  switch (requirement.kind) {
    case "range": {
      const ok = a >= v - EPSILON;
      return byCode(ok, ok ? "range-meets" : "range-below", percentOf(a, v));
    }
    case "approx": {
      const ok = a >= v * (1 - APPROX_TOLERANCE) - EPSILON;
      return byCode(ok, ok ? "approx-meets" : "approx-below", percentOf(a, v));
    }
    case "number": {
      switch (requirement.bound) {
        case "gte":
        case "gt": {
          const ok = requirement.bound === "gte" ? a >= v - EPSILON : a > v + EPSILON;
          const fraction = isPercent ? fractionOf(result) : undefined;
          if (fraction) {
            const params = {
              done: fraction.done,
              total: fraction.total,
              percent: round(a),
              op: shown.op,
              tv: shown.tv,
              tu: shown.tu,
              ...(shown.th === undefined ? {} : { th: shown.th }),
            };
            // x/y is the progress itself when the whole y is the goal.
            return outcome(
              ok,
              reason(ok ? "fraction-meets" : "fraction-below", params),
              v >= 100 ? a : percentOf(a, v),
            );
          }
          const code = isPercent ? (ok ? "rate-meets" : "rate-below") : ok ? "count-meets" : "count-below";
          return byCode(ok, code, percentOf(a, v));
        }
        case "lte":
        case "lt": {
          const ok = requirement.bound === "lte" ? a <= v + EPSILON : a < v - EPSILON;
          const completion = ok || a === 0 ? 100 : Math.min(100, (v / a) * 100);
          return byCode(ok, ok ? "limit-meets" : "limit-exceeded", completion);
        }
      }
    }
  }
}

/** A result that only bounds the figure ("chưa đạt 100%", "trên 90%"). */
function compareBound(requirement: Figures, actual: Actual): Outcome {
  const shown = requirement.shown;
  const v = requirement.value;
  const x = actual.value;
  const wantsHigh =
    requirement.kind !== "number" || requirement.bound === "gte" || requirement.bound === "gt";
  const saysBelow = actual.comparator === "lt" || actual.comparator === "lte";
  const saysAbove = actual.comparator === "gt" || actual.comparator === "gte";
  if (wantsHigh && saysBelow && x <= v + EPSILON) {
    return {
      verdict: "unmet",
      completion: null,
      reasons: [reason("bound-below-target", { ...shown, phrase: actual.source })],
    };
  }
  if (wantsHigh && saysAbove && x >= v - EPSILON) {
    const noun = requirement.unit.noun ?? "";
    // "có kiến nghị" against "có kiến nghị đề xuất": the thing exists.
    const params = { ...shown, actual: actual.source, noun, phrase: actual.source };
    const met =
      requirement.unit.kind === "count" ? reason("existence-met", params) : reason("rate-meets", params);
    return { verdict: "met", completion: 100, reasons: [met] };
  }
  if (!wantsHigh && saysBelow && x <= v + EPSILON) {
    return {
      verdict: "met",
      completion: 100,
      reasons: [reason("limit-meets", { ...shown, actual: actual.source })],
    };
  }
  if (!wantsHigh && saysAbove && x >= v - EPSILON) {
    return {
      verdict: "unmet",
      completion: null,
      reasons: [reason("limit-exceeded", { ...shown, actual: actual.source })],
    };
  }
  return {
    verdict: "review",
    completion: null,
    reasons: [reason("bound-undecided", { ...shown, phrase: actual.source })],
  };
}

/** "vượt 5% so với chỉ tiêu": the result as a share of the plan, whatever the plan's unit. */
function judgePlanShare(share: Quantity): Outcome {
  const ok = share.value >= 100 - EPSILON;
  const params = { share: round(share.value), phrase: share.source };
  return ok
    ? {
        verdict: "met",
        completion: percentOf(share.value, 100),
        reasons: [reason("plan-share-meets", params)],
      }
    : {
        verdict: "unmet",
        completion: unmetCompletion(share.value),
        reasons: [reason("plan-share-below", params)],
      };
}

/** Judges a result that has no usable figure, from its status words. */
function judgeWording(requirement: Requirement, result: Reading, context: JudgeContext): Outcome {
  const has = (s: Reading["statuses"][number]): boolean => result.statuses.includes(s);
  const ev = result.evidence;
  // "Dưới 1%" of late files answered "Không có" or "Không có hồ sơ trễ hạn": none is within any ceiling.
  const ceiling =
    requirement.kind === "number" && (requirement.bound === "lte" || requirement.bound === "lt");
  if (ceiling && (result.zeroOf !== undefined || isBareDenial(result.text, context.lexicon))) {
    return { verdict: "met", completion: 100, reasons: [reason("zero-met", { thing: result.zeroOf ?? "" })] };
  }
  // "Xử lý 100% phản ánh" answered "không phát sinh phản ánh": none arose, so nothing to measure.
  const handles = requirement.kind === "number" ? requirement.handles : undefined;
  if (handles !== undefined && result.zeroOf !== undefined && handles.includes(foldText(result.zeroOf))) {
    return unsure("no-data", reason("not-arising", { phrase: result.text }));
  }
  if (has("negated")) {
    return unsure("unmet", reason("negated-result", { phrase: ev.negated ?? result.text }));
  }
  if (has("caveat")) return unsure("review", reason("caveat-result", { phrase: ev.caveat ?? result.text }));
  if (has("in-progress")) {
    return unsure("review", reason("in-progress-result", { phrase: ev["in-progress"] ?? result.text }));
  }
  if (has("not-arising")) {
    return unsure("no-data", reason("not-arising", { phrase: ev["not-arising"] ?? result.text }));
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
        return metBy(reason("qualitative-for-rate", { ...requirement.shown, phrase: ev.done ?? "" }));
      }
      return unsure("review", reason("no-number-in-result", requirement.shown));
    }
    case "zero":
      if (result.zeroOf !== undefined) return metBy(reason("zero-met", { thing: requirement.thing }));
      if (done) return metBy(reason("qualitative-done", { phrase: ev.done ?? "" }));
      return unsure("review", reason("qualitative-unclear", { phrase: result.text }));
    case "qualitative":
    case "deadline":
    case "missing":
      if (positive)
        return metBy(reason("qualitative-done", { phrase: ev.done ?? ev.reported ?? result.text }));
      return unsure("review", reason("qualitative-unclear", { phrase: result.text }));
    case "unclear":
      return unsure("review", reason("target-unclear", { phrase: requirement.text }));
  }
}

function metBy(why: Reason): Outcome {
  return { verdict: "met", completion: 100, reasons: [why] };
}

function unsure(verdict: Verdict, why: Reason): Outcome {
  return { verdict, completion: null, reasons: [why] };
}

/** Judges a target against a result, both cells as the sheet holds them, as the engine judges a task. */
export function judgeTask(target: CellInput, result: CellInput, options: ReadOptions = {}): Judgement {
  const context = judgeContext(options.lexicon);
  const targetReading = readTarget(target, options);
  const resultReading = readResult(result, options);
  return { ...judgeReadings(targetReading, resultReading, context), targetReading, resultReading };
}

/** The same, from readings already made. */
export function judgeReadings(
  targetReading: Reading,
  resultReading: Reading,
  context: JudgeContext,
): Omit<Judgement, "targetReading" | "resultReading"> {
  const outcome = decide(targetReading, resultReading, context);
  // The outcome is fresh from `decide`: finish it in place rather than copy it.
  outcome.completion = clampCompletion(outcome.completion);
  return outcome;
}

/** Progress is a share of the target: negative figures count as none, excess as all. */
function clampCompletion(completion: number | null): number | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  return round(Math.min(100, Math.max(0, completion)));
}

function requirementFor(target: Reading, context: JudgeContext): Requirement {
  let requirement = context.requirements.get(target);
  if (!requirement) {
    requirement = requirementOf(target, context);
    context.requirements.set(target, requirement);
  }
  return requirement;
}

function decide(target: Reading, result: Reading, context: JudgeContext): Outcome {
  const requirement = requirementFor(target, context);
  const withLead = (outcome: Outcome): Outcome => {
    if (requirement.kind === "missing") outcome.reasons.unshift(reason("target-missing", {}));
    return outcome;
  };

  if (result.kind === "none") return withLead(unsure("no-data", reason("empty-result", {})));
  if (result.statuses.includes("no-data")) {
    return withLead(
      unsure("no-data", reason("no-data-result", { phrase: result.evidence["no-data"] ?? result.text })),
    );
  }
  if (result.kind === "unparsed") {
    return withLead(unsure("review", reason("qualitative-unclear", { phrase: result.text })));
  }
  return withLead(overlay(judgeCore(requirement, result, context), result));
}

/** The result repeats the target's words ("Công khai đầy đủ, đúng quy định" twice). */
function restates(target: string, result: string): boolean {
  const t = foldText(target).replace(/[.;,]+$/, "");
  return t.length >= 8 && foldText(result).includes(t);
}

/**
 * A count per period. "01 lần/quý" against a yearly total: met at four, otherwise a person checks the
 * reporting period. A result per period ("01 lần/tuần", "02 lần/tháng") states a rate, not a total so
 * far: it is compared with the target's rate, both as a year's worth (a target with no period is one).
 */
function perPeriod(
  requirement: Extract<Requirement, { kind: "number" }>,
  actual: Actual,
  context: JudgeContext,
): Outcome | undefined {
  const period = periodOf(requirement.per ?? "", context);
  const done = periodOf(actual.per ?? "", context);
  if (done) return ratePerPeriod(requirement, actual, period, done, context);
  if (!period || period.perYear <= 1 || actual.comparator !== "eq") return undefined;
  const annual = requirement.value * period.perYear;
  const params = { ...requirement.shown, period: period.written, annual, actual: actual.source };
  if (actual.value >= annual - EPSILON) return metBy(reason("per-period-meets", params));
  return {
    verdict: "review",
    completion: round(percentOf(actual.value, annual)),
    reasons: [reason("per-period-review", params)],
  };
}

type Period = { readonly perYear: number; readonly written: string };

/** A count per period against a target: "01 lần/tuần" meets "01 lần/tuần", "02 lần/tháng" does not. */
function ratePerPeriod(
  requirement: Extract<Requirement, { kind: "number" }>,
  actual: Actual,
  asked: Period | undefined,
  done: Period,
  context: JudgeContext,
): Outcome | undefined {
  const askedPerYear = asked?.perYear ?? 1;
  if (actual.comparator !== "eq") {
    // "trên 01 lần/tháng" against a monthly target compares as written; against another period it cannot.
    if (askedPerYear === done.perYear) return undefined;
    return unsure("review", reason("bound-undecided", { ...requirement.shown, phrase: actual.source }));
  }
  const annual = round(requirement.value * askedPerYear);
  const actualAnnual = round(actual.value * done.perYear);
  const written = asked?.written ?? yearOf(context)?.written ?? "";
  const params = { ...requirement.shown, period: written, annual, actual: actual.source };
  const bound = requirement.bound;
  const ok =
    bound === "gte"
      ? actualAnnual >= annual - EPSILON
      : bound === "gt"
        ? actualAnnual > annual + EPSILON
        : bound === "lte"
          ? actualAnnual <= annual + EPSILON
          : actualAnnual < annual - EPSILON;
  if (ok) return metBy(reason("per-period-meets", params));
  const below = bound === "gte" || bound === "gt";
  const completion = below ? percentOf(actualAnnual, annual) : percentOf(annual, actualAnnual);
  return {
    verdict: "unmet",
    completion: round(unmetCompletion(completion)),
    reasons: [reason("per-period-unmet", { ...params, actualAnnual })],
  };
}

/** The lexicon's period of one a year ("năm"): the period of a target that names none. */
function yearOf(context: JudgeContext): Period | undefined {
  for (const period of context.lexicon.periods.values()) if (period.perYear === 1) return period;
  return undefined;
}

/**
 * A change against a change, or a level against a change either way: "giảm 1,2%" against "giảm 1,5%" is
 * compared; "tăng 0,15%" against "giảm 0,2%" went the wrong way; a level answers a change, and a change a
 * level, only from a starting level the result or the target names ("từ 4,12% xuống còn 2,3%").
 */
function throughChange(
  requirement: Figures,
  actual: Actual,
  result: Reading,
  notes: Reason[],
): Actual | Outcome {
  const shown = requirement.shown;
  if (requirement.kind === "number" && requirement.relative) {
    const wanted = requirement.change;
    if (actual.relative) {
      if (wanted === undefined || actual.change === undefined || actual.change === wanted) return actual;
      // Gone the other way: no progress toward the change.
      const opposite = reason("change-opposite", { ...shown, actual: actual.source, direction: wanted });
      return { verdict: "unmet", completion: 0, reasons: [opposite] };
    }
    const start = startOf(result) ?? requirement.start;
    if (
      start === undefined ||
      wanted === undefined ||
      actual.comparator !== "eq" ||
      actual.unit.kind !== "%"
    ) {
      return unsure("review", reason("relative-target", { ...shown, actual: actual.source }));
    }
    const moved = round(wanted === "fall" ? start - actual.value : actual.value - start);
    notes.push(
      reason("derived-from-start", { start, level: actual.value, change: moved, direction: wanted }),
    );
    return { ...actual, value: moved, relative: true, change: wanted };
  }
  if (actual.change === undefined || requirement.unit.kind !== "%") return actual;
  const start = startOf(result) ?? (requirement.kind === "number" ? requirement.start : undefined);
  if (start === undefined || actual.comparator !== "eq") {
    return unsure("review", reason("relative-result", { ...shown, actual: actual.source }));
  }
  const level = round(actual.change === "fall" ? start - actual.value : start + actual.value);
  notes.push(reason("derived-from-start", { start, level, change: actual.value, direction: actual.change }));
  return { value: level, comparator: "eq", unit: actual.unit, source: actual.source, relative: false };
}

function judgeFigures(requirement: Figures, result: Reading, context: JudgeContext): Outcome {
  const notes: Reason[] = [];
  let actual = actualFor(requirement, result, notes, context);
  if (actual && !unitsMatch(requirement.unit, actual.unit, context)) {
    // "Tối thiểu có 01 sáng kiến" answered in percent, or "triệu đồng" answered in "tỷ đồng".
    return unsure("review", reason("units-differ", { ...requirement.shown, actual: actual.source }));
  }
  if (actual) {
    const along = throughChange(requirement, actual, result, notes);
    if ("verdict" in along) return along;
    actual = along;
  }
  if (actual && requirement.kind === "number" && (requirement.per || actual.per)) {
    const perYear = perPeriod(requirement, actual, context);
    if (perYear) return perYear;
  }
  if (!actual) {
    const noun = requirement.unit.kind === "count" ? requirement.unit.noun : undefined;
    const atLeast =
      requirement.kind === "number" && (requirement.bound === "gte" || requirement.bound === "gt");
    if (requirement.kind === "number" && (noun || requirement.arising) && atLeast) {
      if (requirement.value <= 1) return judgeExistence(requirement, result, context);
      // "Tối thiểu 02 sáng kiến" answered "Không có sáng kiến".
      if (noun && deniesExistence(result.text, noun, context.lexicon)) {
        return unsure("unmet", reason("existence-unmet", { noun }));
      }
    }
    return judgeWording(requirement, result, context);
  }
  const outcome =
    actual.comparator === "eq" || actual.comparator === "approx"
      ? compareExact(requirement, actual, result)
      : compareBound(requirement, actual);
  if (notes.length > 0) outcome.reasons.push(...notes);
  return outcome;
}

/**
 * A result stated as a share of the plan answers the plan itself: an empty target, words, an amount the
 * result gives in no matching unit, a rate the result gives no level for. The figures answer instead
 * (undefined) where the result holds what the target asks: an amount in its unit, a level for a rate, a
 * change for a change, or the share itself for a share other than the whole plan ("Đạt từ 95% kế hoạch").
 */
function judgeByShare(
  requirement: Requirement,
  result: Reading,
  share: Quantity,
  context: JudgeContext,
): Outcome | undefined {
  if (requirement.kind !== "number" && requirement.kind !== "approx" && requirement.kind !== "range") {
    return judgePlanShare(share);
  }
  if (requirement.unit.kind === "count") {
    return amountFor(requirement.unit, result, context) ? undefined : judgePlanShare(share);
  }
  if (requirement.kind === "number" && requirement.relative) {
    return result.percents.some((p) => p.relative) ? undefined : judgePlanShare(share);
  }
  const ceiling =
    requirement.kind === "number" && (requirement.bound === "lte" || requirement.bound === "lt");
  if (requirement.kind === "number" && requirement.plan && !ceiling) {
    return requirement.value === 100 && requirement.bound === "gte" ? judgePlanShare(share) : undefined;
  }
  if (levelOf(result)) return undefined;
  // A share of the plan says nothing of a rate that must stay low.
  if (ceiling)
    return unsure("review", reason("units-differ", { ...requirement.shown, actual: share.source }));
  return judgePlanShare(share);
}

function judgeCore(requirement: Requirement, result: Reading, context: JudgeContext): Outcome {
  const share = planShareOf(result);
  if (share && requirement.kind !== "zero" && requirement.kind !== "deadline") {
    const byShare = judgeByShare(requirement, result, share, context);
    if (byShare) return byShare;
  }
  switch (requirement.kind) {
    case "number":
    case "approx":
    case "range":
      return judgeFigures(requirement, result, context);
    case "zero": {
      const q = quantityOf(result);
      if (
        result.zeroOf !== undefined ||
        result.statuses.includes("not-arising") ||
        isBareDenial(result.text, context.lexicon) ||
        (q !== undefined && q.value === 0 && q.unit !== "%")
      ) {
        return metBy(reason("zero-met", { thing: requirement.thing }));
      }
      if (
        q &&
        q.unit !== "%" &&
        q.value > 0 &&
        (requirement.thing === "" || mentionsBadThing(result.text, context.lexicon))
      ) {
        return unsure("unmet", reason("zero-unmet", { thing: requirement.thing, actual: q.source }));
      }
      if (q && q.unit === "%" && q.value >= 100 && !result.statuses.includes("negated")) {
        return metBy(reason("rate-meets", { op: "", tv: 100, tu: "%", actual: q.value }));
      }
      return judgeWording(requirement, result, context);
    }
    case "deadline": {
      const outcome = judgeWording(requirement, result, context);
      // The day the work was done: the latest date the result names. A bare date ("Ngày 10/01/2024")
      // in a deadline's row is that day.
      const done = latestDateOf(foldText(result.text), result.text, context.lexicon);
      const dateOnly = outcome.verdict === "review" && done !== undefined && result.statuses.length === 0;
      if (outcome.verdict !== "met" && !dateOnly) return outcome;
      const deadline = requirement.deadline.source;
      if (!done)
        return { ...outcome, reasons: [...outcome.reasons, reason("deadline-no-date", { deadline })] };
      return compareDates(done, requirement.deadline) <= 0
        ? metBy(reason("deadline-met", { date: done.source, deadline }))
        : unsure("unmet", reason("deadline-missed", { date: done.source, deadline }));
    }
    case "qualitative":
    case "missing": {
      const outcome = judgeWording(requirement, result, context);
      if (
        outcome.verdict === "met" &&
        requirement.kind === "qualitative" &&
        restates(requirement.text, result.text)
      ) {
        outcome.reasons[0] = reason("qualitative-restates", {});
      }
      const figure = quantityOf(result) ?? result.percents[0];
      if (outcome.verdict === "met" && figure && requirement.kind === "qualitative") {
        outcome.reasons.push(reason("number-without-target", { value: figure.source }));
      }
      // "tăng 6,7% so với năm 2023": a change or a comparison, with no target to set it against.
      if (outcome.reasons[0]?.code === "qualitative-unclear" && figure?.relative === true) {
        outcome.reasons[0] = reason("relative-only", { phrase: result.text });
      }
      return outcome;
    }
    case "unclear":
      if (result.statuses.includes("negated")) return judgeWording(requirement, result, context);
      return unsure("review", reason("target-unclear", { phrase: requirement.text }));
  }
}

/** "Có kiến nghị đề xuất" answered without a number: does the result name the thing, unnegated? */
function judgeExistence(
  requirement: Extract<Requirement, { kind: "number" }>,
  result: Reading,
  context: JudgeContext,
): Outcome {
  const noun = requirement.unit.noun ?? "";
  const mentions = noun !== "" && result.text.toLowerCase().includes(noun);
  const negated =
    result.statuses.includes("negated") ||
    result.statuses.includes("not-arising") ||
    deniesExistence(result.text, noun, context.lexicon);
  if (mentions && !negated) {
    return metBy(reason("existence-met", { noun, phrase: quantityOf(result)?.source ?? noun }));
  }
  if (result.statuses.includes("not-arising")) {
    return unsure(
      "unmet",
      reason("not-arising-existence", { phrase: result.evidence["not-arising"] ?? result.text }),
    );
  }
  if (noun === "") {
    // "Có phát sinh" names nothing to find in the result: work told as done shows some arose.
    const has = (s: Reading["statuses"][number]): boolean => result.statuses.includes(s);
    const plain = !negated && !has("caveat") && !has("in-progress");
    const told = result.evidence.done ?? result.evidence.reported;
    if (plain && told !== undefined) return metBy(reason("qualitative-done", { phrase: told }));
    return judgeWording(requirement, result, context);
  }
  if (negated) return unsure("unmet", reason("existence-unmet", { noun }));
  return judgeWording(requirement, result, context);
}

/** Status words that qualify a verdict reached from the figures. */
function overlay(outcome: Outcome, result: Reading): Outcome {
  if (outcome.verdict !== "met") return outcome;
  const ev = result.evidence;
  if (quantityOf(result) === undefined) return outcome;
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
