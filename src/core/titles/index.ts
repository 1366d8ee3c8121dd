/** Title rows: the reporting unit named above a table. */
export { titleLines, unitNameFromLines } from "./unit-name";
