/**
 * What a table says about itself, checked against what the engine finds: a stated evaluation column
 * ("Đánh giá": Đạt, Không đạt…) and a row that reports on the whole plan ("Hoàn thành 24/27 nhiệm vụ").
 */
import { finding, type Finding } from "../issues";
import { defaultLexicon, type CompiledLexicon, type Matcher } from "../lexicon";
import { foldText } from "../text";
import type { TaskResult, Verdict, VerdictCounts } from "../types";

type Claim = "met" | "unmet";

const FRACTION = /\d\s*\/\s*\d/;

interface ClaimGrammar {
  /** Negations first: they contain the other words ("không đạt" holds "đạt"). */
  readonly claims: readonly (readonly [Claim, Matcher])[];
  readonly planTasks: RegExp;
  readonly planTaskStems: RegExp;
}

const grammars = new WeakMap<CompiledLexicon, ClaimGrammar>();

function grammarOf(lexicon: CompiledLexicon): ClaimGrammar {
  let grammar = grammars.get(lexicon);
  if (!grammar) {
    const order: readonly Claim[] = ["unmet", "met"];
    grammar = {
      claims: order.map((claim) => [
        claim,
        lexicon.matcher(
          lexicon.lexicon.claims
            .filter((c) => c.claim === claim)
            .map((c) => c.pattern)
            .join("|"),
        ),
      ]),
      planTasks: new RegExp(`(\\d+)\\s*\\/\\s*(\\d+)\\s*(?:${lexicon.alternation("plan-task")})`),
      planTaskStems: lexicon.stems("plan-task"),
    };
    grammars.set(lexicon, grammar);
  }
  return grammar;
}

/** What a stated evaluation claims, or undefined when it claims neither ("Đang thực hiện", "95%"). */
export function statedClaim(text: string, lexicon: CompiledLexicon = defaultLexicon()): Claim | undefined {
  const folded = foldText(text);
  for (const [claim, matcher] of grammarOf(lexicon).claims) if (matcher.test(folded)) return claim;
  return undefined;
}

function disagrees(claim: Claim, verdict: Verdict): boolean {
  return claim === "met" ? verdict === "unmet" || verdict === "no-data" : verdict === "met";
}

function highestOrdinal(tasks: readonly TaskResult[]): number {
  let highest = 0;
  for (const task of tasks) {
    const n = Number.parseInt(task.ordinal, 10);
    if (Number.isFinite(n) && n > highest) highest = n;
  }
  return highest;
}

/** Findings where the table's own claims disagree with the verdicts. */
export function checkClaims(
  tasks: readonly TaskResult[],
  summary: VerdictCounts,
  lexicon: CompiledLexicon = defaultLexicon(),
): Finding[] {
  const findings: Finding[] = [];
  const highest = highestOrdinal(tasks);
  const { planTasks, planTaskStems } = grammarOf(lexicon);
  for (const task of tasks) {
    const stated = task.extras.evaluation;
    const claim = stated === undefined ? undefined : statedClaim(stated, lexicon);
    if (stated !== undefined && claim && disagrees(claim, task.verdict)) {
      findings.push(
        finding(
          "evaluation-disagrees",
          "warning",
          { ordinal: task.ordinal, stated, verdict: task.verdict },
          task.row,
          task.cells.result,
        ),
      );
    }
    // Only "x/y" can claim a count of tasks: most results have none, and are not folded to tell.
    if (!task.result.includes("/") || !FRACTION.test(task.result) || !planTaskStems.test(task.result))
      continue;
    const plan = planTasks.exec(foldText(task.result));
    if (!plan) continue;
    const done = Number(plan[1]);
    const total = Number(plan[2]);
    // Only a total that is this table's (its tasks, or its highest number) speaks of this plan.
    if (total !== summary.tasks && total !== highest) continue;
    if (total !== summary.tasks || done > summary.met) {
      findings.push(
        finding(
          "plan-claim-disagrees",
          "warning",
          { ordinal: task.ordinal, done, total, tasks: summary.tasks, met: summary.met },
          task.row,
          task.cells.result,
        ),
      );
    }
  }
  return findings;
}
