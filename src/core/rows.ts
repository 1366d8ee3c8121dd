/** The number column's grammar: task numbers, section numerals, sub-item bullets; and footers. */
import { foldText } from "./text";

export type OrdinalKind =
  | { readonly kind: "task"; readonly ordinal: string }
  | { readonly kind: "section"; readonly label: string; readonly title: string; readonly level: number }
  | { readonly kind: "subitem"; readonly label: string }
  | { readonly kind: "none" }
  | { readonly kind: "unknown" };

const TASK = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
// Roman numerals made of I, V and X only (I to XXXIX); L, C, D and M are read as section letters.
const ROMAN =
  /^(?:PHẦN\s+|MỤC\s+|Phần\s+|Mục\s+)?(X{0,3}(?:IX|IV|V?I{0,3}))(?:\s*[.:)\-–]\s*(.*)|\s+(\p{Lu}.*))?$/u;
const LETTER = /^([A-HJ-UWYZĐ])(?:\s*[.:)\-–]\s*(.*))?$/u;
const SUBITEM = /^(?:([a-zđ])\s*[.)]?|(\d{1,3}[a-zđ])\s*[.)]?|([-+*•–—]))$/u;
const TASK_IN_CONTENT = /^(\d{1,3}(?:\.\d{1,3})*)[.)]\s+\S/;
const SECTION_IN_CONTENT = /^(?:PHẦN\s+|Phần\s+)?(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.:)\-–]\s+(\S.*)$/u;

const NONE: OrdinalKind = { kind: "none" };

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
export function classifyOrdinal(raw: string): OrdinalKind {
  const text = raw.trim();
  if (text === "") return NONE;
  if (isPlainNumber(text)) return { kind: "task", ordinal: text };
  const task = TASK.exec(text);
  if (task?.[1]) return { kind: "task", ordinal: task[1] };
  const roman = ROMAN.exec(text);
  if (roman?.[1])
    return { kind: "section", label: roman[1], title: (roman[2] ?? roman[3] ?? "").trim(), level: 1 };
  const letter = LETTER.exec(text);
  if (letter?.[1]) return { kind: "section", label: letter[1], title: (letter[2] ?? "").trim(), level: 0 };
  const sub = SUBITEM.exec(text);
  if (sub) return { kind: "subitem", label: text };
  return { kind: "unknown" };
}

/** A task or section number written at the start of the task column, when the number column is empty. */
export function ordinalInContent(content: string, bare = false): OrdinalKind | undefined {
  const task = TASK_IN_CONTENT.exec(content);
  // With no target and no result, "3. Cải cách tổ chức bộ máy" heads a group of tasks.
  if (task?.[1]) {
    return bare
      ? { kind: "section", label: task[1], title: content.slice(content.indexOf(" ") + 1).trim(), level: 1 }
      : { kind: "task", ordinal: task[1] };
  }
  const section = SECTION_IN_CONTENT.exec(content);
  if (section?.[1] && section[2] && (bare || isUpperTitle(section[2]))) {
    return { kind: "section", label: section[1], title: section[2].trim(), level: 1 };
  }
  return undefined;
}

/** A total row ("Tổng cộng", "Cộng") under the tasks: it sums them and belongs to none. */
export function isTotalRow(text: string): boolean {
  return /^(?:tong cong|tong so|tong|cong)(?:[:\s]|$)/.test(foldText(text.trim()));
}

/** A heading in capitals ("CẢI CÁCH THỂ CHẾ"). */
export function isUpperTitle(text: string): boolean {
  if (text.length < 6 || text.length > 200) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const FOOTER =
  /^(?:ghi chu|chu thich|luu y|nguoi lap|nguoi ky|thu truong|tm\.?\s|t\/m|kt\.?\s|chu tich|pho chu tich|noi nhan|xac nhan|\(ky|\(da ky|ky ten|nguon\s*:|\*)|\(ky,? (?:ghi ro )?ho ten|, ngay .{0,12} thang/;

/** Text under a table that belongs to the report around it: notes, signatures. */
export function isFooter(text: string): boolean {
  return FOOTER.test(foldText(text));
}
