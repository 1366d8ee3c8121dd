#!/usr/bin/env node
// Writes a copy of manifest.xml for another web origin:
//
//   node scripts/manifest-url.js https://example.org/par out/manifest.xml
//
// Every https://localhost:3000 (the dev server) becomes the given base URL, so
// https://localhost:3000/taskpane.html becomes https://example.org/par/taskpane.html. <AppDomain> names a
// domain, not a folder, so it gets the base URL's origin (https://example.org). The base URL must be https,
// without a trailing slash, query or fragment. manifest.xml itself is never changed.
// Exit codes: 0 written, 1 the files could not be read or written, 2 bad arguments.
"use strict";
const fs = require("fs");
const path = require("path");

const DEV_ORIGIN = "https://localhost:3000";
const MANIFEST = path.join(__dirname, "..", "manifest.xml");
const USAGE = "usage: node scripts/manifest-url.js https://HOST[/PATH] OUTPUT.xml";

class UsageError extends Error {}

/** Checks the base URL and returns its origin; throws a UsageError saying what is wrong. */
function checkBaseUrl(base) {
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`“${base}” is not a URL; expected something like https://example.org/par`);
  }
  if (url.protocol !== "https:" || !base.startsWith("https://")) {
    throw new UsageError(`“${base}” must start with https:// (Office loads add-ins only over HTTPS)`);
  }
  if (base.endsWith("/")) {
    throw new UsageError(`“${base}” must not end with a slash: write ${base.replace(/\/+$/, "")}`);
  }
  if (url.search || url.hash || base.includes("?") || base.includes("#")) {
    throw new UsageError(`“${base}” must not have a query (?…) or fragment (#…)`);
  }
  if (url.username || url.password) {
    throw new UsageError(`“${base}” must not contain a user name or password`);
  }
  if (/[\s"'<>&\\]/.test(base)) {
    throw new UsageError(`“${base}” contains a character that cannot go into the manifest as is`);
  }
  return url.origin;
}

/** The manifest text with the dev origin replaced. */
function rewrite(xml, base, origin) {
  if (!xml.includes(DEV_ORIGIN)) throw new Error(`the manifest does not mention ${DEV_ORIGIN}`);
  return xml
    .replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, `$1${origin}$2`)
    .split(DEV_ORIGIN)
    .join(base);
}

function main(argv) {
  if (argv.length !== 2) throw new UsageError(USAGE);
  const [base, output] = argv;
  const origin = checkBaseUrl(base);
  const outputPath = path.resolve(output);
  if (outputPath === path.resolve(MANIFEST)) {
    throw new UsageError("the output must not be manifest.xml itself");
  }
  const xml = fs.readFileSync(MANIFEST, "utf8");
  const result = rewrite(xml, base, origin);
  fs.mkdirSync(path.dirname(outputPath), { recursive: true });
  fs.writeFileSync(outputPath, result);
  process.stdout.write(`${output}: manifest for ${base}\n`);
}

module.exports = { checkBaseUrl, rewrite };

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    const usage = error instanceof UsageError;
    process.stderr.write(`manifest-url: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = usage ? 2 : 1;
  }
}
