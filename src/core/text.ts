/** Text normalisation. Officers' text arrives in NFC or NFD, with odd spaces and line breaks. */

const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;
const ODD_SPACE = /[\t\n\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** Whether spacing needs work: odd spaces, doubled spaces, or spaces at the ends. */
function needsSpacing(text: string): boolean {
  if (text.length === 0) return false;
  return (
    text.charCodeAt(0) <= 32 ||
    text.charCodeAt(text.length - 1) <= 32 ||
    text.includes("  ") ||
    ODD_SPACE.test(text)
  );
}
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNUSUAL =
  /[\u0300-\u036f\t\n\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]|[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f\u2190-\u22ff]| {2}/;

/** Text outside Latin, Vietnamese and common punctuation, or with loose marks, may change under NFC. */
const MAY_NEED_NFC = /[\u0300-\u036f]|[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f\u2190-\u22ff]/;

/** NFC, ordinary spaces, runs of white space (line breaks included) folded to one space, trimmed. */
export function normalizeText(text: string): string {
  // Most cells are already clean NFC with single spaces: one scan tells, and the string is kept as is.
  if (text.length === 0) return text;
  if (!UNUSUAL.test(text) && text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32) return text;
  const composed = MAY_NEED_NFC.test(text) ? text.normalize("NFC") : text;
  return needsSpacing(composed)
    ? composed.replace(ODD_SPACES, " ").replace(WHITESPACE_RUN, " ").trim()
    : composed;
}

/**
 * For each UTF-16 code unit up to the end of Latin Extended Additional (where Vietnamese letters live):
 * its lower-case form without diacritics, or 0 where that is not a single code unit.
 */
const FOLD_LIMIT = 0x1f00;
let foldTable: Uint16Array | undefined;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(FOLD_LIMIT);
  for (let code = 0; code < FOLD_LIMIT; code++) {
    if (code >= 0xd800) break;
    const lower = String.fromCharCode(code).toLowerCase();
    const folded = lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d");
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : 0;
  }
  // Combining marks fold to nothing; 0 sends such text down the slow path.
  for (let code = 0x300; code <= 0x36f; code++) table[code] = 0;
  return table;
}

/**
 * Lower case without diacritics ("Yêu cầu" → "yeu cau", "Đạt" → "dat"), for matching.
 * On NFC input it keeps one character per character, so match positions map back to the original.
 */
export function foldText(text: string): string {
  return foldNormalized(normalizeText(text));
}

/** `foldText` for text already passed through `normalizeText`. */
export function foldNormalized(normalized: string): string {
  const table = (foldTable ??= buildFoldTable());
  const length = normalized.length;
  if (foldBuffer.length < length) foldBuffer = new Uint16Array(Math.max(length, foldBuffer.length * 2));
  const out = foldBuffer;
  for (let i = 0; i < length; i++) {
    const code = normalized.charCodeAt(i);
    const folded = code < FOLD_LIMIT ? table[code]! : 0;
    if (folded === 0) return slowFold(normalized);
    out[i] = folded;
  }
  return decode(out, length);
}

/** Reused between calls: folding is synchronous, and a fresh array per phrase is garbage. */
let foldBuffer = new Uint16Array(256);

function decode(codes: Uint16Array, length: number): string {
  let result = "";
  const chunk = 4096;
  for (let i = 0; i < length; i += chunk) {
    const part = codes.subarray(i, Math.min(length, i + chunk));
    // fromCharCode takes code units as arguments; a typed array serves as the argument list.
    result += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return result;
}

function slowFold(normalized: string): string {
  const lower = normalized.toLowerCase();
  const folded = lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").normalize("NFC");
  // Stray marks beside spaces ("\u0301 x") leave spaces to fold again.
  return folded.length === lower.length ? folded : normalizeText(folded);
}

/** Whether a string holds any letter at all. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
