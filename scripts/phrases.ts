/**
 * npm run phrases          writes test/fixtures/phrases.md
 * npm run phrases:check    exits 1 when the checked-in file differs from what the engine reads now
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PHRASES_FILE, renderPhraseTable } from "./phrase-table";

/** The package root: the nearest folder above this file holding package.json (works from dist/ and from source). */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}.`);
    dir = parent;
  }
  return dir;
}

/** The first line where two texts differ, 1-based, for the stale message. */
function firstDifference(a: string, b: string): { line: number; expected: string; actual: string } | null {
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i])
      return { line: i + 1, expected: left[i] ?? "(end of file)", actual: right[i] ?? "(end of file)" };
  }
  return null;
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown argument ${unknown.join(" ")}. Usage: node dist/scripts/phrases.js [--check]\n`,
    );
    return 2;
  }
  const file = path.join(packageRoot(), PHRASES_FILE);
  const rendered = renderPhraseTable();

  if (argv.includes("--check")) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (current === rendered) {
      process.stdout.write(`${PHRASES_FILE} is up to date.\n`);
      return 0;
    }
    const diff = current === null ? null : firstDifference(rendered, current);
    process.stderr.write(`${PHRASES_FILE} is stale: run npm run phrases\n`);
    if (current === null) process.stderr.write(`  (the file does not exist)\n`);
    else if (diff) {
      process.stderr.write(
        `  first difference at line ${diff.line}:\n  - file:   ${diff.actual}\n  + engine: ${diff.expected}\n`,
      );
    }
    return 1;
  }

  fs.writeFileSync(file, rendered, "utf8");
  process.stdout.write(`Wrote ${PHRASES_FILE}.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
