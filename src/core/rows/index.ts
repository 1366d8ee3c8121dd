/** Stage 3, row kinds: the number column's grammar and the kind of every row of a table. */
export { carriesOn, type CarryEvidence } from "./carry";
export { classifyRows, textOfMaster, type ClassifiedRows, type TableRow } from "./kinds";
export {
  classifyOrdinal,
  isFooter,
  isTotalRow,
  isUpperTitle,
  ordinalInContent,
  rowGrammarOf,
  startsSubitem,
  type OrdinalKind,
  type RowGrammar,
} from "./ordinals";
