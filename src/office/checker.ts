/// <reference types="office-js" />
/** What needs the engine: a check and the report copy. The task pane loads this apart, as its own chunk. */
export { checkActiveSheet } from "./check";
export { createReportCopy } from "./report";
