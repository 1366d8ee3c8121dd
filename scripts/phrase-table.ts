/**
 * Renders test/fixtures/phrases.md: how the engine reads each phrase in scripts/phrase-cases.ts, and how it
 * judges each target and result pair. Pure: no file access, no clock, so the same engine gives the same text.
 */
import {
  describe,
  formatNumber,
  formatPercent,
  judgeTask,
  readPhrase,
  VERDICT_LABELS,
  type CellInput,
  type Comparator,
  type Quantity,
  type Reading,
} from "../src/core";
import { PAIR_CASES, PHRASE_CASES, type PairCase, type PhraseCase } from "./phrase-cases";

export const PHRASES_FILE = "test/fixtures/phrases.md";

const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = {
  gte: "≥",
  gt: ">",
  lte: "≤",
  lt: "<",
  eq: "=",
  approx: "≈",
};

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
  const number = formatNumber(value, "vi");
  if (unit === "%") return `${number}%`;
  if (unit === "count" && noun) return `${number} ${noun}`;
  return number;
}

/** "≥ 70%", "≥ 1 sang kien", "≥ 6,6–6,8%"; "(negated)" marks a shortfall ("chưa đạt 100%" reads "< 100%"). */
export function formatQuantity(quantity: Quantity): string {
  const symbol = COMPARATOR_SYMBOLS[quantity.comparator];
  const negated = quantity.negated === true ? " (negated)" : "";
  if (quantity.high !== undefined) {
    const low = formatNumber(quantity.value, "vi");
    return `${symbol} ${low}–${amount(quantity.high, quantity.unit, quantity.noun)}${negated}`;
  }
  return `${symbol} ${amount(quantity.value, quantity.unit, quantity.noun)}${negated}`;
}

function formatFraction(reading: Reading): string | null {
  const fraction = reading.fraction;
  if (!fraction) return null;
  const percent =
    fraction.total === 0 ? "" : ` (${formatPercent((fraction.done / fraction.total) * 100, "vi")})`;
  return `= ${fraction.done}/${fraction.total}${percent}`;
}

/** The primary quantity: the fraction for fraction readings, else the quantity. */
export function primaryQuantity(reading: Reading): string {
  const fraction = formatFraction(reading);
  if (reading.kind === "fraction" && fraction) return fraction;
  if (reading.quantity) return formatQuantity(reading.quantity);
  return fraction ?? "";
}

/** What else the reading holds: a fraction not used as primary, the percentages written, what must not happen. */
function otherParts(reading: Reading): string {
  const parts: string[] = [];
  const fraction = formatFraction(reading);
  if (fraction && reading.kind !== "fraction") parts.push(`phân số ${fraction}`);
  // Percentages besides the primary one: the primary already shows in its own column.
  const primary = reading.quantity;
  const others = reading.percents.filter(
    (p) =>
      !primary ||
      p.value !== primary.value ||
      p.comparator !== primary.comparator ||
      p.source !== primary.source,
  );
  if (others.length > 0) parts.push(`tỷ lệ ghi: ${others.map((p) => formatQuantity(p)).join("; ")}`);
  if (reading.zeroOf !== undefined) parts.push(`không có: ${reading.zeroOf}`);
  return parts.join("; ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function phraseRow(index: number, phrase: PhraseCase): string {
  const reading = readPhrase(phrase.text);
  return row([
    String(index + 1),
    phrase.group,
    phrase.role,
    shown(phrase.text),
    `\`${reading.kind}\``,
    escapeCell(primaryQuantity(reading)),
    escapeCell(otherParts(reading)),
    reading.statuses.join(", "),
    escapeCell(phrase.note ?? ""),
  ]);
}

function pairRow(index: number, pair: PairCase): string {
  const judgement = judgeTask(pair.target, pair.result);
  const label = VERDICT_LABELS.vi[judgement.verdict] ?? judgement.verdict;
  return row([
    String(index + 1),
    cellText(pair.target),
    cellText(pair.result),
    `\`${judgement.verdict}\` (${label})`,
    judgement.completion === null ? "" : formatPercent(judgement.completion, "vi"),
    escapeCell(judgement.reasons.map((reason) => describe(reason, "vi")).join(" ")),
    escapeCell(pair.note ?? ""),
  ]);
}

/** The whole of test/fixtures/phrases.md. */
export function renderPhraseTable(
  phrases: readonly PhraseCase[] = PHRASE_CASES,
  pairs: readonly PairCase[] = PAIR_CASES,
): string {
  const lines = [
    "# Cách engine đọc các cụm từ trong phụ lục (phrase readings)",
    "",
    "<!-- Generated by `npm run phrases` from scripts/phrase-cases.ts. Do not edit by hand. -->",
    "",
    "This table records what the engine does, not what it should do: a change of behaviour shows here in",
    "review. `npm run phrases` regenerates it; `npm run phrases:check` and `npm test` fail when it is stale.",
    "The *note* column says what a careful reviewer reads where that is not obvious.",
    "",
    "## 1. Phrases (`readPhrase`)",
    "",
    "*Primary* is the comparator and value the engine reads (`=` for a fraction, with its percentage), with",
    "counted nouns as the engine gives them; *(negated)* marks a shortfall (“chưa đạt 100%”). *Other* lists a",
    "fraction that is not the primary quantity, the other percentages written, and what must not happen for",
    "zero targets.",
    "",
    row(["#", "Group", "Role", "Phrase", "Kind", "Primary", "Other", "Statuses", "Note"]),
    row(["--:", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...phrases.map((phrase, index) => phraseRow(index, phrase)),
    "",
    "## 2. Target and result pairs (`judgeTask`)",
    "",
    "Verdict, completion (progress toward the target, 0–100%) and the reasons in Vietnamese (`describe`).",
    "",
    row(["#", "Yêu cầu (target)", "Kết quả (result)", "Đánh giá", "Hoàn thành", "Lý do", "Note"]),
    row(["--:", "---", "---", "---", "--:", "---", "---"]),
    ...pairs.map((pair, index) => pairRow(index, pair)),
    "",
  ];
  return lines.join("\n");
}

/** Rows of the phrase table in a rendered file, for tests. */
export function countPhraseRows(markdown: string): number {
  const start = markdown.indexOf("## 1.");
  const end = markdown.indexOf("## 2.");
  if (start === -1 || end === -1) return 0;
  return markdown
    .slice(start, end)
    .split("\n")
    .filter((line) => /^\| \d+ \|/.test(line)).length;
}
