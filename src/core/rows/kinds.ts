/**
 * Row kinds: every row of a table is a header, a column-number row, a section, a task, a continuation of
 * the task above (a page break cut it), a sub-item with its own target and result, a note, a blank, or a
 * row the engine could not place. Only the rows' kinds and texts are decided here; tasks are assembled next.
 */
import type { Grid } from "../grid/grid";
import type { Header } from "../header/header";
import type { RowKind } from "../types";
import { carriesOn } from "./carry";
import {
  classifyOrdinal,
  isFooter,
  isTotalRow,
  isUpperTitle,
  ordinalInContent,
  startsSubitem,
  type OrdinalKind,
  type RowGrammar,
} from "./ordinals";

/** A table's row, with what the next stage needs of it. Rows are grid rows (0-based). */
export type TableRow =
  | { readonly kind: "header" | "blank" | "column-index" | "note"; readonly row: number }
  /** A header repeated across a page break: skipped, and said. */
  | { readonly kind: "repeated-header"; readonly row: number }
  | {
      readonly kind: "section";
      readonly row: number;
      /** As written ("I", "A", "3"), or "" for a title in capitals without a numeral. */
      readonly label: string;
      readonly title: string;
      /** 0 for letters (A, B), 1 for Roman numerals and numbered groups. */
      readonly level: number;
    }
  | {
      readonly kind: "task";
      readonly row: number;
      readonly ordinal: string;
      readonly content: string;
      readonly target: string;
      readonly result: string;
      /** The target or result cell is merged with the task above's: the text is the master cell's. */
      readonly sharedTarget: boolean;
      readonly sharedResult: boolean;
    }
  | {
      readonly kind: "subitem";
      readonly row: number;
      readonly label: string;
      readonly target: string;
      readonly result: string;
    }
  | {
      readonly kind: "continuation";
      readonly row: number;
      /** Words to add to the task's content, or to its last sub-item's label ("" under a merged cell). */
      readonly content: string;
      readonly target: string;
      readonly result: string;
      /** The grid column of the first text the row holds, for the finding's cell. */
      readonly column: number;
    }
  | { readonly kind: "unrecognized"; readonly row: number; readonly text: string };

/** The texts of one row, by the role of its column. */
interface RowTexts {
  ordinal: string;
  content: string;
  target: string;
  result: string;
  /** Text outside the role columns but inside the table. */
  other: string;
  ordinalMergedFrom: number | undefined;
  targetMergedFrom: number | undefined;
  resultMergedFrom: number | undefined;
  contentMergedFrom: number | undefined;
}

function emptyRowTexts(): RowTexts {
  return {
    ordinal: "",
    content: "",
    target: "",
    result: "",
    other: "",
    ordinalMergedFrom: undefined,
    targetMergedFrom: undefined,
    resultMergedFrom: undefined,
    contentMergedFrom: undefined,
  };
}

function roleText(grid: Grid, row: number, column: number | undefined): string {
  return column === undefined ? "" : grid.text(row, column);
}

/** The row a merged cell starts on, when it starts above this row. */
function mergedFrom(grid: Grid, row: number, column: number | undefined): number | undefined {
  if (column === undefined) return undefined;
  const master = grid.master(row, column);
  return master && master[0] < row ? master[0] : undefined;
}

/** Reads a row's texts into `into`, which the row loop reuses: nothing of it outlives the row. */
function readRow(grid: Grid, header: Header, row: number, into: RowTexts): RowTexts {
  const roles = header.byRole;
  let other = "";
  const right = Math.max(header.right, grid.rowWidth(row) - 1);
  for (let c = header.left; c <= right; c++) {
    if (header.roleColumns.has(c)) continue;
    const t = grid.text(row, c);
    if (t) other = other ? `${other} ${t}` : t;
  }
  into.ordinal = roleText(grid, row, roles.ordinal);
  into.content = roleText(grid, row, roles.content);
  into.target = roleText(grid, row, roles.target);
  into.result = roleText(grid, row, roles.result);
  into.other = other;
  into.ordinalMergedFrom = mergedFrom(grid, row, roles.ordinal);
  into.targetMergedFrom = mergedFrom(grid, row, roles.target);
  into.resultMergedFrom = mergedFrom(grid, row, roles.result);
  into.contentMergedFrom = mergedFrom(grid, row, roles.content);
  return into;
}

/** The text of the master cell of a merge covering (row, column), or the cell's own. */
export function textOfMaster(grid: Grid, row: number, column: number | undefined): string {
  if (column === undefined) return "";
  const master = grid.master(row, column);
  return master ? grid.text(master[0], master[1]) : grid.text(row, column);
}

