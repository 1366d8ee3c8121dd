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
  if (narrowBuffer.length < length) {
    narrowBuffer = new Uint8Array(Math.max(length, narrowBuffer.length * 2));
    views = [];
  }
  const out = narrowBuffer;
  for (let i = 0; i < length; i++) {
    const code = normalized.charCodeAt(i);
    const folded = code < FOLD_LIMIT ? table[code]! : 0;
    // Folded Vietnamese is single-byte; anything else (CJK, stray marks) takes the general path.
    // (0x80–0x9f would decode as windows-1252, which "latin1" means in the Encoding standard.)
    if (folded === 0 || folded > 0xff || (folded >= 0x80 && folded < 0xa0)) return slowFold(normalized);
    out[i] = folded;
  }
  return latin1.decode(length <= 512 ? (views[length] ??= out.subarray(0, length)) : out.subarray(0, length));
}

/** Views of the buffer by length, made once: a new view per phrase would be garbage. */
let views: Uint8Array[] = [];

/** Reused between calls: folding is synchronous, and a fresh array per phrase is garbage. */
let narrowBuffer = new Uint8Array(256);
const latin1 = new TextDecoder("latin1");

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
