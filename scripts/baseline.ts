/**
 * The engine (src/core) of an older git revision, compiled on its own so `npm run bench -- --baseline REF`
 * can time it beside the working tree's engine in one process.
 *
 *   buildBaseline("HEAD~1", repoRoot)  →  /…/.tmp/baseline/<sha>/dist/index.js
 *
 * src/core imports only itself, so its files at any revision compile alone. The build is cached per commit.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type * as TS from "typescript";

/** The engine's folder inside the repository, as git names it. */
const CORE = "src/core";

/** Git's output can be a whole source file; the default 1 MB would cut a large one short. */
const MAX_BUFFER = 64 * 1024 * 1024;

function git(repoRoot: string, args: readonly string[]): Buffer {
  // stdio piped so a failing git prints nothing of its own; callers word the error.
  return execFileSync("git", args, {
    cwd: repoRoot,
    maxBuffer: MAX_BUFFER,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function gitText(repoRoot: string, args: readonly string[]): string {
  return git(repoRoot, args).toString("utf8").trim();
}

/** The commit `ref` names, full and short; throws an Error naming `ref` when there is none. */
export function resolveRef(ref: string, repoRoot: string): { sha: string; short: string } {
  // A leading dash would be read as an option by git.
  if (ref === "" || ref.startsWith("-")) throw new Error(`"${ref}" is not a git revision.`);
  let sha: string;
  try {
    sha = gitText(repoRoot, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(`Unknown git revision "${ref}": no commit by that name in this repository.`);
  }
  return { sha, short: gitText(repoRoot, ["rev-parse", "--short", sha]) };
}

/**
 * Compiler options for the old engine: emit as tsconfig.build.json does (target, module, resolution,
 * interop), but without its strictness, since old code need only run, not pass today's checks.
 */
export function baselineCompilerOptions(ts: typeof TS): TS.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    resolveJsonModule: true,
    lib: ["lib.es2022.d.ts"],
    types: [],
    strict: false,
    skipLibCheck: true,
    // Type errors in old code (or against today's lib) must not stop it from being timed.
    noEmitOnError: false,
    sourceMap: false,
    declaration: false,
  };
}

function compile(ts: typeof TS, files: readonly string[], srcDir: string, outDir: string): void {
  const program = ts.createProgram(files, { ...baselineCompilerOptions(ts), rootDir: srcDir, outDir });
  const emitted = program.emit();
  const syntax = program.getSyntacticDiagnostics();
  if (emitted.emitSkipped || syntax.length > 0) {
    const first = syntax[0] ?? emitted.diagnostics[0];
    const text = first ? ts.flattenDiagnosticMessageText(first.messageText, "\n") : "emit skipped";
    throw new Error(`Could not compile the baseline engine in ${srcDir}: ${text}`);
  }
}

/**
 * Writes src/core of `ref` under `<outRoot>/<short sha>/src/core/`, compiles it with the repository's own
 * TypeScript into `<outRoot>/<short sha>/dist/`, and returns the absolute path of the compiled index.js.
 * A build already there is reused. `outRoot` defaults to `<repoRoot>/.tmp/baseline`.
 */
export function buildBaseline(ref: string, repoRoot: string, outRoot?: string): string {
  const root = path.resolve(repoRoot);
  const { sha, short } = resolveRef(ref, root);
  const base = path.resolve(outRoot ?? path.join(root, ".tmp", "baseline"));
  const target = path.join(base, short);
  const index = path.join(target, "dist", "index.js");
  if (fs.existsSync(index)) return index;

  const files = gitText(root, ["ls-tree", "-r", "--name-only", sha, "--", CORE])
    .split("\n")
    .filter((f) => f !== "");
  if (!files.includes(`${CORE}/index.ts`)) {
    throw new Error(`Git revision "${ref}" (${short}) has no ${CORE}/index.ts: the engine is not there.`);
  }

  // Built in a folder of its own and renamed into place, so an interrupted build is never taken for a cached one.
  fs.mkdirSync(base, { recursive: true });
  const work = fs.mkdtempSync(path.join(base, `${short}.partial-`));
  try {
    for (const file of files) {
      // Written as git stores it (bytes, not text), so nothing is re-encoded.
      const dest = path.join(work, ...file.split("/"));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, git(root, ["show", `${sha}:${file}`]));
    }
    // The repository's TypeScript, loaded only on a cache miss (it is a large module).
    const ts = createRequire(path.join(root, "package.json"))("typescript") as typeof TS;
    const sources = files.filter((f) => f.endsWith(".ts")).map((f) => path.join(work, ...f.split("/")));
    compile(ts, sources, path.join(work, ...CORE.split("/")), path.join(work, "dist"));
    if (!fs.existsSync(path.join(work, "dist", "index.js"))) {
      throw new Error(`Compiling ${CORE} of "${ref}" (${short}) gave no index.js.`);
    }
    // The engine's own dependencies (vietnamese-conversion) resolve from the repository, wherever the build is.
    const modules = path.join(root, "node_modules");
    if (fs.existsSync(modules)) fs.symlinkSync(modules, path.join(work, "node_modules"), "junction");
    try {
      fs.renameSync(work, target);
    } catch (error) {
      // Another run built the same commit first: use its build.
      if (!fs.existsSync(index)) throw error;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return index;
}
