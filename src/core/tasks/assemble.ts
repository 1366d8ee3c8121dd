/**
 * Tasks from rows: a task row opens a task, continuation rows add their text to it (or to its last
 * sub-item, never to both), sub-item rows attach to it with their own target and result, and sections
 * (I, II; A, B; numbered groups "1" over "1.1") hold it.
 */
import type { Grid } from "../grid/grid";
import type { Header } from "../header/header";
import type { TableRow } from "../rows/kinds";
import { textOfMaster } from "../rows/kinds";
import type { Cell, ExtraRole, RowInfo } from "../types";

/** A target and a result gathered over rows: continued cells joined with a space, `*Parts` counting them. */
interface Gathered {
  target: string;
  targetParts: number;
  result: string;
  resultParts: number;
  /** The target and result cells when they hold a number (its format matters); null otherwise. */
  readonly targetCell: Cell | null;
  readonly resultCell: Cell | null;
}

/** A task gathered over its rows. */
export interface Draft extends Gathered {
  readonly ordinal: string;
  /** Grid row of the task's first row. */
  readonly row: number;
  /** 1-based sheet rows. */
  readonly rows: number[];
  section: string | null;
  content: string;
  subitems: SubDraft[];
  readonly extras: Readonly<Partial<Record<ExtraRole, string>>>;
  readonly sharedTarget: boolean;
  readonly sharedResult: boolean;
}

export interface SubDraft extends Gathered {
  readonly row: number;
  /** The sub-item's text in the task column, carried on by the continuation rows under it. */
  label: string;
}

export interface SectionDraft {
  readonly ordinal: string;
  readonly title: string;
  /** Grid row, or null for the tasks before any section. */
  readonly row: number | null;
  readonly parent: SectionDraft | null;
  readonly level: number;
}

export interface Assembled {
  /** Tasks to judge, in row order; numbered groups ("1" over "1.1") are sections, not tasks. */
  readonly tasks: readonly Draft[];
  /** Numbered groups, for the numbering check. */
  readonly groups: readonly Draft[];
  readonly sections: readonly SectionDraft[];
  /** Grid rows of section rows (numbered groups included), for numbering scopes. */
  readonly sectionRows: readonly number[];
  /** Every row with its kind, for front ends. */
  readonly rows: readonly RowInfo[];
}

const NO_SUBITEMS: SubDraft[] = [];
const EXTRA_ROLES: readonly ExtraRole[] = ["unit", "note", "evaluation", "deadline"];
const NO_EXTRAS: Draft["extras"] = Object.freeze({});

function append(text: string, more: string): string {
  return text ? `${text} ${more}` : more;
}

/** The cell behind a target or result when it holds a number (its format matters); null otherwise. */
function cellOrMaster(grid: Grid, row: number, column: number | undefined): Cell | null {
  if (column === undefined) return null;
  const master = grid.master(row, column);
  const cell = master ? grid.cell(master[0], master[1]) : grid.numberCell(row, column);
  return cell !== null && typeof cell.value === "number" ? cell : null;
}

function extrasOf(grid: Grid, row: number, header: Header): Draft["extras"] {
  let extras: Partial<Record<ExtraRole, string>> | undefined;
  for (const role of EXTRA_ROLES) {
    const column = header.byRole[role];
    if (column === undefined) continue;
    const text = textOfMaster(grid, row, column);
    if (text) (extras ??= {})[role] = text;
  }
  return extras ?? NO_EXTRAS;
}

/** The open section a new section of `level` nests in. */
function enclosing(open: SectionDraft | null, level: number): SectionDraft | null {
  let parent = open;
  while (parent && parent.level >= level) parent = parent.parent;
  return parent;
}

