// Lints import lines as if written in given files, outside jest (ESLint loads its config with a dynamic
// import that jest's sandbox refuses). Reads [[file, source], …] as JSON on stdin; writes, per case,
// whether no-restricted-imports refused it.
"use strict";
const path = require("path");
const { ESLint } = require("eslint");

const ROOT = path.join(__dirname, "..", "..");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const cases = JSON.parse(input);
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { rules: { "@typescript-eslint/no-unused-vars": "off" } },
  });
  const refused = [];
  for (const [file, source] of cases) {
    const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
    refused.push((result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports"));
  }
  process.stdout.write(JSON.stringify(refused));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exitCode = 1;
});
