/**
 * Renders test/fixtures/phrases.md: every example of the lexicon (src/core/lexicon/vi) read as the engine
 * reads it — targets as targets, results as results — the figures of scripts/phrase-cases.ts, the header
 * labels with the role each gives, the row words, and target–result pairs judged whole. Pure: no file
 * access, no clock, so the same engine gives the same text.
 */
import {
  defaultLexicon,
  formatNumber,
  formatPercent,
  judgeTask,
  readResult,
  readTarget,
  VIETNAMESE,
  type CellInput,
  type Comparator,
  type Entry,
  type Example,
  type Lexicon,
  type Quantity,
  type Reading,
} from "../src/core";
import { roleOfLabel } from "../src/core/header";
import { statedClaim } from "../src/core/findings/claims";
import { carriesOn } from "../src/core/rows/carry";
import {
  classifyOrdinal,
  isFooter,
  isTotalRow,
  rowGrammarOf,
  startsSubitem,
} from "../src/core/rows/ordinals";
import { ENGINE } from "../src/i18n";
import { FIGURE_CASES, PAIR_CASES, type PairCase, type PhraseCase } from "./phrase-cases";

export const PHRASES_FILE = "test/fixtures/phrases.md";

const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = {
  gte: "≥",
  gt: ">",
  lte: "≤",
  lt: "<",
  eq: "=",
  approx: "≈",
};

const VI = ENGINE.vi;

/** Text safe inside a Markdown table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r\n|\r|\n/g, "<br>");
}

function shown(text: string): string {
  return text.trim() === "" ? `(trống${text === "" ? "" : `: ${JSON.stringify(text)}`})` : escapeCell(text);
}

/** A cell input as written in the table: strings as they are, Excel numbers with their value and format. */
function cellText(cell: CellInput): string {
  if (cell === undefined) return "(không có ô)";
  if (cell === null) return "(ô rỗng)";
  if (typeof cell === "string") return shown(cell);
  if (typeof cell === "number" || typeof cell === "boolean")
    return `\`${String(cell)}\` (ô kiểu ${typeof cell})`;
  const parts = [`value ${JSON.stringify(cell.value)}`];
  if (cell.numberFormat !== undefined) parts.push(`format ${JSON.stringify(cell.numberFormat)}`);
  const text = cell.text !== undefined ? shown(cell.text) : "";
  return `${text} (ô số: ${escapeCell(parts.join(", "))})`.trim();
}

function amount(value: number, unit: Quantity["unit"], noun: string | undefined): string {
  const number = formatNumber(value, VI.numbers);
  if (unit === "%") return `${number}%`;
  if (unit === "count" && noun) return `${number} ${noun}`;
  return number;
}

/** "≥ 70%", "≥ 1 sáng kiến", "≥ 6,6–6,8%"; marks for a shortfall, a change, a period and a plan share. */
export function formatQuantity(quantity: Quantity): string {
  const symbol = COMPARATOR_SYMBOLS[quantity.comparator];
  const marks = [
    quantity.negated === true ? "negated" : "",
    quantity.relative === true ? "change" : "",
    quantity.per !== undefined ? `per ${quantity.per}` : "",
    quantity.basis === "plan" ? "of the plan" : "",
  ].filter((m) => m !== "");
  const tail = marks.length > 0 ? ` (${marks.join(", ")})` : "";
  if (quantity.high !== undefined) {
    const low = formatNumber(quantity.value, VI.numbers);
    return `${symbol} ${low}–${amount(quantity.high, quantity.unit, quantity.noun)}${tail}`;
  }
  return `${symbol} ${amount(quantity.value, quantity.unit, quantity.noun)}${tail}`;
}

/** The primary quantity: the fraction for fraction readings, else the quantity. */
export function primaryQuantity(reading: Reading): string {
  if (reading.kind === "fraction") {
    const { done, total } = reading.fraction;
    return `= ${done}/${total} (${formatPercent((done / total) * 100, VI.numbers)})`;
  }
  return "quantity" in reading ? formatQuantity(reading.quantity) : "";
}

