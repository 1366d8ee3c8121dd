/**
 * An in-memory Excel host: exactly the part of Office.js the adapter uses, with Office.js's rules. Reading a
 * property before `load` and `context.sync()` throws PropertyNotLoaded; writes are queued and applied at
 * sync; syncs and the bytes of each batch are counted. Cells are stored sparsely, so a sheet whose
 * formatting reaches row 1,000,000 costs nothing until someone reads those rows.
 *
 * This file is what tests import; the other files of this folder each play one part of Excel.
 */
export { boxAddress, parseBox, type Box } from "./address";
export type { BatchRecord } from "./context";
export { rootNamespace } from "./custom-xml";
export { FakeOfficeError } from "./errors";
export {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  defaultPageLayout,
  displayText,
  EDGE_NAMES,
  type CellState,
  type CfState,
  type ChangeEventArgs,
  type EdgeState,
  type PageLayoutState,
  type PartState,
  type SavedWorkbook,
  type SheetLayout,
} from "./state";
export { FakeExcel } from "./workbook";
