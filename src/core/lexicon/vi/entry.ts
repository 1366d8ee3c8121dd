/** Shorthand for the lexicon's files: an entry from its pattern and examples. */
import type { Entry, Example } from "../types";

export function entry(pattern: string, first: Example | string, ...more: (Example | string)[]): Entry {
  return { pattern, examples: [first, ...more] };
}

/** An entry matched with its diacritics, where folding makes two words collide. */
export function exact(pattern: string, first: Example | string, ...more: (Example | string)[]): Entry {
  return { pattern, examples: [first, ...more], exact: true };
}
