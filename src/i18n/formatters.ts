/** What every language's templates share: how parameters are written, and how an issue becomes text. */
import {
  formatNumber,
  formatPercent,
  type Issue,
  type NumberStyle,
  type ParamValue,
  type Verdict,
} from "../core";
import type {
  EngineTexts,
  FileProblemTemplates,
  FindingTemplates,
  Formatters,
  ReasonTemplates,
} from "./types";

const QUOTE_LIMIT = 80;

export function makeFormatters(
  numbers: NumberStyle,
  verdicts: Readonly<Record<Verdict, string>>,
): Formatters {
  const s = (v: ParamValue | undefined): string => (v === undefined ? "" : String(v));
  return {
    pct: (v) => (typeof v === "number" ? formatPercent(v, numbers) : s(v)),
    num: (v) => (typeof v === "number" ? formatNumber(v, numbers) : s(v)),
    q: (v) => {
      const text = s(v).replace(/\s+/g, " ").trim();
      const cut = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
      return `“${cut}”`;
    },
    s,
    tgt: (p) => {
      const unit = p.tu === "%" ? "%" : p.tu ? ` ${p.tu}` : "";
      const value = typeof p.tv === "number" ? formatNumber(p.tv, numbers) : s(p.tv);
      const high = typeof p.th === "number" ? `–${formatNumber(p.th, numbers)}` : "";
      const op = p.op ? `${p.op} ` : "";
      return `${op}${value}${high}${unit}`;
    },
    verdict: (v) => verdicts[v as Verdict] ?? s(v),
  };
}

/** The text of a finding or reason from a language's templates. An unknown code is a programming error. */
export function describeWith(
  templates: { readonly reasons: ReasonTemplates; readonly findings: FindingTemplates },
  formatters: Formatters,
  issue: Issue,
): string {
  const table = templates.reasons as unknown as Readonly<Record<string, unknown>>;
  const findings = templates.findings as unknown as Readonly<Record<string, unknown>>;
  const template = Object.prototype.hasOwnProperty.call(table, issue.code)
    ? table[issue.code]
    : Object.prototype.hasOwnProperty.call(findings, issue.code)
      ? findings[issue.code]
      : undefined;
  if (typeof template !== "function") throw new RangeError(`No text for message code "${issue.code}".`);
  // Issue is a correlated union: its code picks the template that takes its params.
  return (template as (p: unknown, f: Formatters) => string)(issue.params, formatters);
}

/** A file problem's words, inside the unreadable and unsupported-format findings. */
export function fileProblem(
  problems: FileProblemTemplates,
  p: Parameters<FileProblemTemplates["other"]>[0],
  f: Formatters,
): string {
  return problems[p.detail](p, f);
}

/** A language's engine texts from its templates and words: the formatters and `describe` are made here. */
export function makeEngine(parts: Omit<EngineTexts, "formatters" | "describe">): EngineTexts {
  const formatters = makeFormatters(parts.numbers, parts.verdicts);
  return { ...parts, formatters, describe: (issue) => describeWith(parts, formatters, issue) };
}
