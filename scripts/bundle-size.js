#!/usr/bin/env node
// Reports the raw and gzip size of the task pane's initial JavaScript in dist-web/ (office.js, loaded from
// Microsoft's CDN, is not counted), of the ribbon command's, and of the chunks loaded after the pane shows
// (the engine). Run `npm run build:web` first.
//
//   node scripts/bundle-size.js [--json] [--max-gzip-kb N]
//
// With --max-gzip-kb it exits 1 when the task pane's gzip total is above N KiB (1 KiB = 1024 bytes).
// Exit codes: 0 fine, 1 over the limit or nothing built, 2 bad arguments.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const DIST = path.join(__dirname, "..", "dist-web");

/** Raw and gzip bytes of every dist-web/NAME*.js (source maps excluded). */
function measure(dir, prefix) {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(".js"))
    .sort();
  return files.map((name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    return { file: name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

function parseArgs(argv) {
  const options = { json: false, maxGzipKb: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--max-gzip-kb" && i + 1 < argv.length && Number(argv[i + 1]) > 0) {
      options.maxGzipKb = Number(argv[++i]);
    } else
      throw new Error(
        `unknown or incomplete argument “${arg}”; usage: bundle-size.js [--json] [--max-gzip-kb N]`,
      );
  }
  return options;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`bundle-size: ${error.message}\n`);
    return 2;
  }
  if (!fs.existsSync(DIST)) {
    process.stderr.write("bundle-size: dist-web/ does not exist; run npm run build:web first\n");
    return 1;
  }
  const taskpane = measure(DIST, "taskpane");
  const commands = measure(DIST, "commands");
  const lazy = measure(DIST, "").filter(
    (f) => !f.file.startsWith("taskpane") && !f.file.startsWith("commands"),
  );
  if (taskpane.length === 0) {
    process.stderr.write("bundle-size: no dist-web/taskpane*.js; run npm run build:web first\n");
    return 1;
  }
  const total = (list, key) => list.reduce((sum, f) => sum + f[key], 0);
  const report = {
    taskpane: { files: taskpane, raw: total(taskpane, "raw"), gzip: total(taskpane, "gzip") },
    commands: { files: commands, raw: total(commands, "raw"), gzip: total(commands, "gzip") },
    lazy: { files: lazy, raw: total(lazy, "raw"), gzip: total(lazy, "gzip") },
    maxGzipBytes: options.maxGzipKb === null ? null : Math.round(options.maxGzipKb * 1024),
  };
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const f of [...taskpane, ...commands, ...lazy]) {
      process.stdout.write(
        `${f.file.padEnd(28)} ${String(f.raw).padStart(8)} B raw  ${String(f.gzip).padStart(7)} B gzip\n`,
      );
    }
    process.stdout.write(`task pane JS: ${kb(report.taskpane.raw)} raw, ${kb(report.taskpane.gzip)} gzip\n`);
    process.stdout.write(
      `loaded after the pane shows: ${kb(report.lazy.raw)} raw, ${kb(report.lazy.gzip)} gzip\n`,
    );
  }
  if (report.maxGzipBytes !== null && report.taskpane.gzip > report.maxGzipBytes) {
    process.stderr.write(
      `bundle-size: the task pane's JS is ${kb(report.taskpane.gzip)} gzip, above the limit of ${options.maxGzipKb} KiB\n`,
    );
    return 1;
  }
  return 0;
}

module.exports = { measure };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
