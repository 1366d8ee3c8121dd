/**
 * A task's readings and verdict: its target and result read (a lone number cell as Excel holds it, joined
 * text otherwise), judged, and rolled up from its sub-items where it has them.
 */
import { round } from "../format";
import { reason, type Reason } from "../issues";
import type { CompiledLexicon } from "../lexicon";
import type { Grid } from "../grid/grid";
import type { Header } from "../header/header";
import { VIETNAMESE_NUMBERS } from "../readings/number-token";
import { namesCeiling, readCell, readWith, type PhraseRole, type ReadOptions } from "../readings/read";
import { vocabularyOf, type Vocabulary } from "../readings/vocabulary";
import type { Draft, SubDraft } from "../tasks/assemble";
import { foldText, hasLetter } from "../text";
import type {
  Cell,
  EngineOptions,
  NumberStyle,
  Quantity,
  Reading,
  SubitemResult,
  TaskResult,
  Verdict,
} from "../types";
import { judgeReadings, type JudgeContext } from "./judge";

/** Distinct targets remembered per table; beyond this, targets are read afresh. */
const MEMO_LIMIT = 50_000;

const NO_SUBITEM_RESULTS: readonly SubitemResult[] = Object.freeze([]);

/** What one table's tasks share: readings of repeated targets and their interpretations. */
export interface TaskContext {
  readonly judge: JudgeContext;
  readonly lexicon: CompiledLexicon;
  readonly read: ReadOptions;
  readonly vocabulary: Vocabulary;
  readonly style: NumberStyle;
  readonly targets: Map<string, Reading>;
}

export function taskContext(judge: JudgeContext, options: EngineOptions): TaskContext {
  return {
    judge,
    lexicon: judge.lexicon,
    read: { ...options, lexicon: judge.lexicon },
    vocabulary: vocabularyOf(judge.lexicon),
    style: options.numberStyle ?? VIETNAMESE_NUMBERS,
    targets: new Map(),
  };
}

/**
 * What to read for a target or result: a lone number cell as Excel holds it (its format says "83,33%"),
 * anything else as the text already normalised and joined across continued rows.
 */
function readPart(
  parts: number,
  joined: string,
  cell: Cell | null,
  role: PhraseRole,
  context: TaskContext,
): Reading {
  const options = context.read;
  if (cell !== null && typeof cell.value === "number" && parts <= 1) return readCell(cell, role, options);
  // Targets repeat across a table ("Hoàn thành 100% chỉ tiêu đề ra") and their readings are immutable:
  // share them. Results are mostly distinct; remembering them would only keep garbage alive.
  if (role !== "target") return readWith(joined, role, context.style, context.vocabulary);
  const known = context.targets.get(joined);
  if (known) return known;
  const reading = readWith(joined, role, context.style, context.vocabulary);
  if (context.targets.size < MEMO_LIMIT) context.targets.set(joined, reading);
  return reading;
}

/**
 * A bare figure under a task that names something bad ("Tỷ lệ hồ sơ trễ hạn" | "2%") is a ceiling,
 * though the target cell alone does not say so.
 */
function ceilingFromTask(target: Reading, content: string, lexicon: CompiledLexicon): Reading {
  if (target.kind === "fraction" || !("quantity" in target)) return target;
  const q = target.quantity;
  // A share of the plan ("100% chỉ tiêu") is no level of the bad thing.
  if (q.comparator !== "eq" || q.relative || q.basis !== undefined || target.ceiling) return target;
  if (!namesCeiling(content, lexicon)) return target;
  return { ...target, ceiling: true };
}

/** A unit in brackets closing a task's wording ("Tỷ lệ hộ nghèo giảm (%)"). */
const CLOSING_UNIT = /\s*\([^()]*\)\s*$/;

/**
 * What a task's wording (normalised, as the grid gives it) says of a cut, with no figure of its own: whether it asks for one ("Giảm tỷ lệ hộ
 * nghèo", "Tỷ lệ hộ nghèo giảm (%)" — not "Giảm tỷ lệ hộ nghèo xuống còn", a level to stay under), and
 * whether it names something bad ("hộ nghèo"), whose bare figure would otherwise be a ceiling.
 */
function cutNamed(content: string, context: TaskContext): { readonly bad: boolean } | undefined {
  const v = context.vocabulary;
  if (!v.cutStems.test(content)) return undefined;
  // A space after the last word, where the patterns' word gaps end.
  const text = content.replace(CLOSING_UNIT, "");
  const folded = `${foldText(text)} `;
  const written = { text: `${text} `, aligned: folded.length === text.length + 1 };
  if (!v.cutTask.test(folded, written) || v.cutToLevel.test(folded)) return undefined;
  if ("quantity" in readWith(content, "target", context.style, v)) return undefined;
  return { bad: v.ceiling.test(folded) };
}

/** A figure and nothing else ("1,5%", "3", an Excel number): what the task's wording makes it. */
function bareFigure(reading: Reading): Quantity | undefined {
  if (reading.kind !== "percent" && reading.kind !== "count") return undefined;
  const q = reading.quantity;
  if (q.comparator !== "eq" || q.relative || q.basis !== undefined || q.unit === "count") return undefined;
  return hasLetter(reading.text) ? undefined : q;
}

function asCut(reading: Reading, q: Quantity): Reading {
  if (reading.kind !== "percent" && reading.kind !== "count") return reading;
  const cut: Quantity = { ...q, relative: true, change: "fall" };
  return {
    ...reading,
    quantity: cut,
    percents: reading.percents.map((p) => (p === q ? cut : p)),
    ceiling: false,
  };
}

