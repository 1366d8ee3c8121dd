/**
 * The marks to add beside a checked table, as plain data. Front ends (par-check --out, the Excel add-in)
 * apply the plan; none of them decides what to write.
 */
import { formatPercent, round } from "./format";
import type { SubitemResult, TableResult, TaskResult, Verdict, VerdictCounts } from "./types";
import type { Wording } from "./wording";

export type AnnotationRowKind = "task" | "subitem" | "section" | "total";

export interface AnnotationRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: AnnotationRowKind;
  /** Drives the colour; null for section and total rows. */
  readonly verdict: Verdict | null;
  /** The verdict text, or a section's "x/y đạt". */
  readonly verdictText: string;
  /** Completion as a share (0.8333) for a percent number format, or null. */
  readonly completion: number | null;
  /** The same, written for people ("83,33%"), or "". */
  readonly completionText: string;
  readonly reason: string;
}

export interface AnnotationPlan {
  readonly sheet: string;
  /** 1-based sheet row of the table's header. */
  readonly headerRow: number;
  /** 0-based sheet column of the first added column; the plan adds three. */
  readonly firstColumn: number;
  readonly headers: readonly [string, string, string];
  readonly rows: readonly AnnotationRow[];
  /** The summary block, written under the table: one label and one value per line. */
  readonly summaryRow: number;
  readonly summary: readonly (readonly [string, string])[];
  /** Number format for the completion column. */
  readonly completionFormat: string;
}

/** "20/26 đạt (76,92%)" for a section or the whole table. */
export function describeCounts(counts: VerdictCounts, words: Wording): string {
  const percent = counts.percentMet === null ? "" : ` (${formatPercent(counts.percentMet, words.numbers)})`;
  return `${counts.met}/${counts.tasks} ${words.annotations.met}${percent}`;
}

function completionCells(
  completion: number | null,
  words: Wording,
): Pick<AnnotationRow, "completion" | "completionText"> {
  return completion === null
    ? { completion: null, completionText: "" }
    : { completion: round(completion / 100, 6), completionText: formatPercent(completion, words.numbers) };
}

/** Plans the three added columns, section subtotals and the summary block for one table. */
export function planAnnotations(table: TableResult, words: Wording): AnnotationPlan {
  const labels = words.verdicts;
  const rows: AnnotationRow[] = [];
  const sectionsByRow = new Map(table.sections.filter((s) => s.row !== null).map((s) => [s.row, s]));

  for (const info of table.rows) {
    if (info.kind === "section") {
      const section = sectionsByRow.get(info.row);
      if (!section) continue;
      rows.push({
        row: info.row,
        kind: "section",
        verdict: null,
        verdictText: describeCounts(section.summary, words),
        ...completionCells(section.summary.meanCompletion, words),
        reason: "",
      });
    }
  }
  const judged = (kind: "task" | "subitem", item: TaskResult | SubitemResult): AnnotationRow => ({
    row: item.row,
    kind,
    verdict: item.verdict,
    verdictText: labels[item.verdict],
    ...completionCells(item.completion, words),
    reason: item.reasons.map((r) => words.describe(r)).join(" "),
  });
  for (const task of table.tasks) {
    rows.push(judged("task", task));
    for (const sub of task.subitems) rows.push(judged("subitem", sub));
  }
  rows.sort((a, b) => a.row - b.row);

  const s = words.annotations.summary;
  const c = table.summary;
  const summary: (readonly [string, string])[] = [
    [s.title, describeCounts(c, words)],
    [s.tasks, String(c.tasks)],
    [s.met, String(c.met)],
    [s.unmet, String(c.unmet)],
    [s.noData, String(c.noData)],
    [s.review, String(c.review)],
    [s.percent, c.percentMet === null ? "" : formatPercent(c.percentMet, words.numbers)],
    [s.mean, c.meanCompletion === null ? "" : formatPercent(c.meanCompletion, words.numbers)],
  ];

  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: table.freeColumn,
    headers: words.annotations.headers,
    rows,
    summaryRow: table.lastRow + 2,
    summary,
    completionFormat: "0.00%",
  };
}
