/** Stage 5, readings: what a target or a result says, as a `Reading`. */
export {
  deniesExistence,
  isBareDenial,
  mentionsBadThing,
  namesCeiling,
  readCell,
  readNormalizedText,
  readResult,
  readTarget,
  type PhraseRole,
  type ReadOptions,
} from "./read";
export { compareDates, deadlineOf, latestDateOf, mayNameDate, mayNameDeadline } from "./dates";
export { ENGLISH_NUMBERS, parseNumberToken, VIETNAMESE_NUMBERS, type ParsedNumber } from "./number-token";
