/** Counts by verdict, for a table and for each of its sections. */
import { round } from "../format";
import type { Grid } from "../grid/grid";
import type { SectionDraft } from "../tasks/assemble";
import type { SectionResult, TaskResult, Verdict, VerdictCounts } from "../types";

export function countVerdicts(
  tasks: readonly { verdict: Verdict; completion: number | null }[],
): VerdictCounts {
  let met = 0;
  let unmet = 0;
  let noData = 0;
  let review = 0;
  let completionSum = 0;
  let completionCount = 0;
  for (const t of tasks) {
    switch (t.verdict) {
      case "met":
        met++;
        break;
      case "unmet":
        unmet++;
        break;
      case "no-data":
        noData++;
        break;
      case "review":
        review++;
        break;
    }
    if (t.completion !== null) {
      completionSum += t.completion;
      completionCount++;
    }
  }
  const count = tasks.length;
  return {
    tasks: count,
    met,
    unmet,
    noData,
    review,
    percentMet: count === 0 ? null : round((met / count) * 100),
    meanCompletion: completionCount === 0 ? null : round(completionSum / completionCount),
  };
}

/**
 * Each section's counts. Tasks and sections both come in row order: a task belongs to the innermost open
 * section, and outer sections (A, B over I, II) count their children's tasks too.
 */
export function summarizeSections(
  grid: Grid,
  sections: readonly SectionDraft[],
  tasks: readonly TaskResult[],
): SectionResult[] {
  const results: SectionResult[] = [];
  const unsectioned = tasks.filter((t) => t.section === null);
  if (unsectioned.length > 0 && sections.length > 0) {
    results.push({
      ordinal: "",
      title: "",
      row: null,
      taskRows: unsectioned.map((t) => t.row),
      summary: countVerdicts(unsectioned),
    });
  }
  const members = new Map<SectionDraft, TaskResult[]>(sections.map((section) => [section, []]));
  let next = 0;
  let chain: TaskResult[][] = [];
  for (const task of tasks) {
    while (next < sections.length && grid.sheetRow(sections[next]!.row ?? 0) < task.row) {
      const active = sections[next++]!;
      chain = [];
      for (let p: SectionDraft | null = active; p; p = p.parent) chain.push(members.get(p)!);
    }
    for (const list of chain) list.push(task);
  }
  for (const section of sections) {
    const sectionTasks = members.get(section) ?? [];
    results.push({
      ordinal: section.ordinal,
      title: section.title,
      row: section.row === null ? null : grid.sheetRow(section.row),
      taskRows: sectionTasks.map((t) => t.row),
      summary: countVerdicts(sectionTasks),
    });
  }
  return results;
}