/** What else the reading holds: other percentages, what must not happen, a deadline, a ceiling. */
function otherParts(reading: Reading): string {
  const parts: string[] = [];
  const primary = "quantity" in reading ? reading.quantity : undefined;
  const others = reading.percents.filter(
    (p) =>
      !primary ||
      p.value !== primary.value ||
      p.comparator !== primary.comparator ||
      p.source !== primary.source,
  );
  if (others.length > 0) parts.push(`tỷ lệ ghi: ${others.map((p) => formatQuantity(p)).join("; ")}`);
  if (reading.zeroOf !== undefined) parts.push(`không có: ${reading.zeroOf}`);
  if (reading.kind === "qualitative" && reading.deadline) parts.push(`hạn: ${reading.deadline.source}`);
  if (reading.ceiling) parts.push("mức trần");
  return parts.join("; ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

interface PhraseRow {
  readonly area: string;
  readonly entry: string;
  readonly role: "target" | "result";
  readonly text: string;
  readonly note: string;
}

function textOf(example: Example | string): string {
  return typeof example === "string" ? example : example.text;
}

function rowsOf(area: string, entries: readonly Entry[]): PhraseRow[] {
  return entries.flatMap((entry) =>
    entry.examples.map((example) => ({
      area,
      entry: entry.pattern,
      role: typeof example === "string" ? "result" : (example.role ?? "result"),
      text: textOf(example),
      note: typeof example === "string" ? "" : (example.note ?? ""),
    })),
  );
}

/** Word classes read by other stages than the reading of a phrase: listed with what those stages say. */
const ROW_CLASSES = [
  "section-word",
  "total",
  "footer",
  "subitem-lead",
  "connector",
  "unit-stop",
  "unit-not-before",
  "unit-not-after",
];

/** The lexicon's examples that are phrases to read, in the lexicon's order. */
export function vocabularyRows(lexicon: Lexicon = VIETNAMESE): PhraseRow[] {
  const classRows = Object.entries(lexicon.classes)
    .filter(([name]) => !ROW_CLASSES.includes(name))
    .flatMap(([name, entries]) => rowsOf(`{${name}}`, entries as readonly Entry[]));
  return [
    ...lexicon.statuses.flatMap((s) => rowsOf(`status: ${s.word}`, [s])),
    ...lexicon.comparators.flatMap((c) => rowsOf(`comparator ${COMPARATOR_SYMBOLS[c.comparator]}`, [c])),
    ...lexicon.comparatorsAfter.flatMap((c) => rowsOf(`after ${COMPARATOR_SYMBOLS[c.comparator]}`, [c])),
    ...lexicon.periods.flatMap((p) => rowsOf(`period /${p.key}`, [p])),
    ...classRows,
  ];
}

function readingCells(reading: Reading): string[] {
  return [
    `\`${reading.kind}\``,
    escapeCell(primaryQuantity(reading)),
    escapeCell(otherParts(reading)),
    reading.statuses.join(", "),
  ];
}

function read(role: "target" | "result", text: string): Reading {
  return role === "target" ? readTarget(text) : readResult(text);
}

function vocabularyRow(index: number, phrase: PhraseRow): string {
  return row([
    String(index + 1),
    escapeCell(phrase.area),
    escapeCell(phrase.entry),
    phrase.role,
    shown(phrase.text),
    ...readingCells(read(phrase.role, phrase.text)),
    escapeCell(phrase.note),
  ]);
}

function figureRow(index: number, phrase: PhraseCase): string {
  return row([
    String(index + 1),
    phrase.group,
    phrase.role,
    shown(phrase.text),
    ...readingCells(read(phrase.role, phrase.text)),
    escapeCell(phrase.note ?? ""),
  ]);
}

function headerRows(lexicon: Lexicon): string[] {
  const compiled = defaultLexicon();
  return lexicon.headers.flatMap((entry) =>
    entry.examples.map((example) =>
      row([
        shown(textOf(example)),
        escapeCell(entry.pattern + (entry.whole ? " (whole label)" : "")),
        `\`${roleOfLabel(textOf(example), compiled) ?? "—"}\``,
      ]),
    ),
  );
}

function rowWordRows(lexicon: Lexicon): string[] {
  const grammar = rowGrammarOf(defaultLexicon());
  const says = (text: string): string => {
    const said = [
      classifyOrdinal(text, grammar).kind === "section" ? "section" : "",
      isTotalRow(text, grammar) ? "total" : "",
      isFooter(text, grammar) ? "footer" : "",
      startsSubitem(text, grammar) ? "sub-item" : "",
      carriesOn("Hoàn thành 100% nhiệm vụ", text, grammar, "connector") ? "carries on a cut cell" : "",
    ].filter((s) => s !== "");
    return said.join(", ");
  };
  const rows = ROW_CLASSES.slice(0, 5).flatMap((name) =>
    (lexicon.classes[name as keyof Lexicon["classes"]] as readonly Entry[]).flatMap((entry) =>
      entry.examples.map((example) =>
        row([`{${name}}`, escapeCell(entry.pattern), shown(textOf(example)), says(textOf(example))]),
      ),
    ),
  );
  const claims = lexicon.claims.flatMap((entry) =>
    entry.examples.map((example) =>
      row([
        "claim",
        escapeCell(entry.pattern),
        shown(textOf(example)),
        `claims ${statedClaim(textOf(example)) ?? "nothing"}`,
      ]),
    ),
  );
  return [...rows, ...claims];
}

function pairRow(index: number, pair: PairCase): string {
  const judgement = judgeTask(pair.target, pair.result);
  return row([
    String(index + 1),
    cellText(pair.target),
    cellText(pair.result),
    `\`${judgement.verdict}\` (${VI.verdicts[judgement.verdict]})`,
    judgement.completion === null ? "" : formatPercent(judgement.completion, VI.numbers),
    escapeCell(judgement.reasons.map((reason) => VI.describe(reason)).join(" ")),
    escapeCell(pair.note ?? ""),
  ]);
}

const READING_HEAD = ["Kind", "Primary", "Other", "Statuses"];

/** The whole of test/fixtures/phrases.md. */
export function renderPhraseTable(
  lexicon: Lexicon = VIETNAMESE,
  figures: readonly PhraseCase[] = FIGURE_CASES,
  pairs: readonly PairCase[] = PAIR_CASES,
): string {
  const vocabulary = vocabularyRows(lexicon);
  const lines = [
    "# Cách engine đọc các cụm từ trong phụ lục (phrase readings)",
    "",
    "<!-- Generated by `npm run phrases` from src/core/lexicon/vi and scripts/phrase-cases.ts. Do not edit by hand. -->",
    "",
    "This table records what the engine does, not what it should do: a change of behaviour shows here in",
    "review. `npm run phrases` regenerates it; `npm run phrases:check` and `npm test` fail when it is stale.",
    "Targets are read as the engine reads targets (for what they ask: a target has no status words), results",
    "whole. *Primary* is the comparator and value the engine reads (`=` for a fraction, with its percentage),",
    "with counted nouns as the engine gives them, and marks for a shortfall (“chưa đạt 100%”), a change",
    "(“tăng 10%”), a count per period and a share of the plan (“vượt 5% so với chỉ tiêu” is 105%). *Other*",
    "lists the other percentages written, what must not happen for zero targets, a deadline, and whether the",
    "figure is a ceiling. The *note* column says what a careful reviewer reads where that is not obvious.",
    "",
    `## 1. The lexicon's examples (${vocabulary.length})`,
    "",
    "Every example of every entry of the Vietnamese lexicon, under the entry it illustrates (`src/core/lexicon/vi`).",
    "",
    row(["#", "Area", "Entry", "Role", "Phrase", ...READING_HEAD, "Note"]),
    row(["--:", "---", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...vocabulary.map((phrase, index) => vocabularyRow(index, phrase)),
    "",
    `## 2. Figures (${figures.length})`,
    "",
    "Phrases whose reading is the number grammar's rather than a word's: rates, fractions, counts, document",
    "numbers and dates that are not fractions, numbers in either style, empty cells.",
    "",
    row(["#", "Group", "Role", "Phrase", ...READING_HEAD, "Note"]),
    row(["--:", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...figures.map((phrase, index) => figureRow(index, phrase)),
    "",
    "## 3. Header labels",
    "",
    "A label plays a role when it starts with one of the lexicon's header phrases (or is exactly one, for a",
    "*whole label*), after folding and dropping “(1)” and trailing marks.",
    "",
    row(["Label", "Entry", "Role"]),
    row(["---", "---", "---"]),
    ...headerRows(lexicon),
    "",
    "## 4. Row words and the table's own claims",
    "",
    row(["Area", "Entry", "Text", "The engine reads"]),
    row(["---", "---", "---", "---"]),
    ...rowWordRows(lexicon),
    "",
    `## 5. Target and result pairs (\`judgeTask\`, ${pairs.length})`,
    "",
    "Verdict, completion (progress toward the target, 0–100%) and the reasons in Vietnamese.",
    "",
    row(["#", "Yêu cầu (target)", "Kết quả (result)", "Đánh giá", "Hoàn thành", "Lý do", "Note"]),
    row(["--:", "---", "---", "---", "--:", "---", "---"]),
    ...pairs.map((pair, index) => pairRow(index, pair)),
    "",
  ];
  return lines.join("\n");
}

/** Phrase rows (sections 1 and 2) in a rendered file, for tests. */
export function countPhraseRows(markdown: string): number {
  const start = markdown.indexOf("## 1.");
  const end = markdown.indexOf("## 3.");
  if (start === -1 || end === -1) return 0;
  return markdown
    .slice(start, end)
    .split("\n")
    .filter((line) => /^\| \d+ \|/.test(line)).length;
}
