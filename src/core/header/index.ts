/** Stage 2, header and columns: the header rows, the tables they open, and which column plays which part. */
export { findHeaders, nearestHeaderText, type Header } from "./header";
export { cleanLabel, readLabel, roleOfLabel, type LabelReading } from "./labels";
export { freeColumn, missingColumns, rowIsBlank, tableStarts, type TableStart } from "./tables";
export { completeHeader, inferTable, ShapeReader, type CellShape, type ResultsOnly } from "./infer";
