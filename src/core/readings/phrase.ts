/** A phrase in two forms: as written (normalised) and folded, with positions that map between them. */
import { foldNormalized, normalizeText } from "../text";

export interface Phrase {
  /** As written, normalised (NFC, single spaces). */
  readonly text: string;
  /** Lower case without diacritics, for matching. */
  readonly folded: string;
  /** Whether folding kept one character per character, so positions in `folded` are positions in `text`. */
  readonly aligned: boolean;
}

export function makePhrase(text: string): Phrase {
  return makeNormalizedPhrase(normalizeText(text));
}

export function makeNormalizedPhrase(normalized: string): Phrase {
  const folded = foldNormalized(normalized);
  return { text: normalized, folded, aligned: folded.length === normalized.length };
}

/** The text as written between two folded positions (the folded text where they do not map). */
export function sourceOf(phrase: Phrase, start: number, end: number): string {
  return (phrase.aligned ? phrase.text : phrase.folded).slice(start, end).trim();
}

/** ";" anywhere, or ".", "!", "?" before a space or the end: not the dot inside "83.3" or "1.240". */
export function endsClause(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 59) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || next === 32;
}

/** The clause around a match, as written: "Thực hiện đảm bảo theo quy định" rather than "đảm bảo". */
export function clauseOf(phrase: Phrase, match: { index: number; text: string }): string {
  const { folded } = phrase;
  let start = match.index;
  while (start > 0 && !endsClause(folded, start - 1)) start--;
  let end = match.index + match.text.length;
  while (end < folded.length && !endsClause(folded, end)) end++;
  return sourceOf(phrase, start, end);
}

export function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

export function isFoldedLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
