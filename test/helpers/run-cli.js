// Runs par-check from the TypeScript sources in a process of its own, for tests that need their own
// time zone, locale or terminal settings: `node run-cli.js ARG…`. The report goes to stdout, messages to
// stderr, the exit code is par-check's. Like the in-process runs of the tests (test/cli/run.ts), it says
// stdout is no terminal and gives no width: whatever the environment says must not matter.
// RUN_CLI_CACHE names a folder where transpiled files are kept for the next run.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..", "..");
const config = ts.getParsedCommandLineOfConfigFile(
  path.join(ROOT, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  },
);
const compilerOptions = {
  ...config.options,
  module: ts.ModuleKind.CommonJS,
  noEmit: false,
  sourceMap: false,
};

const cache = process.env.RUN_CLI_CACHE;

/** `source` as CommonJS, file by file as ts-jest does for the tests (isolatedModules). */
function transpile(source, filename) {
  if (!cache) return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
  const key = crypto.createHash("sha256").update(`${filename}\0${source}`).digest("hex");
  const kept = path.join(cache, `${key}.js`);
  if (fs.existsSync(kept)) return fs.readFileSync(kept, "utf8");
  const output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
  // Written aside and renamed: runs side by side never read half a file.
  const partial = `${kept}.${process.pid}`;
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(partial, output);
  fs.renameSync(partial, kept);
  return output;
}

require.extensions[".ts"] = (module, filename) => {
  module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
};

const { main } = require(path.join(ROOT, "src", "cli", "main.ts"));

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: false }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`run-cli: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
