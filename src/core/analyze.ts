/** The engine's entry point: a sheet in, its appendix tables judged. */
import { round } from "./format";
import { checkClaims } from "./claims";
import { Grid } from "./grid";
import { findHeaders, nearestHeaderText, type Header } from "./header";
import { judgeReadings, type Judgement, type RequirementCache } from "./judge";
import { finding } from "./messages";
import { namesCeiling, readNormalizedText, readPhrase, type PhraseRole } from "./phrases";
import {
  classifyOrdinal,
  isFooter,
  isTotalRow,
  isUpperTitle,
  ordinalInContent,
  type OrdinalKind,
} from "./rows";
import { foldText } from "./text";
import type {
  Cell,
  EngineOptions,
  Finding,
  Issue,
  Reading,
  RowInfo,
  SectionResult,
  SheetInput,
  SheetResult,
  SubitemResult,
  TableResult,
  TaskResult,
  Verdict,
  VerdictCounts,
} from "./types";

/** Distinct phrases remembered per table; beyond this, phrases are read afresh. */
const MEMO_LIMIT = 50_000;

/** Rows kept free under a table for the summary block that front ends write. */
const SUMMARY_ROWS = 10;

/** Checks every appendix table on a sheet. Never throws on content. */
export function analyzeSheet(input: SheetInput, options: EngineOptions = {}): SheetResult {
  const grid = new Grid(input);
  const headers = findHeaders(grid);
  const sheet = grid.sheet;
  const findings: Finding[] = [];
  const tables: TableResult[] = [];

  if (headers.length === 0) {
    const nearest = nearestHeaderText(grid);
    findings.push(
      finding(
        "no-table",
        "error",
        { sheet, ...(nearest ? { nearest: nearest.text, nearestRow: grid.sheetRow(nearest.row) } : {}) },
        nearest ? grid.sheetRow(nearest.row) : undefined,
      ),
    );
    return { sheet, tables, findings };
  }

  const starts = tableStarts(grid, headers);
  for (let i = 0; i < starts.length; i++) {
    const header = starts[i]!.header;
    const end = starts[i + 1]?.header.firstRow ?? grid.rowCount;
    const missing = missingColumns(grid, header);
    if (missing.length > 0) {
      findings.push(...missing);
      continue;
    }
    tables.push(analyzeTable(grid, header, starts[i]!.repeats, end, options));
  }
  return { sheet, tables, findings };
}

interface TableStart {
  readonly header: Header;
  /** Later header rows that only repeat this one across a page break. */
  readonly repeats: readonly Header[];
}

/** Groups header rows: a header that repeats the previous one mid-table is a page break, not a new table. */
function tableStarts(grid: Grid, headers: readonly Header[]): TableStart[] {
  const starts: { header: Header; repeats: Header[] }[] = [];
  for (const header of headers) {
    const current = starts[starts.length - 1];
    if (current && header.signature === current.header.signature && !startsAfresh(grid, header)) {
      current.repeats.push(header);
    } else {
      starts.push({ header, repeats: [] });
    }
  }
  return starts;
}

/**
 * Whether a header that repeats the one before opens a new table: it does unless it sits right under a
 * task's rows (a page break in a pasted table) and the numbering carries on after it.
 */
function startsAfresh(grid: Grid, header: Header): boolean {
  const ordinalColumn = header.byRole.ordinal;
  const above = header.firstRow - 1;
  if (above < 0 || ordinalColumn === undefined) return true;
  const aboveOrdinal = classifyOrdinal(grid.text(above, ordinalColumn));
  const aboveIsTableRow =
    aboveOrdinal.kind === "task" ||
    (aboveOrdinal.kind === "none" &&
      !rowIsBlank(grid, above, header.left, header.right) &&
      !isTitleRow(grid, above, header));
  if (!aboveIsTableRow) return true;
  const contentColumn = header.byRole.content;
  for (let r = header.row + 1; r < Math.min(grid.rowCount, header.row + 12); r++) {
    // A column-number row ("1 | 2 | 3 …") under a repeated header numbers columns, not tasks.
    if (contentColumn !== undefined && /^[([]?\d{1,2}[)\]]?$/.test(grid.text(r, contentColumn))) continue;
    const kind = classifyOrdinal(grid.text(r, ordinalColumn));
    if (kind.kind === "task") return /^0?1(?:\.1)?$/.test(kind.ordinal);
    if (kind.kind === "section" && (kind.label === "I" || kind.label === "A")) return true;
  }
  return false;
}

