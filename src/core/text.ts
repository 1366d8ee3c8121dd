/** Text normalisation. Officers' text arrives in NFC or NFD, with odd spaces and line breaks. */

const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** NFC, ordinary spaces, runs of white space (line breaks included) folded to one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(ODD_SPACES, " ").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Lower case without diacritics ("Yêu cầu" → "yeu cau", "Đạt" → "dat"), for matching.
 * On NFC input it keeps one character per character, so match positions map back to the original.
 */
export function foldText(text: string): string {
  const normalized = normalizeText(text).toLowerCase();
  if (ASCII_PRINTABLE.test(normalized)) return normalized;
  const folded = normalized.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").normalize("NFC");
  // Stray marks beside spaces ("\u0301 x") leave spaces to fold again.
  return folded.length === normalized.length ? folded : normalizeText(folded);
}

/** Whether a string holds any letter at all. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