export function assembleTasks(grid: Grid, header: Header, tableRows: readonly TableRow[]): Assembled {
  const roles = header.byRole;
  const drafts: Draft[] = [];
  const sections: SectionDraft[] = [];
  const rows: RowInfo[] = [];
  let section: SectionDraft | null = null;
  let current: Draft | null = null;
  let currentSub: SubDraft | null = null;

  for (const tableRow of tableRows) {
    const r = tableRow.row;
    const sheetRow = grid.sheetRow(r);
    switch (tableRow.kind) {
      case "header":
      case "repeated-header":
        rows.push({ row: sheetRow, kind: "header" });
        break;
      case "blank":
      case "column-index":
      case "unrecognized":
        rows.push({ row: sheetRow, kind: tableRow.kind });
        break;
      case "note":
        rows.push({ row: sheetRow, kind: "note" });
        current = null;
        currentSub = null;
        break;
      case "section": {
        // A title in capitals without a numeral sits at the level of the section it follows.
        const level: number = tableRow.level < 0 ? (section?.level ?? 0) : tableRow.level;
        const ordinal = tableRow.label || tableRow.title;
        section = { ordinal, title: tableRow.title, row: r, parent: enclosing(section, level), level };
        sections.push(section);
        rows.push({ row: sheetRow, kind: "section" });
        current = null;
        currentSub = null;
        break;
      }
      case "task": {
        const { target, result } = tableRow;
        current = {
          ordinal: tableRow.ordinal,
          row: r,
          rows: [sheetRow],
          section: section ? section.ordinal : null,
          content: tableRow.content,
          target,
          targetParts: target ? 1 : 0,
          result,
          resultParts: result ? 1 : 0,
          targetCell: cellOrMaster(grid, r, roles.target),
          resultCell: cellOrMaster(grid, r, roles.result),
          subitems: NO_SUBITEMS,
          extras: extrasOf(grid, r, header),
          sharedTarget: tableRow.sharedTarget,
          sharedResult: tableRow.sharedResult,
        };
        drafts.push(current);
        currentSub = null;
        rows.push({ row: sheetRow, kind: "task" });
        break;
      }
      case "subitem": {
        if (!current) break;
        currentSub = {
          row: r,
          label: tableRow.label,
          target: tableRow.target,
          targetParts: tableRow.target ? 1 : 0,
          result: tableRow.result,
          resultParts: tableRow.result ? 1 : 0,
          targetCell: cellOrMaster(grid, r, roles.target),
          resultCell: cellOrMaster(grid, r, roles.result),
        };
        if (current.subitems === NO_SUBITEMS) current.subitems = [];
        current.subitems.push(currentSub);
        current.rows.push(sheetRow);
        rows.push({ row: sheetRow, kind: "subitem", taskRow: grid.sheetRow(current.row) });
        break;
      }
      case "continuation": {
        if (!current) break;
        // Under a sub-item, the row carries on the sub-item: its text never reaches the task's.
        const into: Draft | SubDraft = currentSub ?? current;
        if (tableRow.content) {
          if (currentSub) currentSub.label = append(currentSub.label, tableRow.content);
          else current.content = append(current.content, tableRow.content);
        }
        if (tableRow.target) {
          into.target = append(into.target, tableRow.target);
          into.targetParts++;
        }
        if (tableRow.result) {
          into.result = append(into.result, tableRow.result);
          into.resultParts++;
        }
        current.rows.push(sheetRow);
        rows.push({ row: sheetRow, kind: "continuation", taskRow: grid.sheetRow(current.row) });
        break;
      }
    }
  }

  const groups = groupParents(drafts);
  const sectionRows = new Set(sections.map((s) => s.row ?? -1));
  if (groups.size > 0) sectionsFromGroups(drafts, groups, sections);
  for (const g of groups) sectionRows.add(g.row);
  const groupRows = new Set([...groups].map((g) => grid.sheetRow(g.row)));
  return {
    tasks: drafts.filter((d) => !groups.has(d)),
    groups: [...groups],
    sections,
    sectionRows: [...sectionRows].filter((r) => r >= 0).sort((a, b) => a - b),
    rows:
      groupRows.size === 0
        ? rows
        : rows.map((info) => (groupRows.has(info.row) ? { row: info.row, kind: "section" } : info)),
  };
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

/**
 * Numbered groups ("1" over "1.1", "1.2") become sections inside the section they sit in, and their
 * tasks belong to them.
 */
function sectionsFromGroups(
  drafts: readonly Draft[],
  groups: ReadonlySet<Draft>,
  sections: SectionDraft[],
): void {
  const made: SectionDraft[] = [];
  let open: SectionDraft | null = null;
  let s = 0;
  const ordered = [...sections].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const draft of drafts) {
    while (s < ordered.length && (ordered[s]!.row ?? 0) < draft.row) open = ordered[s++]!;
    if (groups.has(draft)) {
      made.push({
        ordinal: draft.ordinal,
        title: draft.content,
        row: draft.row,
        parent: open,
        level: (open?.level ?? 0) + 1,
      });
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
