/** What the rows and tasks say about the table itself: rows merged or skipped, cells left empty. */
import type { Grid } from "../grid/grid";
import type { Header } from "../header/header";
import { finding, type Finding } from "../issues";
import type { TableRow } from "../rows/kinds";
import type { Draft } from "../tasks/assemble";
import type { TaskResult } from "../types";

/** Rows the engine skipped, merged or attached, for information. */
export function rowFindings(grid: Grid, header: Header, rows: readonly TableRow[]): Finding[] {
  const findings: Finding[] = [];
  let task: string | undefined;
  for (const tableRow of rows) {
    const sheetRow = grid.sheetRow(tableRow.row);
    switch (tableRow.kind) {
      case "task":
        task = tableRow.ordinal;
        break;
      case "section":
      case "note":
        task = undefined;
        break;
      case "repeated-header":
        findings.push(finding("repeated-header", "info", { row: sheetRow }, sheetRow));
        break;
      case "unrecognized":
        findings.push(finding("unrecognized-row", "info", { row: sheetRow, text: tableRow.text }, sheetRow));
        break;
      case "subitem":
        if (task === undefined) break;
        findings.push(
          finding(
            "subitem-attached",
            "info",
            { row: sheetRow, ordinal: task },
            sheetRow,
            grid.address(tableRow.row, header.byRole.content ?? header.left),
          ),
        );
        break;
      case "continuation":
        if (task === undefined) break;
        findings.push(
          finding(
            "continuation-merged",
            "info",
            { row: sheetRow, ordinal: task },
            sheetRow,
            grid.address(tableRow.row, tableRow.column),
          ),
        );
        break;
      case "header":
      case "blank":
      case "column-index":
        break;
    }
  }
  return findings;
}

/** Empty targets and results, percentages that contradict their fraction, merged cells shared by tasks. */
export function taskFindings(
  grid: Grid,
  header: Header,
  draft: Draft,
  task: TaskResult,
  findings: Finding[] = [],
): Finding[] {
  const sheetRow = task.row;
  // A table without a target column says so once ("results-only"), not on every task.
  const hasTargetColumn = header.byRole.target !== undefined;
  if (hasTargetColumn && !task.target && !task.subitems.some((s) => s.target !== "")) {
    findings.push(
      finding("missing-target", "warning", { ordinal: task.ordinal }, sheetRow, task.cells.target),
    );
  }
  if (!task.result && !task.subitems.some((s) => s.result !== "")) {
    findings.push(
      finding("missing-result", "warning", { ordinal: task.ordinal }, sheetRow, task.cells.result),
    );
  }
  for (const r of task.reasons) {
    if (r.code === "fraction-percent-mismatch") {
      findings.push(
        finding(
          "percent-mismatch",
          "warning",
          { ordinal: task.ordinal, ...r.params },
          sheetRow,
          task.cells.result,
        ),
      );
    }
  }
  if (draft.sharedTarget || draft.sharedResult) {
    const column = draft.sharedTarget ? header.byRole.target : header.byRole.result;
    findings.push(
      finding(
        "shared-merged-cell",
        "info",
        { ordinal: task.ordinal, cell: grid.address(draft.row, column ?? 0) },
        sheetRow,
      ),
    );
  }
  return findings;
}