/** A row with text in one cell only, like "PHỤ LỤC 2" above a second table. */
function isTitleRow(grid: Grid, row: number, header: Header): boolean {
  let filled = 0;
  for (let c = 0; c <= Math.max(header.right, grid.rowWidth(row) - 1); c++)
    if (!grid.isEmpty(row, c)) filled++;
  return filled === 1 && header.byRole.content !== undefined && grid.isEmpty(row, header.byRole.content);
}

function missingColumns(grid: Grid, header: Header): Finding[] {
  const found = header.columns.map((c) => `${c.letter}: ${c.label}`).join("; ");
  const params = { sheet: grid.sheet, row: grid.sheetRow(header.row), found };
  const out: Finding[] = [];
  if (header.byRole.target === undefined)
    out.push(finding("no-target-column", "error", params, grid.sheetRow(header.row)));
  if (header.byRole.result === undefined)
    out.push(finding("no-result-column", "error", params, grid.sheetRow(header.row)));
  return out;
}

function rowIsBlank(grid: Grid, row: number, left: number, right: number): boolean {
  const end = Math.max(right, grid.rowWidth(row) - 1);
  for (let c = Math.min(left, 0); c <= end; c++) if (!grid.isEmpty(row, c)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------

/** A task being gathered over its rows. Continued cells are joined with a space; `*Parts` count the cells. */
interface Draft {
  ordinal: string;
  row: number;
  /** 1-based sheet rows. */
  rows: number[];
  section: string | null;
  content: string;
  target: string;
  targetParts: number;
  result: string;
  resultParts: number;
  targetCell: Cell | null;
  resultCell: Cell | null;
  subitems: SubDraft[];
  extras: Partial<Record<"unit" | "note" | "evaluation", string>>;
  sharedTarget: boolean;
  sharedResult: boolean;
}

interface SubDraft {
  row: number;
  label: string;
  target: string;
  targetParts: number;
  result: string;
  resultParts: number;
  targetCell: Cell | null;
  resultCell: Cell | null;
}

interface SectionDraft {
  ordinal: string;
  title: string;
  row: number | null;
  parent: SectionDraft | null;
  level: number;
}

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

/** The cell behind a target or result when it holds a number (its format matters); null otherwise. */
function cellOrMaster(grid: Grid, row: number, column: number | undefined): Cell | null {
  if (column === undefined) return null;
  const master = grid.master(row, column);
  const cell = master ? grid.cell(master[0], master[1]) : grid.numberCell(row, column);
  return cell !== null && typeof cell.value === "number" ? cell : null;
}

function isColumnIndexRow(t: RowTexts): boolean {
  const parts = [t.ordinal, t.content, t.target, t.result].filter((p) => p !== "");
  return parts.length >= 3 && parts.every((p) => /^[([]?(?:\d{1,2}|[a-zA-Z])[)\]]?(?:\s*=.*)?$/.test(p));
}

const NO_SUBITEMS: SubDraft[] = [];
const NO_SUBITEM_RESULTS: readonly SubitemResult[] = Object.freeze([]);

/** What one table's tasks share: readings of repeated phrases, and the targets they state. */
interface Caches {
  readonly targets: Map<string, Reading>;
  readonly requirements: RequirementCache;
}

function append(text: string, more: string): string {
  return text ? `${text} ${more}` : more;
}

function joinText(parts: readonly string[]): string {
  // Most cells stand alone: return the very string, whose hash the phrase memo has already computed.
  let only: string | undefined;
  let count = 0;
  for (const part of parts) {
    if (part === "") continue;
    only = part;
    count++;
  }
  if (count <= 1) return only ?? "";
  return parts.filter((p) => p !== "").join(" ");
}

function analyzeTable(
  grid: Grid,
  header: Header,
  repeats: readonly Header[],
  end: number,
  options: EngineOptions,
): TableResult {
  const roles = header.byRole;
  const findings: Finding[] = [...header.findings];
  const rows: RowInfo[] = [{ row: grid.sheetRow(header.row), kind: "header" }];
  if (header.firstRow < header.row) rows.unshift({ row: grid.sheetRow(header.firstRow), kind: "header" });
  const repeatRows = new Set<number>();
  for (const h of repeats) for (let r = h.firstRow; r <= h.row; r++) repeatRows.add(r);

  // Tasks can only continue up to the last numbered row; text after it is a note or a footer.
  let lastNumbered = header.row;
  for (let r = end - 1; r > header.row; r--) {
    const t = roles.ordinal === undefined ? "" : grid.text(r, roles.ordinal);
    const kind = t
      ? classifyOrdinal(t).kind
      : roles.content !== undefined && ordinalInContent(grid.rawText(r, roles.content))
        ? "task"
        : "none";
    if (kind === "task" || kind === "section") {
      lastNumbered = r;
      break;
    }
  }

  const drafts: Draft[] = [];
  const sections: SectionDraft[] = [];
  const sectionOfRow = new Map<number, SectionDraft>();
  let section: SectionDraft | null = null;
  let current: Draft | null = null;
  let currentSub: SubDraft | null = null;
  let previousKind: RowInfo["kind"] = "header";
  let blankRun = 0;
  let lastTableRow = header.row;

  const addRow = (r: number, kind: RowInfo["kind"], taskRow?: number): void => {
    rows.push({ row: grid.sheetRow(r), kind, ...(taskRow === undefined ? {} : { taskRow }) });
  };

  const scratch = emptyRowTexts();
  for (let r = header.row + 1; r < end; r++) {
    if (repeatRows.has(r)) {
      addRow(r, "header");
      findings.push(finding("repeated-header", "info", { row: grid.sheetRow(r) }, grid.sheetRow(r)));
      previousKind = "header";
      continue;
    }
    const t = readRow(grid, header, r, scratch);
    const empty = !t.ordinal && !t.content && !t.target && !t.result && !t.other;
    if (empty) {
      addRow(r, "blank");
      blankRun++;
      continue;
    }
    if (previousKind === "header" && isColumnIndexRow(t)) {
      addRow(r, "column-index");
      continue;
    }

    const ordinalSlave = t.ordinalMergedFrom !== undefined && t.ordinalMergedFrom > header.row;
    const ordinalText = ordinalSlave ? "" : t.ordinal;
    let ordinal: OrdinalKind = ordinalText ? classifyOrdinal(ordinalText) : { kind: "none" };
    let content = t.content;
    if (ordinal.kind === "none" && !ordinalText) {
      const inContent = ordinalInContent(content, !t.target && !t.result);
      if (inContent) ordinal = inContent;
    }
    // A section title written whole in the number column ("I. CÔNG TÁC CHỈ ĐẠO", merged across).
    if (ordinal.kind === "section" && ordinal.title && !content) content = ordinal.title;

    if (ordinal.kind === "section" || (ordinal.kind === "none" && !ordinalText && isSectionTitle(t))) {
      const label = ordinal.kind === "section" ? ordinal.label : "";
      const title = ordinal.kind === "section" ? ordinal.title || content : content;
      const level: number = ordinal.kind === "section" ? ordinal.level : (section?.level ?? 0);
      section = { ordinal: label || title, title, row: r, parent: enclosing(section, level), level };
      sections.push(section);
      sectionOfRow.set(r, section);
      addRow(r, "section");
      current = null;
      currentSub = null;
      previousKind = "section";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    if (ordinal.kind === "task") {
      const sharedTarget = t.targetMergedFrom !== undefined && t.targetMergedFrom > header.row;
      const sharedResult = t.resultMergedFrom !== undefined && t.resultMergedFrom > header.row;
      const target = sharedTarget ? textOfMaster(grid, r, roles.target) : t.target;
      const result = sharedResult ? textOfMaster(grid, r, roles.result) : t.result;
      current = {
        ordinal: ordinal.ordinal,
        row: r,
        rows: [grid.sheetRow(r)],
        section: section ? section.ordinal : null,
        content,
        target,
        targetParts: target ? 1 : 0,
        result,
        resultParts: result ? 1 : 0,
        targetCell: cellOrMaster(grid, r, roles.target),
        resultCell: cellOrMaster(grid, r, roles.result),
        subitems: NO_SUBITEMS,
        extras: extrasOf(grid, r, header),
        sharedTarget,
        sharedResult,
      };
      drafts.push(current);
      currentSub = null;
      addRow(r, "task");
      previousKind = "task";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    const ownTarget = t.targetMergedFrom === undefined ? t.target : "";
    const ownResult = t.resultMergedFrom === undefined ? t.result : "";
    const attached =
      current !== null &&
      (previousKind === "task" || previousKind === "continuation" || previousKind === "subitem");
    const bulletLike =
      ordinal.kind === "subitem" || /^(?:[-+*•–]|trong do\b|a\)|b\))/i.test(foldText(content));

    if (current && attached && (ownTarget || ownResult) && (bulletLike || ordinalSlave)) {
      currentSub = {
        row: r,
        label: ordinal.kind === "subitem" ? [ordinal.label, content].filter(Boolean).join(" ") : content,
        target: ownTarget,
        targetParts: ownTarget ? 1 : 0,
        result: ownResult,
        resultParts: ownResult ? 1 : 0,
        targetCell: cellOrMaster(grid, r, roles.target),
        resultCell: cellOrMaster(grid, r, roles.result),
      };
      if (current.subitems === NO_SUBITEMS) current.subitems = [];
      current.subitems.push(currentSub);
      current.rows.push(grid.sheetRow(r));
      addRow(r, "subitem", grid.sheetRow(current.row));
      findings.push(
        finding(
          "subitem-attached",
          "info",
          { row: grid.sheetRow(r), ordinal: current.ordinal },
          grid.sheetRow(r),
          grid.address(r, roles.content ?? header.left),
        ),
      );
      previousKind = "subitem";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    if (isTotalRow(t.ordinal || t.content)) {
      addRow(r, "note");
      current = null;
      currentSub = null;
      previousKind = "note";
      blankRun = 0;
      continue;
    }

    const footer = isFooter(joinText([t.ordinal, t.content, t.target, t.result, t.other]));
    const canContinue = current !== null && attached && !footer && (blankRun === 0 || r < lastNumbered);
    if (current && canContinue && ordinal.kind !== "unknown") {
      // Text under a sub-item continues the sub-item; under the task, the task.
      const into: Draft | SubDraft = currentSub ?? current;
      if (!currentSub && t.contentMergedFrom === undefined && content)
        current.content = append(current.content, content);
      if (ownTarget) {
        into.target = append(into.target, ownTarget);
        into.targetParts++;
      }
      if (ownResult) {
        into.result = append(into.result, ownResult);
        into.resultParts++;
      }
      current.rows.push(grid.sheetRow(r));
      addRow(r, "continuation", grid.sheetRow(current.row));
      findings.push(
        finding(
          "continuation-merged",
          "info",
          { row: grid.sheetRow(r), ordinal: current.ordinal },
          grid.sheetRow(r),
          grid.address(r, firstFilledColumn(t, header)),
        ),
      );
      previousKind = "continuation";
      blankRun = 0;
      lastTableRow = r;
      continue;
    }

    const text = joinText([t.ordinal, t.content, t.target, t.result, t.other]);
    if (r > lastNumbered) {
      addRow(r, "note");
    } else {
      addRow(r, "unrecognized");
      findings.push(finding("unrecognized-row", "info", { row: grid.sheetRow(r), text }, grid.sheetRow(r)));
      lastTableRow = r;
    }
    previousKind = r > lastNumbered ? "note" : "unrecognized";
    current = r > lastNumbered ? null : current;
    blankRun = 0;
  }

  const groups = groupParents(drafts);
  if (groups.size > 0) sectionsFromGroups(drafts, groups, sections, sectionOfRow);
  const tasks: TaskResult[] = [];
  const memo: Caches = { targets: new Map(), requirements: new Map() };
  for (const draft of drafts) {
    if (groups.has(draft)) continue;
    tasks.push(judgeDraft(grid, header, draft, findings, options, memo));
  }
  const groupRows = new Set([...groups].map((g) => grid.sheetRow(g.row)));
  const finalRows = rows.map((info) =>
    groupRows.has(info.row) ? { row: info.row, kind: "section" as const } : info,
  );

  checkNumbering(
    grid,
    header,
    drafts.filter((d) => !groups.has(d)),
    [...groups],
    sectionOfRow,
    findings,
  );

  const sectionResults = summarizeSections(grid, sections, tasks);
  const summary = countVerdicts(tasks);
  findings.push(...checkClaims(tasks, summary));
  const lastRow = grid.sheetRow(Math.max(lastTableRow, header.row));
  return {
    sheet: grid.sheet,
    headerRow: grid.sheetRow(header.row),
    firstRow: grid.sheetRow(header.firstRow),
    lastRow,
    firstColumn: grid.sheetColumn(header.left),
    lastColumn: grid.sheetColumn(header.right),
    freeColumn: grid.sheetColumn(freeColumnOf(grid, header, Math.max(lastTableRow, header.row))),
    columns: header.columns,
    tasks,
    sections: sectionResults,
    summary,
    findings: sortByPlace(findings),
    rows: finalRows,
  };
}

/** The open section a new section of `level` nests in. */
function enclosing(open: SectionDraft | null, level: number): SectionDraft | null {
  let parent = open;
  while (parent && parent.level >= level) parent = parent.parent;
  return parent;
}

/** Findings in reading order: by row, then by column (keys made once, not per comparison). */
function sortByPlace(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, row: finding.row ?? 0, column: columnOf(finding.cell), index }))
    .sort((a, b) => a.row - b.row || a.column - b.column || a.index - b.index)
    .map((keyed) => keyed.finding);
}

