/**
 * A reviewer's decisions on computed verdicts: confirm or override, with a comment. Decisions are plain
 * records that travel with the workbook (as XML, see `serializeReview`); `applyReview` lays them over a
 * check's tables and recomputes every count, so each front end scores with what the reviewer decided.
 */
import { finding, reason, type Finding, type Reason } from "./issues";
import { countVerdicts } from "./summary/summary";
import { foldText } from "./text";
import type { SectionResult, TableResult, TaskResult, Verdict } from "./types";
import { VERDICTS } from "./types";

/** The namespace of the workbook part that holds the decisions. */
export const REVIEW_NAMESPACE = "urn:par-appendix-checker:review:1";

/** Characters of a task's content kept to find the task again after rows move. */
export const CONTENT_KEPT = 200;

export interface Override {
  readonly sheet: string;
  /** 1-based row of the task's first row when decided. */
  readonly row: number;
  readonly ordinal: string;
  /** The task's content when decided, cut to CONTENT_KEPT characters. */
  readonly content: string;
  /** The engine's verdict the reviewer saw. */
  readonly computed: Verdict;
  /** The reviewer's verdict; the same as `computed` for a confirmation. */
  readonly verdict: Verdict;
  readonly comment: string;
  readonly reviewer: string;
  /** When, as ISO 8601 from the caller's clock; the engine reads none. */
  readonly at: string;
}

export interface Decision {
  readonly override: Override;
  readonly sheet: string;
  /** The task's first row now: it differs from `override.row` when rows were inserted above. */
  readonly row: number;
  readonly ordinal: string;
  /** The engine's verdict now. */
  readonly computed: Verdict;
  readonly kind: "confirmed" | "changed";
  /** The engine's verdict changed since the reviewer decided: the officer edited the row. */
  readonly stale: boolean;
}

export interface Review {
  /** The tables with the reviewer's verdicts in place and every count recomputed. */
  readonly tables: readonly TableResult[];
  /** One per task that has a decision, in table order. */
  readonly decisions: readonly Decision[];
  /** Decisions whose task is no longer in the tables. */
  readonly orphans: readonly Override[];
  /** Decisions hidden by a later one on the same task: they have no effect and can be dropped. */
  readonly superseded: readonly Override[];
  /** review-orphaned and review-stale findings, for people. */
  readonly findings: readonly Finding[];
}

export interface Choice {
  readonly verdict: Verdict;
  readonly comment: string;
  readonly reviewer: string;
  readonly at: string;
}

