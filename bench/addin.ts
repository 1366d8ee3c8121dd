/**
 * The "addin" section: what a full check costs the Excel add-in.
 *
 * - syncs and bytes: checkActiveSheet over the in-memory Excel host (test/office/fake-excel/, which counts
 *   every sync and the JSON bytes of each batch it sends and receives) on generated sheets of 100 and 10,000
 *   tasks. `bytes` is what the add-in sends to Excel (the reads it queues plus the values and formats it
 *   writes), `writeBytes` the part of it in the write batches (the syncs after locate and read, see
 *   src/office/check.ts), `readBytes` what Excel answers.
 * - report: the same for createReportCopy (the report-ready sheet) at 10,000 tasks.
 * - bundle: raw and gzip bytes of the task pane's production JavaScript in dist-web/ (scripts/bundle-size.js).
 * - firstRenderMs: the built task pane in Debian's Chromium (the e2e harness, test/e2e/harness.ts), from
 *   navigation start to the pane's first render; the median of several loads. null, with a note, when
 *   Chromium or dist-web/ is missing.
 */
import { existsSync } from "fs";
import { join } from "path";
import { checkActiveSheet, createMarkState, createReportCopy } from "../src/office";
import { FakeExcel } from "../test/office/fake-excel";
import {
  chromiumAvailable,
  CHROMIUM_PATH,
  firstRender,
  launchChromium,
  openPane,
  repoRoot,
  serveDir,
} from "../test/e2e/harness";
import type { BenchSection } from "./section";
import { makeAppendix } from "./synth";
import { median } from "./timing";

export const SYNC_SIZES: readonly number[] = [100, 10_000];
/** Acceptance targets: three syncs a check whatever the size, each batch under Excel's 5 MB. */
export const MAX_SYNCS = 3;
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;
/** The same limit as CI's bundle-size check. */
export const MAX_GZIP_BYTES = 150 * 1024;
const RENDER_WARMUPS = 1;
const RENDER_RUNS = 5;
const SHEET = "Phụ lục";

export interface SyncEntry {
  readonly tasks: number;
  readonly syncs: number;
  /** Bytes sent to Excel over the whole check. */
  readonly bytes: number;
  /** Of those, the bytes of the write batches (every sync after locate and read). */
  readonly writeBytes: number;
  /** Bytes Excel sent back. */
  readonly readBytes: number;
  /** The largest single batch, sent plus received. */
  readonly largestBatch: number;
  readonly ms: number;
}

export interface AddinJson {
  readonly syncs: SyncEntry[];
  readonly report: ReportEntry;
  readonly bundle: { readonly raw: number; readonly gzip: number } | null;
  readonly firstRenderMs: number | null;
  readonly note?: string;
}

async function measureSyncs(tasks: number): Promise<SyncEntry> {
  const appendix = makeAppendix(tasks, { seed: 7 });
  const excel = new FakeExcel();
  excel.seed(SHEET, appendix.sheet.cells);
  const start = process.hrtime.bigint();
  const outcome = await checkActiveSheet(excel.host(), { language: "vi", state: createMarkState() });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!outcome.ok) throw new Error(`The check of ${tasks} tasks failed: ${outcome.message}`);
  const found = outcome.result.tables[0]?.summary.tasks ?? 0;
  if (found !== appendix.tasks)
    throw new Error(`Expected ${appendix.tasks} tasks, the check found ${found}.`);
  return {
    tasks,
    syncs: excel.syncs,
    bytes: excel.batches.reduce((sum, batch) => sum + batch.bytes, 0),
    writeBytes: excel.batches.slice(2).reduce((sum, batch) => sum + batch.bytes, 0),
    readBytes: excel.batches.reduce((sum, batch) => sum + batch.responseBytes, 0),
    largestBatch: Math.max(...excel.batches.map((batch) => batch.bytes + batch.responseBytes)),
    ms: Math.round(ms * 10) / 10,
  };
}

export type ReportEntry = Pick<SyncEntry, "tasks" | "syncs" | "bytes" | "largestBatch" | "ms">;

async function measureReport(tasks: number): Promise<ReportEntry> {
  const excel = new FakeExcel();
  excel.seed(SHEET, makeAppendix(tasks, { seed: 7 }).sheet.cells);
  const start = process.hrtime.bigint();
  const outcome = await createReportCopy(excel.host(), { includeVerdict: true, includeCompletion: true });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!outcome.ok) throw new Error(`The report copy of ${tasks} tasks failed: ${outcome.message}`);
  return {
    tasks,
    syncs: excel.syncs,
    bytes: excel.batches.reduce((sum, batch) => sum + batch.bytes, 0),
    largestBatch: Math.max(...excel.batches.map((batch) => batch.bytes + batch.responseBytes)),
    ms: Math.round(ms * 10) / 10,
  };
}