function columnOf(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? "")?.[0] ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function textOfMaster(grid: Grid, row: number, column: number | undefined): string {
  if (column === undefined) return "";
  const master = grid.master(row, column);
  return master ? grid.text(master[0], master[1]) : grid.text(row, column);
}

function firstFilledColumn(t: RowTexts, header: Header): number {
  const roles = header.byRole;
  if (t.content && roles.content !== undefined) return roles.content;
  if (t.target && roles.target !== undefined) return roles.target;
  if (t.result && roles.result !== undefined) return roles.result;
  return header.left;
}

function isSectionTitle(t: RowTexts): boolean {
  return !t.target && !t.result && isUpperTitle(t.content || t.other);
}

const EXTRA_ROLES = ["unit", "note", "evaluation"] as const;
const NO_EXTRAS: Draft["extras"] = Object.freeze({});

function extrasOf(grid: Grid, row: number, header: Header): Draft["extras"] {
  let extras: Draft["extras"] | undefined;
  for (const role of EXTRA_ROLES) {
    const column = header.byRole[role];
    if (column === undefined) continue;
    const text = textOfMaster(grid, row, column);
    if (text) (extras ??= {})[role] = text;
  }
  return extras ?? NO_EXTRAS;
}

function freeColumnOf(grid: Grid, header: Header, lastRow: number): number {
  let right = header.right;
  const bottom = Math.min(grid.rowCount - 1, lastRow + SUMMARY_ROWS);
  for (let r = header.firstRow; r <= bottom; r++) {
    for (let c = grid.rowWidth(r) - 1; c > right; c--) {
      if (!grid.isEmpty(r, c)) {
        right = c;
        break;
      }
    }
  }
  return right + 1;
}