function isColumnIndexRow(t: RowTexts): boolean {
  const parts = [t.ordinal, t.content, t.target, t.result].filter((p) => p !== "");
  return parts.length >= 3 && parts.every((p) => /^[([]?(?:\d{1,2}|[a-zA-Z])[)\]]?(?:\s*=.*)?$/.test(p));
}

function isSectionTitle(t: RowTexts): boolean {
  return !t.target && !t.result && isUpperTitle(t.content || t.other);
}

function firstFilledColumn(t: RowTexts, header: Header): number {
  const roles = header.byRole;
  if (t.content && roles.content !== undefined) return roles.content;
  if (t.target && roles.target !== undefined) return roles.target;
  if (t.result && roles.result !== undefined) return roles.result;
  return header.left;
}

function joinText(parts: readonly string[]): string {
  return parts.filter((p) => p !== "").join(" ");
}

export interface ClassifiedRows {
  readonly rows: readonly TableRow[];
  /** The last grid row that belongs to the table (notes and footers under it do not). */
  readonly lastRow: number;
}

/** The last numbered row: tasks can only continue up to it; text after it is a note or a footer. */
function lastNumberedRow(grid: Grid, header: Header, end: number, grammar: RowGrammar): number {
  const roles = header.byRole;
  for (let r = end - 1; r > header.row; r--) {
    const t = roles.ordinal === undefined ? "" : grid.text(r, roles.ordinal);
    const kind = t
      ? classifyOrdinal(t, grammar).kind
      : roles.content !== undefined && ordinalInContent(grid.rawText(r, roles.content), grammar)
        ? "task"
        : "none";
    if (kind === "task" || kind === "section") return r;
  }
  return header.row;
}

/** The last texts of the task being read, by column: what a row cut by a page break carries on. */
interface Above {
  content: string;
  target: string;
  result: string;
}

/** Rows that can take an unnumbered row under them: the row belongs to their task. */
function takesRows(kind: RowKind | null): boolean {
  return kind === "task" || kind === "continuation" || kind === "subitem";
}

/**
 * Whether an unnumbered row carries on the sentences above it, cut by a page break. The task column speaks
 * first: a lower-case start under an unfinished cell carries it on, unless a sub-item's lead ("- ",
 * "Trong đó:") starts the row anew. Targets and results, often written in lower case, need a connector at
 * the cut, unless the row has no task text of its own to stand as a sub-item's label.
 */
function carriesOnAbove(
  above: Above,
  own: { readonly content: string; readonly target: string; readonly result: string },
  led: boolean,
  marked: boolean,
  grammar: RowGrammar,
): boolean {
  if (!led && carriesOn(above.content, own.content, grammar, "lower-case")) return true;
  const evidence = own.content === "" && !marked ? "lower-case" : "connector";
  return (
    carriesOn(above.target, own.target, grammar, evidence) ||
    carriesOn(above.result, own.result, grammar, evidence)
  );
}

