/** Settings of the office.js stand-in (test/e2e/office-stub.ts), passed by the harness as plain JSON. */
import type { SavedWorkbook } from "../office/fake-excel";

export interface StubConfig {
  /** "Excel" inside Excel; null as office.js reports a plain browser. */
  readonly host: "Excel" | null;
  /** The workbook the in-memory host opens with (null: an empty one). */
  readonly workbook: SavedWorkbook | null;
  /** Office.context.displayLanguage once onReady has resolved ("vi-VN"). */
  readonly displayLanguage: string;
  /** The highest ExcelApi requirement set the host claims ("1.14"). */
  readonly excelApi: string;
}
