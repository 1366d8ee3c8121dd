/**
 * The "batch" section: `par-check DIR --summary summary.xlsx` over many units' workbooks, in-process.
 *
 * 200 unit workbooks (synthetic appendices of 30–60 tasks, each titled with its own commune or ward) are
 * written as .xlsx into a temp directory before any timing; the first 50 are copied into a second
 * directory. After a 10-unit warm-up run, each measured run checks one directory and writes the
 * consolidated workbook to a temp file, the text report going to a sink. Heap and RSS are sampled every
 * few milliseconds and after every file (through CliIO.onFileChecked) for the peaks. The peak heap moves
 * with when the collector happens to run, so the acceptance target is on the live heap instead (see
 * BatchRun.liveHeapMB): only per-unit counts and flagged-task rows outlive each file, a few KB a unit.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import type { CellInput } from "../src/core";
import { createRng } from "./prng";
import type { BenchSection } from "./section";
import { makeAppendix } from "./synth";

export const UNIT_COUNTS: readonly number[] = [50, 200];
const SAMPLE_MS = 2;
const WARM_UP_UNITS = 10;
const LIVE_EVERY = 10;
/** Acceptance target: what the batch keeps per unit, from the live heap of the 50- and 200-unit runs. */
export const MAX_LIVE_KB_PER_UNIT = 100;

export interface BatchRun {
  readonly units: number;
  /** Tasks over all the units. */
  readonly tasks: number;
  readonly ms: number;
  /** Heap in use just before the run, after a collection where node has --expose-gc. */
  readonly baseHeapMB: number;
  readonly peakHeapMB: number;
  readonly peakRssMB: number;
  /**
   * The most heap still in use right after a full collection, taken every few files in a second, untimed
   * run (node --expose-gc only; null otherwise). Unlike the peak, which moves with when the collector
   * happens to run, this is what the batch really keeps, and it is what should not grow with the units.
   */
  readonly liveHeapMB: number | null;
}

export interface BatchJson {
  readonly runs: BatchRun[];
}

const NAMES = [
  "PHÚ ĐÌNH",
  "TÂN THỊNH",
  "HÒA BÌNH",
  "ĐỊNH BIÊN",
  "BẢO CƯỜNG",
  "PHƯỢNG TIẾN",
  "TRUNG HỘI",
  "BÌNH THÀNH",
  "SƠN PHÚ",
  "KIM PHƯỢNG",
  "LAM VỸ",
  "QUY KỲ",
  "ĐIỀM MẶC",
  "THANH ĐỊNH",
];
const KINDS = ["XÃ", "PHƯỜNG", "THỊ TRẤN"];

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function plain(cell: CellInput): ExcelJS.CellValue {
  if (cell === undefined || cell === null) return null;
  return typeof cell === "object" ? cell.value : cell;
}

