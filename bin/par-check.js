#!/usr/bin/env node
"use strict";
// Launcher for the compiled command line: run `npm run build` first.
let cli;
try {
  cli = require("../dist/src/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("par-check: the compiled CLI is missing; run `npm run build` first.\n");
    process.exitCode = 1;
    return;
  }
  throw error;
}

cli
  .main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    columns: process.stdout.isTTY ? Math.min(process.stdout.columns || 100, 120) : 100,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.isTTY ? Math.min(process.stderr.columns || 100, 120) : undefined,
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`par-check: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