/** Sorts the rows of one table, from its header to `end` (exclusive). */
export function classifyRows(
  grid: Grid,
  header: Header,
  repeats: readonly Header[],
  end: number,
  grammar: RowGrammar,
): ClassifiedRows {
  const roles = header.byRole;
  const rows: TableRow[] = [];
  if (header.firstRow < header.row) rows.push({ kind: "header", row: header.firstRow });
  rows.push({ kind: "header", row: header.row });
  const repeatRows = new Set<number>();
  for (const h of repeats) for (let r = h.firstRow; r <= h.row; r++) repeatRows.add(r);
  const lastNumbered = lastNumberedRow(grid, header, end, grammar);

  let previous: RowKind = "header";
  // The kind of row before a header repeated across a page break: the row after it may carry that on.
  let beforeRepeat: RowKind | null = null;
  let hasTask = false;
  let blankRun = 0;
  let lastTableRow = header.row;
  const above: Above = { content: "", target: "", result: "" };

  const scratch = emptyRowTexts();
  for (let r = header.row + 1; r < end; r++) {
    if (repeatRows.has(r)) {
      rows.push({ kind: "repeated-header", row: r });
      if (previous !== "header") beforeRepeat = previous;
      previous = "header";
      continue;
    }
    const t = readRow(grid, header, r, scratch);
    if (!t.ordinal && !t.content && !t.target && !t.result && !t.other) {
      rows.push({ kind: "blank", row: r });
      blankRun++;
      continue;
    }
    if (previous === "header" && isColumnIndexRow(t)) {
      rows.push({ kind: "column-index", row: r });
      continue;
    }
    const attached = hasTask && takesRows(previous === "header" ? beforeRepeat : previous);
    beforeRepeat = null;

    const ordinalSlave = t.ordinalMergedFrom !== undefined && t.ordinalMergedFrom > header.row;
    const ordinalText = ordinalSlave ? "" : t.ordinal;
    let ordinal: OrdinalKind = ordinalText ? classifyOrdinal(ordinalText, grammar) : { kind: "none" };
    let content = t.content;
    if (ordinal.kind === "none" && !ordinalText) {
      const inContent = ordinalInContent(content, grammar, !t.target && !t.result);
      if (inContent) ordinal = inContent;
    }
    // A section title written whole in the number column ("I. CÔNG TÁC CHỈ ĐẠO", merged across).
    if (ordinal.kind === "section" && ordinal.title && !content) content = ordinal.title;

    if (ordinal.kind === "section" || (ordinal.kind === "none" && !ordinalText && isSectionTitle(t))) {
      const label = ordinal.kind === "section" ? ordinal.label : "";
      const title = ordinal.kind === "section" ? ordinal.title || content : content;
      const level = ordinal.kind === "section" ? ordinal.level : -1;
      rows.push({ kind: "section", row: r, label, title, level });
      hasTask = false;
      previous = "section";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    if (ordinal.kind === "task") {
      const sharedTarget = t.targetMergedFrom !== undefined && t.targetMergedFrom > header.row;
      const sharedResult = t.resultMergedFrom !== undefined && t.resultMergedFrom > header.row;
      const target = sharedTarget ? textOfMaster(grid, r, roles.target) : t.target;
      const result = sharedResult ? textOfMaster(grid, r, roles.result) : t.result;
      rows.push({
        kind: "task",
        row: r,
        ordinal: ordinal.ordinal,
        content,
        target,
        result,
        sharedTarget,
        sharedResult,
      });
      above.content = content;
      above.target = target;
      above.result = result;
      hasTask = true;
      previous = "task";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    const ownContent = t.contentMergedFrom === undefined ? content : "";
    const ownTarget = t.targetMergedFrom === undefined ? t.target : "";
    const ownResult = t.resultMergedFrom === undefined ? t.result : "";
    // A sub-item's lead ("- ", "Trong đó:", "a)") or a number cell merged with the task's marks the row
    // as the task's own part; without one, a row needs both a target and a result to be a sub-item.
    const led = ordinal.kind === "subitem" || startsSubitem(content, grammar);
    const marked = led || ordinalSlave;
    const own = { content: ownContent, target: ownTarget, result: ownResult };
    const carried = attached && carriesOnAbove(above, own, led, marked, grammar);
    const label = ordinal.kind === "subitem" ? joinText([ordinal.label, content]) : content;

    if (attached && !carried && marked && (ownTarget || ownResult)) {
      rows.push({ kind: "subitem", row: r, label, target: ownTarget, result: ownResult });
      above.content = ownContent;
      above.target = ownTarget;
      above.result = ownResult;
      previous = "subitem";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    if (isTotalRow(t.ordinal || t.content, grammar)) {
      rows.push({ kind: "note", row: r });
      hasTask = false;
      previous = "note";
      blankRun = 0;
      continue;
    }

    const footer = isFooter(joinText([t.ordinal, t.content, t.target, t.result, t.other]), grammar);
    const canContinue = attached && !footer && (blankRun === 0 || r < lastNumbered);
    if (canContinue && ordinal.kind !== "unknown") {
      if (!carried && ownTarget && ownResult) {
        // A second indicator of the task, or a part of it without a lead ("Nông lâm nghiệp | 2,5% | 2,7%").
        rows.push({ kind: "subitem", row: r, label, target: ownTarget, result: ownResult });
        above.content = ownContent;
        above.target = ownTarget;
        above.result = ownResult;
        previous = "subitem";
      } else {
        // Text under a sub-item continues the sub-item; under the task, the task.
        rows.push({
          kind: "continuation",
          row: r,
          content: ownContent,
          target: ownTarget,
          result: ownResult,
          column: firstFilledColumn(t, header),
        });
        if (ownContent) above.content = ownContent;
        if (ownTarget) above.target = ownTarget;
        if (ownResult) above.result = ownResult;
        previous = "continuation";
      }
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    if (r > lastNumbered) {
      rows.push({ kind: "note", row: r });
      hasTask = false;
      previous = "note";
    } else {
      rows.push({
        kind: "unrecognized",
        row: r,
        text: joinText([t.ordinal, t.content, t.target, t.result, t.other]),
      });
      lastTableRow = r;
      previous = "unrecognized";
    }
    blankRun = 0;
  }
  return { rows, lastRow: Math.max(lastTableRow, header.row) };
}