/**
 * Numbered groups ("1" over "1.1", "1.2") become sections inside the section they sit in, and their
 * tasks belong to them.
 */
function sectionsFromGroups(
  drafts: readonly Draft[],
  groups: ReadonlySet<Draft>,
  sections: SectionDraft[],
  sectionOfRow: Map<number, SectionDraft>,
): void {
  const made: SectionDraft[] = [];
  let open: SectionDraft | null = null;
  let s = 0;
  const ordered = [...sections].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const draft of drafts) {
    while (s < ordered.length && (ordered[s]!.row ?? 0) < draft.row) open = ordered[s++]!;
    if (groups.has(draft)) {
      const group: SectionDraft = {
        ordinal: draft.ordinal,
        title: draft.content,
        row: draft.row,
        parent: open,
        level: (open?.level ?? 0) + 1,
      };
      made.push(group);
      sectionOfRow.set(draft.row, group);
      continue;
    }
    for (let i = made.length - 1; i >= 0; i--) {
      if (draft.ordinal.startsWith(`${made[i]!.ordinal}.`)) {
        draft.section = made[i]!.ordinal;
        break;
      }
    }
  }
  sections.push(...made);
  sections.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Numbered rows that only group numbered children ("1" over "1.1", "1.2") and have no target or result. */