/** The key of a task for decisions: its sheet and first row. */
export function decisionKey(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** A task's content cut to CONTENT_KEPT, never inside a surrogate pair: XML refuses half a pair. */
function kept(content: string): string {
  const cut = content.slice(0, CONTENT_KEPT);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A decision on a task as the engine judged it (pass the computed table, not a reviewed one). */
export function decide(table: TableResult, task: TaskResult, choice: Choice): Override {
  return {
    sheet: table.sheet,
    row: task.row,
    ordinal: task.ordinal,
    content: kept(task.content),
    computed: task.verdict,
    verdict: choice.verdict,
    comment: choice.comment.trim(),
    reviewer: choice.reviewer.trim(),
    at: choice.at,
  };
}

/**
 * The decisions with `override` added at the end, in place of `replaced` (the task's decision as
 * `applyReview` found it, which is stored under its old row when rows moved) and of any decision stored for
 * the same task number at the same row. Another task's decision is never dropped, whatever its row.
 */
export function withOverride(
  overrides: readonly Override[],
  override: Override,
  replaced: readonly Override[] = [],
): Override[] {
  const drop = new Set(replaced);
  const same = (o: Override): boolean =>
    o.sheet === override.sheet && o.row === override.row && o.ordinal === override.ordinal;
  return [...overrides.filter((o) => !drop.has(o) && !same(o)), override];
}

/** The decisions without `removed`, the very records (an undo, or dropping orphans). */
export function withoutOverride(overrides: readonly Override[], removed: readonly Override[]): Override[] {
  const drop = new Set(removed);
  return overrides.filter((o) => !drop.has(o));
}

interface Place {
  readonly table: number;
  readonly task: TaskResult;
}

function sameText(a: string, b: string): boolean {
  return foldText(kept(a)) === foldText(kept(b));
}

/** A task by sheet, number and opening words: how a decision finds its task after rows move. */
function textKey(sheet: string, ordinal: string, content: string): string {
  return `${sheet}\u0000${ordinal}\u0000${foldText(kept(content))}`;
}

/**
 * Finds each decision's task: at its row when the number there is the same; else the one task of the sheet
 * with the same number and content (rows moved); else it is an orphan. A later decision on a task wins.
 */
function match(
  tables: readonly TableResult[],
  overrides: readonly Override[],
  orphans: Override[],
  superseded: Override[],
): Map<string, [Place, Override]> {
  const byRow = new Map<string, Place>();
  const byText = new Map<string, Place[]>();
  tables.forEach((table, index) => {
    for (const task of table.tasks) {
      const place = { table: index, task };
      byRow.set(decisionKey(table.sheet, task.row), place);
      const key = textKey(table.sheet, task.ordinal, task.content);
      const list = byText.get(key);
      if (list) list.push(place);
      else byText.set(key, [place]);
    }
  });
  const matched = new Map<string, [Place, Override]>();
  for (const override of overrides) {
    const atRow = byRow.get(decisionKey(override.sheet, override.row));
    const sameNumber = atRow !== undefined && atRow.task.ordinal === override.ordinal;
    const candidates = byText.get(textKey(override.sheet, override.ordinal, override.content)) ?? [];
    const place =
      sameNumber && sameText(atRow.task.content, override.content)
        ? atRow
        : candidates.length === 1
          ? candidates[0]
          : sameNumber
            ? atRow // the officer reworded the task in place
            : undefined;
    if (place) {
      const key = decisionKey(tables[place.table]!.sheet, place.task.row);
      const earlier = matched.get(key);
      if (earlier) superseded.push(earlier[1]);
      matched.set(key, [place, override]);
    } else orphans.push(override);
  }
  return matched;
}

function reviewReason(override: Override, computed: Verdict): Reason {
  const params = {
    verdict: override.verdict,
    computed,
    ...(override.comment ? { comment: override.comment } : {}),
    ...(override.reviewer ? { reviewer: override.reviewer } : {}),
  };
  return override.verdict === computed
    ? reason("reviewer-confirmed", params)
    : reason("reviewer-changed", params);
}

/** Lays the decisions over the tables; counts per table and per section are recomputed from them. */
export function applyReview(tables: readonly TableResult[], overrides: readonly Override[]): Review {
  if (overrides.length === 0) return { tables, decisions: [], orphans: [], superseded: [], findings: [] };
  const orphans: Override[] = [];
  const superseded: Override[] = [];
  const matched = match(tables, overrides, orphans, superseded);
  const decisions: Decision[] = [];
  const findings: Finding[] = [];
  const reviewed = tables.map((table) => {
    let touched = false;
    const tasks = table.tasks.map((task) => {
      const hit = matched.get(decisionKey(table.sheet, task.row));
      if (!hit) return task;
      const [, override] = hit;
      touched = true;
      const stale = override.computed !== task.verdict;
      decisions.push({
        override,
        sheet: table.sheet,
        row: task.row,
        ordinal: task.ordinal,
        computed: task.verdict,
        kind: override.verdict === task.verdict ? "confirmed" : "changed",
        stale,
      });
      if (stale) {
        findings.push(
          finding(
            "review-stale",
            "warning",
            { sheet: table.sheet, ordinal: task.ordinal, before: override.computed, verdict: task.verdict },
            task.row,
            task.cells.ordinal,
          ),
        );
      }
      return {
        ...task,
        verdict: override.verdict,
        reasons: [reviewReason(override, task.verdict), ...task.reasons],
      };
    });
    if (!touched) return table;
    const rows = new Map(tasks.map((task) => [task.row, task]));
    const sections: SectionResult[] = table.sections.map((section) => ({
      ...section,
      summary: countVerdicts(section.taskRows.map((row) => rows.get(row)).filter((t) => t !== undefined)),
    }));
    return { ...table, tasks, sections, summary: countVerdicts(tasks) };
  });
  findings.push(...orphanFindings(orphans));
  return { tables: reviewed, decisions, orphans, superseded, findings };
}

/** review-orphaned findings: decisions whose task is gone (or whose sheet is). */
export function orphanFindings(orphans: readonly Override[]): Finding[] {
  return orphans.map((o) =>
    finding("review-orphaned", "warning", {
      sheet: o.sheet,
      row: o.row,
      ordinal: o.ordinal,
      content: o.content,
      verdict: o.verdict,
    }),
  );
}

// ---- storage ----------------------------------------------------------------------------------------------

const ATTRIBUTES = ["sheet", "row", "ordinal", "computed", "verdict", "reviewer", "at"] as const;

function escapeXml(text: string): string {
  return (
    text
      // Control characters are not allowed in XML 1.0; a pasted cell can carry them.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\r/g, "&#13;")
      .replace(/\n/g, "&#10;")
      .replace(/\t/g, "&#9;")
  );
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The decisions as the XML document stored in the workbook, in the order given. No XML declaration: Office's
 * own samples add parts without one, and one has been seen to stop a part from updating (office-js#1643);
 * without it the document is UTF-8, as a zip entry and as a JavaScript string alike.
 */
export function serializeReview(overrides: readonly Override[]): string {
  const lines = [`<review xmlns="${REVIEW_NAMESPACE}" version="1">`];
  for (const o of overrides) {
    const attributes = ATTRIBUTES.map((name) => `${name}="${escapeXml(String(o[name]))}"`).join(" ");
    lines.push(
      `  <decision ${attributes}>`,
      `    <task>${escapeXml(o.content)}</task>`,
      `    <comment>${escapeXml(o.comment)}</comment>`,
      `  </decision>`,
    );
  }
  lines.push(`</review>`);
  return lines.join("\n");
}

export interface ParsedReview {
  readonly overrides: Override[];
  /** review-unreadable findings for entries or documents that could not be read. */
  readonly findings: Finding[];
}

/** A document type declaration: never in our parts, and where entity attacks begin. It is not read at all. */
const DTD = /<!(DOCTYPE|ENTITY)/i;
/** A decision's attributes are a sheet name, a row, verdicts, a reviewer and a time: far below this. */
const MAX_ATTRIBUTES = 4096;

function unreadable(detail: "namespace" | "entry" | "doctype", index?: number): Finding {
  return finding("review-unreadable", "warning", index === undefined ? { detail } : { detail, index });
}

interface Element {
  /** The text between the name and the tag's end: its attributes. */
  readonly attributes: string;
  /** What the element holds; null when it is never closed. */
  readonly body: string | null;
  /** Where reading goes on after it. */
  readonly end: number;
}

/** How an element of one name opens and closes, with any prefix. */
interface ElementName {
  readonly open: RegExp;
  readonly close: RegExp;
}

function elementName(name: string): ElementName {
  return {
    open: new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, "g"),
    close: new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, "g"),
  };
}

const DECISION = elementName("decision");
const TASK = elementName("task");
const COMMENT = elementName("comment");

/**
 * The next element `name` (any prefix) from `from`, read in one pass: a ">" inside quoted attributes is
 * legal XML (a sheet or reviewer name). A stored part may have been written by anybody, so no pattern here
 * may rescan the text it has passed (a 500 KB part of unclosed tags once took 35 s). Null when there is none;
 * a null body when the element or its tag never ends.
 */
function nextElement(xml: string, { open, close }: ElementName, from: number): Element | null {
  open.lastIndex = from;
  const hit = open.exec(xml);
  if (!hit) return null;
  const afterName = hit.index + hit[0].length;
  let quote = "";
  let at = afterName;
  for (; at < xml.length; at++) {
    const ch = xml[at];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") break;
  }
  if (at >= xml.length) return { attributes: xml.slice(afterName), body: null, end: xml.length };
  if (xml[at - 1] === "/") return { attributes: xml.slice(afterName, at - 1), body: "", end: at + 1 };
  close.lastIndex = at + 1;
  const closing = close.exec(xml);
  return closing
    ? { attributes: xml.slice(afterName, at), body: xml.slice(at + 1, closing.index), end: close.lastIndex }
    : { attributes: xml.slice(afterName, at), body: null, end: xml.length };
}

function childText(body: string, name: ElementName): string | null {
  const element = nextElement(body, name, 0);
  if (!element || element.body === null) return null;
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(element.body.trim());
  return cdata ? (cdata[1] ?? "") : unescapeXml(element.body);
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const hit of source.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(hit[1]!, unescapeXml(hit[2] ?? hit[3] ?? ""));
  }
  return attributes;
}

function isVerdict(value: string | undefined): value is Verdict {
  return value !== undefined && (VERDICTS as readonly string[]).includes(value);
}

/**
 * Reads a stored document back. It is our own format, but Excel or another tool may have rewritten it
 * (prefixes, quotes, CDATA), so it is read leniently; an entry that cannot be read becomes a finding.
 */
export function parseReview(xml: string): ParsedReview {
  const findings: Finding[] = [];
  const overrides: Override[] = [];
  const declared = new RegExp(`xmlns(?::[\\w.-]+)?\\s*=\\s*["']${REVIEW_NAMESPACE}["']`);
  if (!declared.test(xml) || !/<(?:[\w.-]+:)?review\b/.test(xml)) {
    return { overrides, findings: [unreadable("namespace")] };
  }
  if (DTD.test(xml)) return { overrides, findings: [unreadable("doctype")] };
  let index = 0;
  for (let at = 0, hit = nextElement(xml, DECISION, 0); hit; hit = nextElement(xml, DECISION, at)) {
    at = hit.end;
    index++;
    if (hit.body === null || hit.attributes.length > MAX_ATTRIBUTES) {
      findings.push(unreadable("entry", index));
      continue;
    }
    const attributes = readAttributes(hit.attributes);
    const body = hit.body;
    const row = Number(attributes.get("row"));
    const computed = attributes.get("computed");
    const verdict = attributes.get("verdict");
    const sheet = attributes.get("sheet");
    const ordinal = attributes.get("ordinal");
    if (!Number.isInteger(row) || row < 1 || !isVerdict(computed) || !isVerdict(verdict)) {
      findings.push(unreadable("entry", index));
      continue;
    }
    if (sheet === undefined || ordinal === undefined) {
      findings.push(unreadable("entry", index));
      continue;
    }
    overrides.push({
      sheet,
      row,
      ordinal,
      content: kept(childText(body, TASK) ?? ""),
      computed,
      verdict,
      comment: childText(body, COMMENT) ?? "",
      reviewer: attributes.get("reviewer") ?? "",
      at: attributes.get("at") ?? "",
    });
  }
  return { overrides, findings };
}
