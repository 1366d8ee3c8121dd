/**
 * One catalogue per language. Each language is one module (`vi.ts`, `en.ts`) exporting the same parts;
 * a registry per part (`registry/`) takes that part of each language by name, so a bundle keeps only the
 * parts it uses (the task pane carries no command-line text). Adding a language: one module like `en.ts`,
 * its code in `registry/languages.ts`, its line in each registry, and its locale in manifest.xml.
 */
import type { Issue } from "../core";
import { name as enName } from "./en";
import { ENGINE } from "./registry/engine";
import { LANGUAGES, type Language } from "./registry/languages";
import type { LanguageModule } from "./types";
import { name as viName } from "./vi";

export { CLI } from "./registry/cli";
export { ENGINE } from "./registry/engine";
export { OFFICE } from "./registry/office";
export { PANE } from "./registry/pane";

export type {
  CliTexts,
  EngineTexts,
  FileProblemTemplates,
  FindingTemplates,
  Formatters,
  LanguageModule,
  OfficeErrorCode,
  OfficeTexts,
  PaneTextKey,
  PaneTexts,
  ReasonTemplates,
  WriteFailure,
} from "./types";

export { LANGUAGES, type Language } from "./registry/languages";

// Each module must provide every part: the compiler checks it here, at no cost to the bundle.
type Provides<M> = M extends LanguageModule ? true : never;
const modulesProvideEverything: Provides<typeof import("./vi")> & Provides<typeof import("./en")> = true;
void modulesProvideEverything;

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { vi: viName, en: enName };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language for Office's display language ("vi-VN", "en-US"): its own when known, else English. */
export function languageOf(displayLanguage: string | undefined | null): Language {
  const code = (displayLanguage ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguage(code) ? code : "en";
}

/** The text of a finding or reason in a language. */
export function describe(issue: Issue, language: Language = "vi"): string {
  return ENGINE[language].describe(issue);
}

/** Whether a language has a text for a code; the parity test walks every code through this. */
export function hasText(code: string, language: Language): boolean {
  const engine = ENGINE[language];
  return (
    typeof (engine.reasons as unknown as Record<string, unknown>)[code] === "function" ||
    typeof (engine.findings as unknown as Record<string, unknown>)[code] === "function"
  );
}

/** A text with its {placeholders} filled. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