function groupParents(drafts: readonly Draft[]): Set<Draft> {
  const groups = new Set<Draft>();
  for (let i = 0; i < drafts.length - 1; i++) {
    const d = drafts[i]!;
    const next = drafts[i + 1]!;
    if (
      next.ordinal.length > d.ordinal.length &&
      next.ordinal.startsWith(d.ordinal) &&
      next.ordinal[d.ordinal.length] === "." &&
      !d.target &&
      !d.result &&
      d.subitems.length === 0
    ) {
      groups.add(d);
    }
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------------

function judgeDraft(
  grid: Grid,
  header: Header,
  draft: Draft,
  findings: Finding[],
  options: EngineOptions,
  memo: Caches,
): TaskResult {
  const roles = header.byRole;
  const { target, result } = draft;
  // A continued cell is judged on its whole text; a single cell keeps its number format.
  const targetSource = draft.sharedTarget ? null : draft.targetCell;
  const resultSource = draft.sharedResult ? null : draft.resultCell;
  const targetReading = ceilingFromTask(
    readPart(draft.targetParts, target, targetSource, options, memo, "target"),
    draft.content,
  );
  const resultReading = readPart(draft.resultParts, result, resultSource, options, memo, "any");
  const own = judgeReadings(targetReading, resultReading, memo.requirements);
  const subitems =
    draft.subitems.length === 0
      ? NO_SUBITEM_RESULTS
      : draft.subitems.map((s) => judgeSubitem(grid, s, options, memo));
  const targetCell = grid.address(draft.row, roles.target ?? header.left);
  const resultCell = grid.address(draft.row, roles.result ?? header.left);
  const sheetRow = grid.sheetRow(draft.row);

  let judgement: Pick<Judgement, "verdict" | "completion" | "reasons"> = own;
  const subTargets = subitems.some((s) => s.target !== "");
  const subResults = subitems.some((s) => s.result !== "");
  if (subitems.length > 0 && (!target || !result)) judgement = rollUp(subitems);
  else if (subitems.length > 0) judgement = { ...own, reasons: [...own.reasons, rollUpReason(subitems)] };

  if (!target && !subTargets) {
    findings.push(finding("missing-target", "warning", { ordinal: draft.ordinal }, sheetRow, targetCell));
  }
  if (!result && !subResults) {
    findings.push(finding("missing-result", "warning", { ordinal: draft.ordinal }, sheetRow, resultCell));
  }
  for (const r of judgement.reasons) {
    if (r.code === "fraction-percent-mismatch") {
      findings.push(
        finding("percent-mismatch", "warning", { ordinal: draft.ordinal, ...r.params }, sheetRow, resultCell),
      );
    }
  }
  if (draft.sharedTarget || draft.sharedResult) {
    const column = draft.sharedTarget ? roles.target : roles.result;
    findings.push(
      finding(
        "shared-merged-cell",
        "info",
        { ordinal: draft.ordinal, cell: grid.address(draft.row, column ?? 0) },
        sheetRow,
      ),
    );
  }
  const evaluation = draft.extras.evaluation;
  const reasons: readonly Issue[] = evaluation
    ? [...judgement.reasons, { code: "evaluation-stated", params: { phrase: evaluation } }]
    : judgement.reasons;

  return {
    ordinal: draft.ordinal,
    row: sheetRow,
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
      target: targetCell,
      result: resultCell,
    },
  };
}

/**
 * A bare figure under a task that names something bad ("Tỷ lệ hồ sơ trễ hạn" | "2%") is a ceiling,
 * though the target cell alone does not say so.
 */
function ceilingFromTask(target: Reading, content: string): Reading {
  const q = target.quantity;
  if (
    !q ||
    q.comparator !== "eq" ||
    q.relative ||
    target.ceiling ||
    target.kind === "fraction" ||
    !namesCeiling(content)
  ) {
    return target;
  }
  return { ...target, ceiling: true };
}

/**
 * What to read for a target or result: a lone number cell as Excel holds it (its format says "83,33%"),
 * anything else as the text already normalised and joined across continued rows.
 */
function readPart(
  parts: number,
  joined: string,
  cell: Cell | null,
  options: EngineOptions,
  memo: Caches,
  role: PhraseRole,
): Reading {
  if (cell !== null && typeof cell.value === "number" && parts <= 1) return readPhrase(cell, options);
  // Targets repeat across a table ("Hoàn thành 100% chỉ tiêu đề ra") and their readings are immutable:
  // share them. Results are mostly distinct; remembering them would only keep garbage alive.
  if (role !== "target") return readNormalizedText(joined, options, role);
  const known = memo.targets.get(joined);
  if (known) return known;
  const reading = readNormalizedText(joined, options, role);
  if (memo.targets.size < MEMO_LIMIT) memo.targets.set(joined, reading);
  return reading;
}

function judgeSubitem(grid: Grid, sub: SubDraft, options: EngineOptions, memo: Caches): SubitemResult {
  const { target, result } = sub;
  const j = judgeReadings(
    readPart(sub.targetParts, target, sub.targetCell, options, memo, "target"),
    readPart(sub.resultParts, result, sub.resultCell, options, memo, "any"),
    memo.requirements,
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

function rollUpReason(subitems: readonly SubitemResult[]): Issue {
  return {
    code: "subitems-rollup",
    params: { met: subitems.filter((s) => s.verdict === "met").length, total: subitems.length },
  };
}

/** A task judged by its sub-items: any unmet makes it unmet; any doubt makes it a review. */
function rollUp(subitems: readonly SubitemResult[]): Pick<Judgement, "verdict" | "completion" | "reasons"> {
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

// ---------------------------------------------------------------------------------------------------------

/** Gaps and duplicates, per level ("1.2" counts within "1") and per section when numbering restarts. */
function checkNumbering(
  grid: Grid,
  header: Header,
  tasks: readonly Draft[],
  groups: readonly Draft[],
  sectionOfRow: ReadonlyMap<number, SectionDraft>,
  findings: Finding[],
): void {
  const all = groups.length === 0 ? tasks : [...tasks, ...groups].sort((a, b) => a.row - b.row);
  const seen = new Map<string, number>();
  const last = new Map<string, number>();
  const sectionRows = [...sectionOfRow.keys()].sort((a, b) => a - b);
  let nextSection = 0;
  const column = header.byRole.ordinal ?? header.left;
  for (const d of all) {
    let opened = false;
    while (nextSection < sectionRows.length && sectionRows[nextSection]! < d.row) {
      nextSection++;
      opened = true;
    }
    // A section whose first task is 1 opens its own numbering scope.
    if (opened && /^0?1(?:\.|$)/.test(d.ordinal) && (last.get("") ?? 0) > 1) {
      last.clear();
      seen.clear();
    }
    const parts = d.ordinal.split(".");
    const n = Number(parts[parts.length - 1]);
    const parent = parts.slice(0, -1).join(".");
    const scoped = d.ordinal;
    const address = grid.address(d.row, column);
    const firstRow = seen.get(scoped);
    if (firstRow !== undefined) {
      findings.push(
        finding(
          "numbering-duplicate",
          "warning",
          { ordinal: d.ordinal, firstRow: grid.sheetRow(firstRow) },
          grid.sheetRow(d.row),
          address,
        ),
      );
      continue;
    }
    seen.set(scoped, d.row);
    const previous = last.get(parent);
    if (previous !== undefined && n > previous + 1) {
      const prefix = parent ? `${parent}.` : "";
      const missing =
        n - previous === 2 ? `${prefix}${previous + 1}` : `${prefix}${previous + 1}–${prefix}${n - 1}`;
      findings.push(
        finding(
          "numbering-gap",
          "warning",
          { previous: `${prefix}${previous}`, ordinal: d.ordinal, missing },
          grid.sheetRow(d.row),
          address,
        ),
      );
    }
    if (previous === undefined || n > previous) last.set(parent, n);
  }
}

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

function summarizeSections(
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
  // Tasks and sections both come in row order. A task belongs to the innermost open section; outer
  // sections (A, B over I, II) count their children's tasks too.
  const members = new Map<SectionDraft, TaskResult[]>(sections.map((section) => [section, []]));
  let next = 0;
  let active: SectionDraft | null = null;
  let chain: TaskResult[][] = [];
  for (const task of tasks) {
    while (next < sections.length && grid.sheetRow(sections[next]!.row ?? 0) < task.row) {
      active = sections[next++]!;
      chain = [];
      for (let p: SectionDraft | null = active; p; p = p.parent) chain.push(members.get(p)!);
    }
    if (active) for (const list of chain) list.push(task);
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
