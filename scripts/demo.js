#!/usr/bin/env node
// The demo: checks the sample appendix of xã Phú Đình (2024) with the compiled par-check, prints the
// Vietnamese report and writes the annotated copy to out/. Run with `npm run demo` (it builds first).
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    "demo: dist/src/cli/main.js is missing; run `npm run build` first (npm run demo does).\n",
  );
  process.exit(1);
}
const { main } = require(compiled);

const input = path.join(root, "test", "fixtures", "phu-dinh-2024", "appendix.xlsx");
const outDir = path.join(root, "out");
const output = path.join(outDir, "phu-dinh-2024.checked.xlsx");

async function demo() {
  fs.mkdirSync(outDir, { recursive: true });
  const code = await main(
    [path.relative(process.cwd(), input), "--out", path.relative(process.cwd(), output)],
    {
      stdout: process.stdout,
      stderr: process.stderr,
      isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    },
  );
  if (code === 0 && fs.existsSync(output)) {
    process.stdout.write(
      `\nMở ${path.relative(process.cwd(), output)} trong Excel để xem ba cột đánh giá (annotated copy).\n`,
    );
  }
  return code;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
