/**
 * npm run bench [-- --json] [-- --sizes 1000,10000] [-- --only engine] [-- --assert] [-- --baseline REF]
 *
 * Runs each benchmark section and prints a human-readable table, or with --json a single line
 * `{"engine":[{"tasks":1000,"ms":…},…], …}` with one top-level key per section. --assert exits 1 when an
 * acceptance target is missed. --baseline REF times the engine of git revision REF against the working
 * tree's, alternately, and adds `"engineCompare":[{"tasks":…,"oldMs":…,"newMs":…,"ratio":…,"pairRatio":…},…]`.
 */
import * as path from "node:path";
import { buildBaseline, resolveRef } from "../scripts/baseline";
import { repoRoot } from "../scripts/make-sample";
import { addinSection } from "./addin";
import { batchSection } from "./batch";
import { engineSection, loadBaseline } from "./engine";
import type { BaselineEngine, BenchContext, BenchSection } from "./section";
import { hasGc } from "./timing";

/** Sections in output order. */
const SECTIONS: readonly BenchSection[] = [engineSection, addinSection, batchSection];

const DEFAULT_SIZES: readonly number[] = [1_000, 10_000, 100_000];

interface Args {
  readonly json: boolean;
  readonly assert: boolean;
  readonly sizes: readonly number[];
  readonly only: readonly string[] | null;
  readonly baseline: string | null;
}

function usage(problem: string): never {
  process.stderr.write(
    `${problem}\nUsage: node dist/bench/run.js [--json] [--assert] [--sizes 1000,10000,100000] [--only ${SECTIONS.map((s) => s.name).join(",")}] [--baseline REF]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let assert = false;
  let sizes = DEFAULT_SIZES;
  let only: string[] | null = null;
  let baseline: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split("=", 2) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case "--json":
        json = true;
        break;
      case "--assert":
        assert = true;
        break;
      case "--sizes":
        sizes = value()
          .split(",")
          .map((s) => Number(s.replace(/_/g, "")));
        if (sizes.some((n) => !Number.isInteger(n) || n < 1))
          usage("--sizes takes whole numbers ≥ 1, e.g. 1000,10000.");
        break;
      case "--only":
        only = value().split(",");
        for (const name of only) {
          if (!SECTIONS.some((s) => s.name === name)) usage(`Unknown section "${name}".`);
        }
        break;
      case "--baseline":
        baseline = value();
        break;
      default:
        usage(`Unknown argument "${arg}".`);
    }
  }
  if (baseline !== null && only && !only.includes(engineSection.name)) {
    usage(`--baseline compares engines: it needs the ${engineSection.name} section.`);
  }
  return { json, assert, sizes, only, baseline };
}

/** The baseline engine, built (or taken from .tmp/baseline) and loaded; exits with a message if it cannot be. */
function baselineEngine(ref: string, log: (line: string) => void): BaselineEngine {
  const root = repoRoot();
  try {
    const indexPath = buildBaseline(ref, root);
    const engine = loadBaseline(ref, resolveRef(ref, root).short, indexPath);
    log(`baseline ${ref}: ${path.relative(root, indexPath)}`);
    return engine;
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = args.json ? () => undefined : (line: string) => process.stdout.write(`${line}\n`);
  if (!hasGc()) log("(node runs without --expose-gc: garbage from one run may be billed to the next)");
  const baseline = args.baseline === null ? null : baselineEngine(args.baseline, log);
  const context: BenchContext = { log, sizes: args.sizes, baseline };

  const output: Record<string, unknown> = {};
  const missed: string[] = [];
  for (const section of SECTIONS) {
    if (args.only && !args.only.includes(section.name)) continue;
    const outcome = await section.run(context);
    output[section.name] = outcome.json;
    Object.assign(output, outcome.more);
    missed.push(...outcome.missed.map((m) => `${section.name}: ${m}`));
    log("");
  }

  if (args.json) process.stdout.write(`${JSON.stringify(output)}\n`);
  else log(missed.length === 0 ? "All acceptance targets met." : `Missed:\n  ${missed.join("\n  ")}`);
  if (args.assert && missed.length > 0) {
    if (args.json) process.stderr.write(`Missed:\n  ${missed.join("\n  ")}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
