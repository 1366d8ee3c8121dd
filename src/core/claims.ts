/**
 * What a table says about itself, checked against what the engine finds: a stated evaluation column
 * ("Đánh giá": Đạt, Không đạt…) and a row that reports on the whole plan ("Hoàn thành 24/27 nhiệm vụ").
 */
import { finding } from "./messages";
import { foldText } from "./text";
import type { Finding, TaskResult, Verdict, VerdictCounts } from "./types";

type Claim = "met" | "unmet";

// "Không đạt" and "chưa hoàn thành" before "đạt" and "hoàn thành": the negations contain the words.
const CLAIMS_UNMET =
  /^(?:khong dat|chua dat|khong hoan thanh|chua hoan thanh|chua thuc hien|khong thuc hien)/;
const CLAIMS_MET = /^(?:vuot|dat|hoan thanh|da hoan thanh|tot|xuat sac)/;

/** What a stated evaluation claims, or undefined when it claims neither ("Đang thực hiện", "95%"). */
export function statedClaim(text: string): Claim | undefined {
  const folded = foldText(text);
  if (CLAIMS_UNMET.test(folded)) return "unmet";
  if (CLAIMS_MET.test(folded)) return "met";
  return undefined;
}

function disagrees(claim: Claim, verdict: Verdict): boolean {
  return claim === "met" ? verdict === "unmet" || verdict === "no-data" : verdict === "met";
}

/** "Hoàn thành 24/27 nhiệm vụ": a count of the plan's own tasks, when its total is the table's. */
const PLAN_TASKS = /(\d+)\s*\/\s*(\d+)\s*(?:nhiem vu|chi tieu)/;

function highestOrdinal(tasks: readonly TaskResult[]): number {
  let highest = 0;
  for (const task of tasks) {
    const n = Number.parseInt(task.ordinal, 10);
    if (Number.isFinite(n) && n > highest) highest = n;
  }
  return highest;
}

/** Findings where the table's own claims disagree with the verdicts. */
export function checkClaims(tasks: readonly TaskResult[], summary: VerdictCounts): Finding[] {
  const findings: Finding[] = [];
  const highest = highestOrdinal(tasks);
  for (const task of tasks) {
    const stated = task.extras.evaluation;
    const claim = stated === undefined ? undefined : statedClaim(stated);
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
    if (!task.result.includes("/")) continue;
    const plan = PLAN_TASKS.exec(foldText(task.result));
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