/** Writes unit `i`'s workbook; returns its task count. */
export async function writeUnit(file: string, i: number): Promise<number> {
  const rng = createRng(1000 + i);
  const tasks = rng.int(30, 60);
  const appendix = makeAppendix(tasks, { seed: 1000 + i });
  const kind = KINDS[i % KINDS.length] ?? "XÃ";
  const name = `${NAMES[i % NAMES.length] ?? "AN"} ${Math.floor(i / NAMES.length) + 1}`;
  const cells = appendix.sheet.cells;
  const rows: (readonly CellInput[])[] = [
    [`UBND ${kind} ${name}`],
    ...cells.slice(0, 2),
    [`(Kèm theo Báo cáo số ${i + 1}/BC-UBND ngày 20 tháng 11 năm 2024)`],
    ...cells.slice(4),
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  for (const row of rows) sheet.addRow(row.map(plain));
  await workbook.xlsx.writeFile(file);
  return appendix.tasks;
}

const collectGarbage: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** A second, untimed run that collects garbage every LIVE_EVERY files and keeps the largest heap left. */
async function liveHeap(directory: string, summary: string): Promise<number | null> {
  const gc = collectGarbage;
  if (!gc) return null;
  gc();
  let live = process.memoryUsage().heapUsed;
  await main([directory, "--summary", summary], {
    stdout: { write: () => true },
    stderr: { write: () => true },
    onFileChecked: (done, total) => {
      if (done % LIVE_EVERY !== 0 && done !== total) return;
      gc();
      live = Math.max(live, process.memoryUsage().heapUsed);
    },
  });
  return mb(live);
}

async function timeRun(
  directory: string,
  summary: string,
  units: number,
  tasks: number,
): Promise<Omit<BatchRun, "liveHeapMB">> {
  collectGarbage?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = (): void => {
    const now = process.memoryUsage();
    if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
    if (now.rss > peakRss) peakRss = now.rss;
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let checked = 0;
  let bytes = 0;
  let errors = "";
  const start = process.hrtime.bigint();
  const code = await main([directory, "--summary", summary], {
    stdout: { write: (chunk: string) => (bytes += chunk.length) },
    stderr: { write: (chunk: string) => (errors += chunk) },
    onFileChecked: (done) => {
      checked = done;
      sample();
    },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(timer);
  sample();

  if (code !== 0 || checked !== units || errors !== "")
    throw new Error(`The batch of ${units} units ended with code ${code} after ${checked} files: ${errors}`);
  if (bytes === 0) throw new Error("The batch printed no report.");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(summary);
  const ranked = (workbook.worksheets[0]?.rowCount ?? 0) - 1;
  if (workbook.worksheets.length !== units + 1 || ranked !== units)
    throw new Error(
      `The summary of ${units} units has ${workbook.worksheets.length} sheets, ${ranked} rows.`,
    );

  return {
    units,
    tasks,
    ms: Math.round(ms),
    baseHeapMB: mb(base.heapUsed),
    peakHeapMB: mb(peakHeap),
    peakRssMB: mb(peakRss),
  };
}

export const batchSection: BenchSection = {
  name: "batch",
  async run({ log }) {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "par-bench-batch-"));
    try {
      const largest = Math.max(...UNIT_COUNTS);
      const all = path.join(root, `units-${largest}`);
      await fs.mkdir(all);
      const generated = Date.now();
      const taskCounts: number[] = [];
      for (let i = 0; i < largest; i++) {
        taskCounts.push(await writeUnit(path.join(all, `unit-${String(i + 1).padStart(3, "0")}.xlsx`), i));
      }
      log(
        `batch: ${largest} unit workbooks of 30–60 tasks written in ${Date.now() - generated} ms (not timed)`,
      );

      // One small untimed run first, so that neither measured run pays for loading and compiling the code.
      const warm = path.join(root, "warm-up");
      await fs.mkdir(warm);
      for (let i = 0; i < WARM_UP_UNITS; i++)
        await fs.copyFile(
          path.join(all, `unit-${String(i + 1).padStart(3, "0")}.xlsx`),
          path.join(warm, `${i}.xlsx`),
        );
      await timeRun(warm, path.join(root, "warm-up.xlsx"), WARM_UP_UNITS, 0);

      const runs: BatchRun[] = [];
      log(
        `${"units".padStart(6)} ${"tasks".padStart(7)} ${"ms".padStart(8)} ${"ms/unit".padStart(8)} ${"base heap MB".padStart(13)} ${"peak heap MB".padStart(13)} ${"peak RSS MB".padStart(12)} ${"live heap MB".padStart(13)}`,
      );
      for (const units of UNIT_COUNTS) {
        let directory = all;
        if (units !== largest) {
          directory = path.join(root, `units-${units}`);
          await fs.mkdir(directory);
          const names = (await fs.readdir(all)).sort().slice(0, units);
          for (const name of names) await fs.copyFile(path.join(all, name), path.join(directory, name));
        }
        const tasks = taskCounts.slice(0, units).reduce((sum, n) => sum + n, 0);
        const summary = path.join(root, `summary-${units}.xlsx`);
        const timed = await timeRun(directory, summary, units, tasks);
        const run: BatchRun = { ...timed, liveHeapMB: await liveHeap(directory, summary) };
        runs.push(run);
        log(
          `${String(run.units).padStart(6)} ${String(run.tasks).padStart(7)} ${String(run.ms).padStart(8)} ${(run.ms / run.units).toFixed(1).padStart(8)} ${run.baseHeapMB.toFixed(1).padStart(13)} ${run.peakHeapMB.toFixed(1).padStart(13)} ${run.peakRssMB.toFixed(1).padStart(12)} ${(run.liveHeapMB === null ? "—" : run.liveHeapMB.toFixed(1)).padStart(13)}`,
        );
      }

      const missed: string[] = [];
      const small = runs[0];
      const large = runs[runs.length - 1];
      if (small && large && small !== large) {
        // Shown, not asserted: the peak moves with when the collector happens to run (×1.1–×1.6 seen).
        const ratio = large.peakHeapMB / small.peakHeapMB;
        log(
          `peak heap ${large.units} vs ${small.units} units: ×${ratio.toFixed(2)} for ×${large.units / small.units} the files`,
        );
        if (small.liveHeapMB !== null && large.liveHeapMB !== null) {
          const perUnit = ((large.liveHeapMB - small.liveHeapMB) * 1024) / (large.units - small.units);
          const ok = perUnit <= MAX_LIVE_KB_PER_UNIT;
          log(
            `live heap ${small.liveHeapMB.toFixed(1)} → ${large.liveHeapMB.toFixed(1)} MB: ${perUnit.toFixed(1)} KB kept per extra unit (target ≤ ${MAX_LIVE_KB_PER_UNIT}): ${ok ? "ok" : "MISSED"}`,
          );
          if (!ok)
            missed.push(
              `the batch keeps ${perUnit.toFixed(1)} KB per unit, above ${MAX_LIVE_KB_PER_UNIT} KB`,
            );
        } else {
          log("live heap: not measured (run node with --expose-gc)");
        }
      }
      const json: BatchJson = { runs };
      return { json, missed };
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  },
};
