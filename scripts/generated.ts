/**
 * Checked-in files generated from the engine (test/fixtures/phrases.md, headers.md): write them, or with
 * --check fail when the file in the tree differs from what the engine gives now.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The package root: the nearest folder above this file holding package.json (works from dist/ and from source). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}.`);
    dir = parent;
  }
  return dir;
}

/** The first line where two texts differ, 1-based, for the stale message. */
export function firstDifference(
  rendered: string,
  current: string,
): { line: number; expected: string; actual: string } | null {
  const left = rendered.split("\n");
  const right = current.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i])
      return { line: i + 1, expected: left[i] ?? "(end of file)", actual: right[i] ?? "(end of file)" };
  }
  return null;
}

/** The stale message: which file, how to refresh it and the first line that differs. */
export function staleMessage(
  relative: string,
  command: string,
  rendered: string,
  current: string | null,
): string {
  const diff = current === null ? null : firstDifference(rendered, current);
  const where =
    current === null
      ? "  (the file does not exist)"
      : diff
        ? `  first difference at line ${diff.line}:\n  - file:   ${diff.actual}\n  + engine: ${diff.expected}`
        : "";
  return `${relative} is stale: run ${command}\n${where}`.trimEnd();
}

/** Writes the file, or checks it with --check; the exit code. */
export function runGenerator(
  relative: string,
  command: string,
  render: () => string,
  argv: readonly string[],
): number {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown.join(" ")}. Usage: ${command} [--check]\n`);
    return 2;
  }
  const file = path.join(packageRoot(), relative);
  const rendered = render();
  if (argv.includes("--check")) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (current === rendered) {
      process.stdout.write(`${relative} is up to date.\n`);
      return 0;
    }
    process.stderr.write(`${staleMessage(relative, command, rendered, current)}\n`);
    return 1;
  }
  fs.writeFileSync(file, rendered, "utf8");
  process.stdout.write(`Wrote ${relative}.\n`);
  return 0;
}
