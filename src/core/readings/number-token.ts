/** Numbers written by people: "83,3", "1.240", "1.240,5", and the occasional "98.42" in a Vietnamese sheet. */
import type { NumberStyle } from "../types";

export const VIETNAMESE_NUMBERS: NumberStyle = { decimal: ",", thousands: "." };
export const ENGLISH_NUMBERS: NumberStyle = { decimal: ".", thousands: "," };

export interface ParsedNumber {
  readonly value: number;
  /** Decimals as written: 1 for "83,3". */
  readonly decimals: number;
}

/** Plain digits, few enough to be exact as a double: the common case, checked without a regex. */
function onlyDigits(token: string): boolean {
  if (token.length === 0 || token.length > 15) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * Reads a token of digits and separators. A separator followed by exactly three digits is a thousands
 * separator when it is the style's thousands mark; any other single separator is a decimal mark, because
 * officers mix styles ("98.42%" in a Vietnamese sheet). Returns null for what is not a number.
 */
export function parseNumberToken(
  token: string,
  style: NumberStyle = VIETNAMESE_NUMBERS,
): ParsedNumber | null {
  if (onlyDigits(token)) return { value: Number(token), decimals: 0 };
  if (!/^\d+(?:[.,\s]\d+)*$/.test(token)) return null;
  const compact = token.replace(/\s/g, "");
  const dots = countOf(compact, ".");
  const commas = countOf(compact, ",");
  if (dots === 0 && commas === 0) return { value: Number(compact), decimals: 0 };

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark.
    const decimalMark = compact.lastIndexOf(".") > compact.lastIndexOf(",") ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const [whole = "", fraction = ""] = compact.split(decimalMark);
    if (compact.split(decimalMark).length !== 2) return null;
    return { value: Number(`${whole.split(groupMark).join("")}.${fraction}`), decimals: fraction.length };
  }

  const mark = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) {
    // "1.240.000": only thousands grouping can repeat.
    return GROUPED.test(compact) ? { value: Number(compact.split(mark).join("")), decimals: 0 } : null;
  }
  const at = compact.indexOf(mark);
  const whole = compact.slice(0, at);
  const fraction = compact.slice(at + 1);
  if (mark === style.thousands && fraction.length === 3 && whole.length <= 3 && whole !== "0") {
    return { value: Number(whole + fraction), decimals: 0 };
  }
  return { value: Number(`${whole}.${fraction}`), decimals: fraction.length };
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
