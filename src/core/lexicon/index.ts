/** The engine's vocabulary as data, and the one compiler that turns it into matchers. */
export type {
  ClaimEntry,
  ClassName,
  Classes,
  ComparatorEntry,
  Entry,
  Example,
  ExampleRole,
  Examples,
  HeaderEntry,
  LabelRole,
  Lexicon,
  PeriodEntry,
  StatusEntry,
  StatusWord,
  UnitKindEntry,
  WordClass,
} from "./types";
export {
  compileLexicon,
  LabelMatcher,
  type CompiledLexicon,
  type ComparatorRule,
  type LabelMatch,
} from "./compile";
export { alternativesOf, Matcher, WordTable, type Match, type WordHit, type Written } from "./matcher";
export { parsePattern, PatternError } from "./pattern";
export { VIETNAMESE } from "./vi";

import { compileLexicon, type CompiledLexicon } from "./compile";
import { VIETNAMESE } from "./vi";

let compiled: CompiledLexicon | undefined;

/** The Vietnamese lexicon, compiled on first use and kept. */
export function defaultLexicon(): CompiledLexicon {
  return (compiled ??= compileLexicon(VIETNAMESE));
}
