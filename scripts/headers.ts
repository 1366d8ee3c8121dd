/**
 * npm run headers          writes test/fixtures/headers.md
 * npm run headers:check    exits 1 when the checked-in file differs from the roles the engine gives now
 */
import { runGenerator } from "./generated";
import { HEADERS_FILE, renderHeaderTable } from "./header-table";

process.exitCode = runGenerator(HEADERS_FILE, "npm run headers", renderHeaderTable, process.argv.slice(2));
