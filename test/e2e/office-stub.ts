/**
 * Stands in for office.js in the real-browser tests: bundled for the browser by test/e2e/harness.ts and served
 * in answer to the page's request for Microsoft's office.js. It defines the `Office` and `Excel` globals the
 * task pane uses, backed by the in-memory Excel host of the adapter tests, and exposes that host on
 * `window.__fake` so a test can read the workbook with `page.evaluate`.
 *
 * The harness puts its settings in `window.__E2E_STUB` just before this bundle (see StubConfig).
 * It also records, in `window.__firstRender`, when the pane first put something in #root (milliseconds since
 * navigation start), for the benchmark's time to first render.
 */
import { FakeExcel } from "../office/fake-excel";
import type { StubConfig } from "./stub-config";

interface StubWindow {
  __E2E_STUB?: StubConfig;
  __fake?: FakeExcel;
  __firstRender?: number;
  Office?: unknown;
  Excel?: unknown;
}

const page = window as unknown as StubWindow;
const config: StubConfig = page.__E2E_STUB ?? {
  host: "Excel",
  workbook: null,
  displayLanguage: "vi-VN",
  excelApi: "1.14",
};

// The in-memory host counts each batch's bytes with Node's Buffer.byteLength; the browser has TextEncoder.
const scope = globalThis as unknown as { Buffer?: unknown };
if (scope.Buffer === undefined) {
  const encoder = new TextEncoder();
  scope.Buffer = { byteLength: (text: string) => encoder.encode(text).length };
}

const fake = config.workbook ? new FakeExcel(config.workbook) : new FakeExcel();
const host = fake.host(config.excelApi);
page.__fake = fake;

type HostInfo = { host: "Excel" | null; platform: string | null };
const info: HostInfo = { host: config.host, platform: config.host ? "OfficeOnline" : null };

const context = {
  displayLanguage: config.host ? config.displayLanguage : undefined,
  requirements: {
    isSetSupported: (name: string, version?: string): boolean =>
      name === "ExcelApi" && host.supports(version ?? "1.1"),
  },
};

const office: {
  context: typeof context | undefined;
  onReady: (callback?: (info: HostInfo) => void) => Promise<HostInfo>;
  HostType: { Excel: "Excel" };
  actions: { associate: () => void };
} = {
  // As in office.js, Office.context is there only once Office is ready.
  context: undefined,
  onReady: (callback) =>
    new Promise<HostInfo>((resolve) => setTimeout(() => resolve(info), 0)).then((ready) => {
      office.context = context;
      callback?.(ready);
      return ready;
    }),
  HostType: { Excel: "Excel" },
  actions: { associate: () => undefined },
};

page.Office = office;
// Outside Office the real office.js leaves Excel undefined.
if (config.host === "Excel") page.Excel = { run: host.run };

// The first time the pane puts anything in #root: React's first commit, or boot's plain message.
const observer = new MutationObserver(() => {
  const root = document.getElementById("root");
  if (root && root.childElementCount > 0 && page.__firstRender === undefined) {
    page.__firstRender = performance.now();
    observer.disconnect();
  }
});
observer.observe(document, { childList: true, subtree: true });