function bundleSize(root: string): { raw: number; gzip: number } | null {
  const dir = join(root, "dist-web");
  if (!existsSync(dir)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measure } = require(join(root, "scripts", "bundle-size.js")) as {
    measure: (dir: string, prefix: string) => { raw: number; gzip: number }[];
  };
  const files = measure(dir, "taskpane");
  if (files.length === 0) return null;
  return {
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Median ms from navigation to first render, or the reason there is none. */
async function measureFirstRender(
  root: string,
): Promise<{ ms: number | null; samples: number[]; note?: string }> {
  if (!chromiumAvailable())
    return { ms: null, samples: [], note: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` };
  if (!existsSync(join(root, "dist-web", "taskpane.html")))
    return { ms: null, samples: [], note: "no dist-web/taskpane.html (npm run build:web)" };
  const excel = new FakeExcel();
  excel.seed(SHEET, makeAppendix(100, { seed: 7 }).sheet.cells);
  const stub = { host: "Excel" as const, workbook: excel.save(), displayLanguage: "vi-VN", excelApi: "1.14" };
  const server = await serveDir(join(root, "dist-web"));
  try {
    const chromium = await launchChromium("vi-VN");
    try {
      const samples: number[] = [];
      for (let i = 0; i < RENDER_WARMUPS + RENDER_RUNS; i++) {
        const pane = await openPane(chromium, server, { stub });
        const ms = await firstRender(pane.page);
        await pane.page.close();
        if (pane.errors.length > 0) throw new Error(`The pane reported errors: ${pane.errors.join("; ")}`);
        if (i >= RENDER_WARMUPS) samples.push(Math.round(ms * 10) / 10);
      }
      return { ms: Math.round(median(samples) * 10) / 10, samples };
    } finally {
      await chromium.close();
    }
  } finally {
    await server.close();
  }
}

function grouped(n: number): string {
  return n.toLocaleString("en-US");
}

export const addinSection: BenchSection = {
  name: "addin",
  async run({ log }) {
    const root = repoRoot();
    const missed: string[] = [];
    const notes: string[] = [];

    log("addin: a full check over the in-memory Excel host (generated sheets, seed 7)");
    log(
      `${"tasks".padStart(9)} ${"syncs".padStart(6)} ${"sent B".padStart(12)} ${"written B".padStart(12)} ${"read B".padStart(12)} ${"largest batch B".padStart(16)} ${"ms".padStart(8)}`,
    );
    const syncs: SyncEntry[] = [];
    for (const tasks of SYNC_SIZES) {
      const entry = await measureSyncs(tasks);
      syncs.push(entry);
      log(
        `${grouped(tasks).padStart(9)} ${String(entry.syncs).padStart(6)} ${grouped(entry.bytes).padStart(12)} ${grouped(entry.writeBytes).padStart(12)} ${grouped(entry.readBytes).padStart(12)} ${grouped(entry.largestBatch).padStart(16)} ${entry.ms.toFixed(1).padStart(8)}`,
      );
      if (entry.syncs > MAX_SYNCS)
        missed.push(`${grouped(tasks)} tasks took ${entry.syncs} syncs, above ${MAX_SYNCS}`);
      if (entry.largestBatch >= MAX_BATCH_BYTES)
        missed.push(
          `${grouped(tasks)} tasks: a batch of ${grouped(entry.largestBatch)} bytes, not under 5 MB`,
        );
    }

    const report = await measureReport(10_000);
    log(
      `report copy of ${grouped(report.tasks)} tasks: ${report.syncs} syncs, ${grouped(report.bytes)} B sent, largest batch ${grouped(report.largestBatch)} B, ${report.ms.toFixed(1)} ms`,
    );
    if (report.largestBatch >= MAX_BATCH_BYTES)
      missed.push(`report copy: a batch of ${grouped(report.largestBatch)} bytes, not under 5 MB`);

    const bundle = bundleSize(root);
    if (bundle) {
      const ok = bundle.gzip <= MAX_GZIP_BYTES;
      log(
        `task pane JS: ${grouped(bundle.raw)} B raw, ${grouped(bundle.gzip)} B gzip (target ≤ ${grouped(MAX_GZIP_BYTES)} gzip): ${ok ? "ok" : "MISSED"}`,
      );
      if (!ok)
        missed.push(`task pane JS is ${grouped(bundle.gzip)} B gzip, above ${grouped(MAX_GZIP_BYTES)}`);
    } else {
      notes.push("bundle: no dist-web/taskpane*.js (npm run build:web)");
      log("task pane JS: not measured, no dist-web/taskpane*.js (npm run build:web first)");
    }

    const render = await measureFirstRender(root);
    if (render.ms === null) {
      notes.push(`firstRenderMs: ${render.note ?? "not measured"}`);
      log(`first render in Chromium: not measured, ${render.note ?? ""}`);
    } else {
      log(
        `first render in Chromium: ${render.ms.toFixed(1)} ms median of ${render.samples.length} loads (${render.samples.map((s) => s.toFixed(1)).join(", ")})`,
      );
    }

    const json: AddinJson = {
      syncs,
      report,
      bundle,
      firstRenderMs: render.ms,
      ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    };
    return { json, missed };
  },
};
