/**
 * par-check's output does not depend on where it runs: the time zone, the locale and the terminal's width
 * as the environment tells them change nothing. The locale is read once when Node starts, so those runs
 * are child processes (test/helpers/run-cli.js); the rest is changed in this process and put back.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { checkFile } from "../../src/cli/check";
import { writeReviewPart } from "../../src/cli/review-part";
import { decide, serializeReview } from "../../src/core";
import { FIXTURE_DIR, useTempDir, writeWorkbook } from "./helpers";
import { run, type RunResult } from "./run";

const tmp = useTempDir();
const SEED = path.join(FIXTURE_DIR, "appendix.xlsx");
const RUN_CLI = path.join(__dirname, "..", "helpers", "run-cli.js");

let inputs: string[] = [];
/** The outputs of this process, as the environment of the test run left it. */
const here = new Map<string, RunResult>();

const ARGVS: readonly (readonly [string, (files: readonly string[]) => string[]])[] = [
  ["text", (files) => [...files]],
  ["text --lang en", (files) => ["--lang", "en", ...files]],
  ["json", (files) => ["--format", "json", ...files]],
];

beforeAll(async () => {
  // A decision made late on New Year's Eve (UTC): another day in most time zones.
  const seed = await checkFile(SEED, "vi");
  const table = seed.tables[0];
  const task = table?.tasks.find((t) => t.ordinal === "26");
  if (!table || !task) throw new Error("the seed has no task 26");
  const override = decide(table, task, {
    verdict: "met",
    comment: "Đã điều chỉnh theo Nghị quyết",
    reviewer: "Nguyễn Thị Lan",
    at: "2026-12-31T23:30:00.000Z",
  });
  const reviewed = path.join(tmp(), "Phụ lục đã thẩm định.xlsx");
  await fs.writeFile(reviewed, await writeReviewPart(await fs.readFile(SEED), serializeReview([override])));

  // Dates and a date-time typed as such, close to midnight UTC.
  const dated = await writeWorkbook(path.join(tmp(), "ngày tháng.xlsx"), [
    {
      name: "PL",
      rows: [
        ["Số TT", "Nội dung công việc", "Yêu cầu năm 2024", "Kết quả thực hiện"],
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
        [1, "Ban hành kế hoạch CCHC", "Trước ngày 31/12/2023", new Date(Date.UTC(2023, 11, 31))],
        [2, "Tổ chức kiểm tra", "Trước ngày 01/12/2024", new Date(Date.UTC(2024, 10, 30, 23, 30))],
        [3, "Tỷ lệ hồ sơ trực tuyến", "Đạt từ 70%", 0.8333],
      ],
      numFmts: { D3: "dd/mm/yyyy", D4: "dd/mm/yyyy hh:mm", D5: "0.00%" },
    },
  ]);
  inputs = [SEED, reviewed, dated, path.join(FIXTURE_DIR, "appendix.tsv")];
  for (const [name, argv] of ARGVS) here.set(name, await run(argv(inputs)));
});

/**
 * A child compiles the sources it runs (kept for the next child): seconds, and many more on a busy machine.
 * Room enough not to fail a slow run; nothing here measures speed.
 */
const CHILD_TIMEOUT = 180_000;

/** par-check in a child process with `env` over this one's environment. */
function child(argv: readonly string[], env: Readonly<Record<string, string>>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [RUN_CLI, ...argv],
      {
        env: { ...process.env, RUN_CLI_CACHE: path.join(tmp(), "transpiled"), ...env },
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        if (code === null) reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
  });
}

// One child first, so that the others find the sources compiled.
beforeAll(async () => {
  expect((await child(["--help"], {})).code).toBe(0);
}, CHILD_TIMEOUT);

it("checks every input, with the decision and the dates", () => {
  const json = JSON.parse(here.get("json")?.stdout ?? "{}") as {
    files: { tables: { summary: { met: number; tasks: number } }[]; review?: unknown }[];
  };
  expect(json.files.map((f) => f.tables.map((t) => [t.summary.met, t.summary.tasks]))).toEqual([
    [[20, 26]],
    [[21, 26]],
    [[expect.any(Number), 3]],
    [[20, 26]],
  ]);
  expect(here.get("text")?.stdout).toContain("Chưa đạt → Đạt · Nguyễn Thị Lan · 31/12/2026");
});

describe.each<[string, Readonly<Record<string, string>>]>([
  ["UTC+14, Turkish", { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }],
  ["UTC−3:30, Arabic (Egypt)", { TZ: "America/St_Johns", LANG: "ar_EG.UTF-8", LC_ALL: "ar_EG.UTF-8" }],
  [
    "UTC+5:45, the C locale, a 20-column terminal",
    { TZ: "Asia/Kathmandu", LANG: "C", LC_ALL: "C", COLUMNS: "20" },
  ],
])("in a process at %s", (_name, env) => {
  it(
    "prints the same text and JSON",
    async () => {
      // The locale changes only formats; the Vietnamese text and the JSON stand for every option.
      const names = ["text", "json"];
      const runs = ARGVS.filter(([name]) => names.includes(name));
      const results = await Promise.all(runs.map(([, argv]) => child(argv(inputs), env)));
      expect(results).toEqual(runs.map(([name]) => here.get(name)));
    },
    CHILD_TIMEOUT,
  );
});

describe("in this process", () => {
  const saved = { tz: process.env.TZ, columns: process.env.COLUMNS };
  const stdout = process.stdout as { columns?: number };
  const savedColumns = Object.getOwnPropertyDescriptor(process.stdout, "columns");

  afterEach(() => {
    for (const [key, value] of [
      ["TZ", saved.tz],
      ["COLUMNS", saved.columns],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    if (savedColumns) Object.defineProperty(process.stdout, "columns", savedColumns);
    else delete stdout.columns;
  });

  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Ho_Chi_Minh"])(
    "prints the same with TZ=%s",
    async (tz) => {
      process.env.TZ = tz;
      for (const [name, argv] of ARGVS) expect(await run(argv(inputs))).toEqual(here.get(name));
    },
  );

  it("prints the same whatever width the terminal and COLUMNS say", async () => {
    process.env.COLUMNS = "20";
    Object.defineProperty(process.stdout, "columns", { value: 20, configurable: true, writable: true });
    for (const [name, argv] of ARGVS) expect(await run(argv(inputs))).toEqual(here.get(name));
  });
});
