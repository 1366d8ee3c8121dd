/**
 * npm run phrases          writes test/fixtures/phrases.md
 * npm run phrases:check    exits 1 when the checked-in file differs from what the engine reads now
 */
import { runGenerator } from "./generated";
import { PHRASES_FILE, renderPhraseTable } from "./phrase-table";

process.exitCode = runGenerator(PHRASES_FILE, "npm run phrases", renderPhraseTable, process.argv.slice(2));
