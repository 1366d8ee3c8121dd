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
import type { Cell, EngineOptions, NumberStyle, Reading, SubitemResult, TaskResult, Verdict } from "../types";
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
  if (q.comparator !== "eq" || q.relative || target.ceiling || !namesCeiling(content, lexicon)) return target;
  return { ...target, ceiling: true };
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
  const targetReading = ceilingFromTask(
    readPart(draft.targetParts, target, targetSource, "target", context),
    draft.content,
    context.lexicon,
  );
  const resultReading = readPart(draft.resultParts, result, resultSource, "result", context);
  const own = judgeReadings(targetReading, resultReading, context.judge);
  const subitems =
    draft.subitems.length === 0
      ? NO_SUBITEM_RESULTS
      : draft.subitems.map((s) => judgeSubitem(grid, s, context));

  let judgement: { verdict: Verdict; completion: number | null; reasons: readonly Reason[] } = own;
  if (subitems.length > 0 && (!target || !result)) judgement = rollUp(subitems);
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
