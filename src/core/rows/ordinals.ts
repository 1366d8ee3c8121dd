/** The number column's grammar: task numbers, section numerals, sub-item bullets; and totals and footers. */
import { alternativesOf, type CompiledLexicon, type Matcher } from "../lexicon";
import { foldNormalized, foldText, normalizeText } from "../text";

export type OrdinalKind =
  | { readonly kind: "task"; readonly ordinal: string }
  | { readonly kind: "section"; readonly label: string; readonly title: string; readonly level: number }
  | { readonly kind: "subitem"; readonly label: string }
  | { readonly kind: "none" }
  | { readonly kind: "unknown" };

const TASK = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
// Roman numerals made of I, V and X only (I to XXXIX); L, C, D and M are read as section letters.
const NUMERAL = "(X{0,3}(?:IX|IV|V?I{0,3}))";
const LETTER = /^([A-HJ-UWYZĐ])(?:\s*[.:)\-–]\s*(.*))?$/u;
const SUBITEM = /^(?:([a-zđ])\s*[.)]?|(\d{1,3}[a-zđ])\s*[.)]?|([-+*•–—]))$/u;
const TASK_IN_CONTENT = /^(\d{1,3}(?:\.\d{1,3})*)[.)]\s+\S/;

const NONE: OrdinalKind = { kind: "none" };

/** The expressions a lexicon's row words make, built once per lexicon. */
export interface RowGrammar {
  /** "II", "PHẦN II. TITLE", "Mục II": a section numeral, with the lexicon's section words before it. */
  readonly roman: RegExp;
  readonly romanInContent: RegExp;
  readonly total: Matcher;
  readonly footer: Matcher;
  readonly subitemLead: Matcher;
  /** Words a cut sentence ends on or carries on with, lower-cased as written ("của", "đối với"). */
  readonly connectors: ReadonlySet<string>;
  /** The most words a connector has. */
  readonly connectorWords: number;
}

const grammars = new WeakMap<CompiledLexicon, RowGrammar>();

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function rowGrammarOf(lexicon: CompiledLexicon): RowGrammar {
  let grammar = grammars.get(lexicon);
  if (!grammar) {
    // Section words as written in a title: in capitals or capitalised ("PHẦN", "Phần").
    const words = lexicon.lexicon.classes["section-word"]
      .flatMap((e) => alternativesOf(e.pattern))
      .flatMap((w) => [w.toUpperCase(), capitalised(w)]);
    const lead = `(?:(?:${words.join("|")})\\s+)?`;
    const connectors = new Set(
      lexicon.lexicon.classes.connector.flatMap((e) => alternativesOf(e.pattern)).map((w) => w.toLowerCase()),
    );
    grammar = {
      roman: new RegExp(`^${lead}${NUMERAL}(?:\\s*[.:)\\-–]\\s*(.*)|\\s+(\\p{Lu}.*))?$`, "u"),
      romanInContent: new RegExp(`^${lead}${NUMERAL}\\s*[.:)\\-–]\\s+(\\S.*)$`, "u"),
      total: lexicon.matcher("{total}", { exact: true }),
      footer: lexicon.matcher("{footer}"),
      subitemLead: lexicon.matcher("{subitem-lead}"),
      connectors,
      connectorWords: Math.max(1, ...[...connectors].map((w) => w.split(" ").length)),
    };
    grammars.set(lexicon, grammar);
  }
  return grammar;
}

/** "12": the common case, read without a regex. */
function isPlainNumber(text: string): boolean {
  if (text.length > 3) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Reads what the number column holds. */
export function classifyOrdinal(raw: string, grammar: RowGrammar): OrdinalKind {
  const text = raw.trim();
  if (text === "") return NONE;
  if (isPlainNumber(text)) return { kind: "task", ordinal: text };
  const task = TASK.exec(text);
  if (task?.[1]) return { kind: "task", ordinal: task[1] };
  const roman = grammar.roman.exec(text);
  if (roman?.[1])
    return { kind: "section", label: roman[1], title: (roman[2] ?? roman[3] ?? "").trim(), level: 1 };
  const letter = LETTER.exec(text);
  if (letter?.[1]) return { kind: "section", label: letter[1], title: (letter[2] ?? "").trim(), level: 0 };
  const sub = SUBITEM.exec(text);
  if (sub) return { kind: "subitem", label: text };
  return { kind: "unknown" };
}

/** A task or section number written at the start of the task column, when the number column is empty. */
export function ordinalInContent(
  content: string,
  grammar: RowGrammar,
  bare = false,
): OrdinalKind | undefined {
  const task = TASK_IN_CONTENT.exec(content);
  // With no target and no result, "3. Cải cách tổ chức bộ máy" heads a group of tasks.
  if (task?.[1]) {
    return bare
      ? { kind: "section", label: task[1], title: content.slice(content.indexOf(" ") + 1).trim(), level: 1 }
      : { kind: "task", ordinal: task[1] };
  }
  const section = grammar.romanInContent.exec(content);
  if (section?.[1] && section[2] && (bare || isUpperTitle(section[2]))) {
    return { kind: "section", label: section[1], title: section[2].trim(), level: 1 };
  }
  return undefined;
}

/** A total row ("Tổng cộng", "Cộng") under the tasks: it sums them and belongs to none. */
export function isTotalRow(text: string, grammar: RowGrammar): boolean {
  const written = normalizeText(text);
  const folded = foldNormalized(written);
  return grammar.total.test(folded, { text: written, aligned: folded.length === written.length });
}

/** A heading in capitals ("CẢI CÁCH THỂ CHẾ"). */
export function isUpperTitle(text: string): boolean {
  if (text.length < 6 || text.length > 200) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Text under a table that belongs to the report around it: notes, signatures. */
export function isFooter(text: string, grammar: RowGrammar): boolean {
  return grammar.footer.test(foldText(text));
}

/** Content that starts like a sub-item ("- Trong đó: …", "a) …"). */
export function startsSubitem(content: string, grammar: RowGrammar): boolean {
  return grammar.subitemLead.test(foldText(content));
}
