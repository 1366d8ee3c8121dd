/** Stage 2, header and columns: the header rows, the tables they open, and which column plays which part. */
export { cleanLabel, findHeaders, nearestHeaderText, roleOfLabel, type Header } from "./header";
export { freeColumn, missingColumns, rowIsBlank, tableStarts, type TableStart } from "./tables";
