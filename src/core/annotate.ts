/**
 * The marks to add beside a checked table, as plain data. Front ends (par-check --out, the Excel add-in)
 * apply the plan; none of them decides what to write.
 */
import { formatPercent, round, type Language } from "./format";
import { describe, VERDICT_LABELS } from "./messages";
import type { SubitemResult, TableResult, TaskResult, Verdict, VerdictCounts } from "./types";

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

const HEADERS: Readonly<Record<Language, readonly [string, string, string]>> = {
  vi: ["Đánh giá", "Mức độ hoàn thành", "Lý do"],
  en: ["Verdict", "Completion", "Reason"],
};

const SUMMARY_LABELS: Readonly<
  Record<
    Language,
    {
      title: string;
      tasks: string;
      met: string;
      unmet: string;
      noData: string;
      review: string;
      percent: string;
      mean: string;
    }
  >
> = {
  vi: {
    title: "Tổng hợp kiểm tra phụ lục",
    tasks: "Số nhiệm vụ",
    met: "Đạt",
    unmet: "Chưa đạt",
    noData: "Chưa có số liệu",
    review: "Cần xem lại",
    percent: "Tỷ lệ nhiệm vụ đạt",
    mean: "Mức độ hoàn thành bình quân",
  },
  en: {
    title: "Appendix check summary",
    tasks: "Tasks",
    met: "Met",
    unmet: "Unmet",
    noData: "No data",
    review: "Review",
    percent: "Share of tasks met",
    mean: "Mean completion",
  },
};

/** "20/26 đạt (76,92%)" for a section or the whole table. */
export function describeCounts(counts: VerdictCounts, language: Language = "vi"): string {
  const word = language === "vi" ? "đạt" : "met";
  const percent = counts.percentMet === null ? "" : ` (${formatPercent(counts.percentMet, language)})`;
  return `${counts.met}/${counts.tasks} ${word}${percent}`;
}

function completionCells(
  completion: number | null,
  language: Language,
): Pick<AnnotationRow, "completion" | "completionText"> {
  return completion === null
    ? { completion: null, completionText: "" }
    : { completion: round(completion / 100, 6), completionText: formatPercent(completion, language) };
}

/** Plans the three added columns, section subtotals and the summary block for one table. */
export function planAnnotations(table: TableResult, language: Language = "vi"): AnnotationPlan {
  const labels = VERDICT_LABELS[language];
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
        verdictText: describeCounts(section.summary, language),
        ...completionCells(section.summary.meanCompletion, language),
        reason: "",
      });
    }
  }
  const judged = (kind: "task" | "subitem", item: TaskResult | SubitemResult): AnnotationRow => ({
    row: item.row,
    kind,
    verdict: item.verdict,
    verdictText: labels[item.verdict] ?? item.verdict,
    ...completionCells(item.completion, language),
    reason: item.reasons.map((r) => describe(r, language)).join(" "),
  });
  for (const task of table.tasks) {
    rows.push(judged("task", task));
    for (const sub of task.subitems) rows.push(judged("subitem", sub));
  }
  rows.sort((a, b) => a.row - b.row);

  const s = SUMMARY_LABELS[language];
  const c = table.summary;
  const summary: (readonly [string, string])[] = [
    [s.title, describeCounts(c, language)],
    [s.tasks, String(c.tasks)],
    [s.met, String(c.met)],
    [s.unmet, String(c.unmet)],
    [s.noData, String(c.noData)],
    [s.review, String(c.review)],
    [s.percent, c.percentMet === null ? "" : formatPercent(c.percentMet, language)],
    [s.mean, c.meanCompletion === null ? "" : formatPercent(c.meanCompletion, language)],
  ];

  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: table.freeColumn,
    headers: HEADERS[language],
    rows,
    summaryRow: table.lastRow + 2,
    summary,
    completionFormat: "0.00%",
  };
}