/**
 * Under a task that asks for a cut ("Tỷ lệ hộ nghèo giảm (%)" | "3" | "2,4"), bare figures are cuts: the
 * target asks for a fall of 3 points and the result made one of 2,4, though neither cell says so. A result
 * that states a level ("còn 2,1%") stays a level; it turns a bare target into a cut only where the task
 * names something bad (which would otherwise make it a ceiling), not under "Chương trình giảm nghèo",
 * whose "100%" is the level of the programme. Undefined when the wording changes nothing.
 */
function cutFromTask(
  target: Reading,
  result: Reading,
  content: string,
  context: TaskContext,
): readonly [Reading, Reading] | undefined {
  const targetFigure = bareFigure(target);
  const targetCut = target.kind !== "fraction" && "quantity" in target && target.quantity.change === "fall";
  if (targetFigure === undefined && !targetCut) return undefined;
  const resultFigure = bareFigure(result);
  if (targetFigure === undefined && resultFigure === undefined) return undefined;
  const cut = cutNamed(content, context);
  if (!cut) return undefined;
  const resultChange =
    result.kind !== "fraction" && "quantity" in result && result.quantity.relative === true;
  if (targetFigure !== undefined && resultFigure === undefined && !resultChange && !cut.bad) return undefined;
  return [
    targetFigure === undefined ? target : asCut(target, targetFigure),
    resultFigure === undefined ? result : asCut(result, resultFigure),
  ];
}

/**
 * A deadline in a column of its own ("Thời gian hoàn thành" | "Quý I/2024") is the target's, where the
 * target cell names none: a "Kế hoạch" issued on 12/4 is late.
 */
function withDeadlineColumn(target: Reading, deadline: string | undefined, context: TaskContext): Reading {
  if (deadline === undefined || target.kind !== "qualitative" || target.deadline !== undefined) return target;
  const read = readWith(deadline, "target", context.style, context.vocabulary);
  return read.kind === "qualitative" && read.deadline !== undefined
    ? { ...target, deadline: read.deadline }
    : target;
}

function judgeSubitem(grid: Grid, sub: SubDraft, context: TaskContext): SubitemResult {
  const { target, result } = sub;
  const j = judgeReadings(
    readPart(sub.targetParts, target, sub.targetCell, "target", context),
    readPart(sub.resultParts, result, sub.resultCell, "result", context),
    context.judge,
  );
  return {
    row: grid.sheetRow(sub.row),
    label: sub.label,
    target,
    result,
    verdict: j.verdict,
    completion: j.completion,
    reasons: j.reasons,
  };
}

function rollUpReason(subitems: readonly SubitemResult[]): Reason {
  return reason("subitems-rollup", {
    met: subitems.filter((s) => s.verdict === "met").length,
    total: subitems.length,
  });
}

/** A task judged by its sub-items: any unmet makes it unmet; any doubt makes it a review. */
function rollUp(subitems: readonly SubitemResult[]): {
  verdict: Verdict;
  completion: number | null;
  reasons: readonly Reason[];
} {
  const has = (v: Verdict): boolean => subitems.some((s) => s.verdict === v);
  const verdict: Verdict = has("unmet")
    ? "unmet"
    : has("review")
      ? "review"
      : subitems.every((s) => s.verdict === "met")
        ? "met"
        : subitems.every((s) => s.verdict === "no-data")
          ? "no-data"
          : "review";
  const completions = subitems.map((s) => s.completion).filter((c): c is number => c !== null);
  const completion = completions.length
    ? round(completions.reduce((a, b) => a + b, 0) / completions.length)
    : null;
  return { verdict, completion, reasons: [rollUpReason(subitems)] };
}

/** Judges one assembled task. */
export function judgeDraft(grid: Grid, header: Header, draft: Draft, context: TaskContext): TaskResult {
  const roles = header.byRole;
  const { target, result } = draft;
  // A continued cell is judged on its whole text; a single cell keeps its number format.
  const targetSource = draft.sharedTarget ? null : draft.targetCell;
  const resultSource = draft.sharedResult ? null : draft.resultCell;
  const targetRead = readPart(draft.targetParts, target, targetSource, "target", context);
  const resultRead = readPart(draft.resultParts, result, resultSource, "result", context);
  const [cutTarget, resultReading] = cutFromTask(targetRead, resultRead, draft.content, context) ?? [
    ceilingFromTask(targetRead, draft.content, context.lexicon),
    resultRead,
  ];
  const targetReading = withDeadlineColumn(cutTarget, draft.extras.deadline, context);
  const own = judgeReadings(targetReading, resultReading, context.judge);
  const subitems =
    draft.subitems.length === 0
      ? NO_SUBITEM_RESULTS
      : draft.subitems.map((s) => judgeSubitem(grid, s, context));

  let judgement: { verdict: Verdict; completion: number | null; reasons: readonly Reason[] } = own;
  if (subitems.length > 0 && (!target || !result)) judgement = rollUp(subitems);
  // A task's own pair decides; its sub-items ("Trong đó: …") are parts judged on their own.
  else if (subitems.length > 0) judgement = { ...own, reasons: [...own.reasons, rollUpReason(subitems)] };

  const evaluation = draft.extras.evaluation;
  const reasons: readonly Reason[] = evaluation
    ? [...judgement.reasons, reason("evaluation-stated", { phrase: evaluation })]
    : judgement.reasons;

  return {
    ordinal: draft.ordinal,
    row: grid.sheetRow(draft.row),
    rows: draft.rows,
    section: draft.section,
    content: draft.content,
    target,
    result,
    verdict: judgement.verdict,
    completion: judgement.completion,
    reasons,
    subitems,
    extras: draft.extras,
    cells: {
      ordinal: grid.address(draft.row, roles.ordinal ?? header.left),
      target: grid.address(draft.row, roles.target ?? header.left),
      result: grid.address(draft.row, roles.result ?? header.left),
    },
  };
}
