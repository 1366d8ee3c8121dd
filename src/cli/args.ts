/** Command-line arguments: parsed into options, or a usage error that says what was wrong. */
import { CLI, isLanguage, LANGUAGES, type Language } from "../i18n";
import { DEFAULT_LIMITS, LIMIT_NAMES, withLimit, type Limits } from "./limits";

export type OutputFormat = "text" | "json";

export interface CliOptions {
  readonly lang: Language;
  readonly format: OutputFormat;
  readonly out: string | null;
  /** --summary: the consolidated workbook of a batch run; directories among the inputs are walked. */
  readonly summary?: string;
  /** --report: a workbook with the table laid out for pasting into the Word report. */
  readonly report?: string;
  readonly help: boolean;
  readonly files: readonly string[];
  /** Bounds for untrusted files, the defaults unless --limit NAME=VALUE raised or lowered one. */
  readonly limits: Limits;
}

export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly lang: Language; readonly message: string };

const FORMATS: readonly OutputFormat[] = ["text", "json"];
const VALUE_OPTIONS = ["--lang", "--format", "--out", "--summary", "--report", "--limit"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** The language asked for, looked up first so that even a usage error speaks it. */
function requestedLanguage(argv: readonly string[]): Language {
  let lang: Language = "vi";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined && isLanguage(value)) lang = value;
  }
  return lang;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang0 = requestedLanguage(argv);
  const t = CLI[lang0];
  const fail = (message: string): ParsedArgs => ({ ok: false, lang: lang0, message: t.usageError(message) });

  let lang: Language = "vi";
  let format: OutputFormat = "text";
  let out: string | null = null;
  let summary: string | null = null;
  let report: string | null = null;
  let help = false;
  let limits: Limits = DEFAULT_LIMITS;
  const files: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (!isValueOption(name)) return fail(t.unknownOption(arg));
      let value: string | undefined;
      if (eq > 0) {
        value = arg.slice(eq + 1);
      } else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        return fail(t.missingValue(name));
      }
      switch (name) {
        case "--lang":
          if (!isLanguage(value)) return fail(t.badValue(name, value, LANGUAGES.join("|")));
          lang = value;
          break;
        case "--format":
          if (!(FORMATS as readonly string[]).includes(value))
            return fail(t.badValue(name, value, "text|json"));
          format = value as OutputFormat;
          break;
        case "--out":
          out = value;
          break;
        case "--report":
          report = value;
          break;
        case "--summary":
          summary = value;
          break;
        case "--limit": {
          const next = withLimit(limits, value);
          if (typeof next === "string") return fail(t.badValue(name, value, `${LIMIT_NAMES.join("|")}=N`));
          limits = next;
          break;
        }
      }
      continue;
    }
    files.push(arg);
  }

  if (!help && files.length === 0) return fail(t.noFiles);
  return {
    ok: true,
    options: {
      lang,
      format,
      out,
      help,
      files,
      limits,
      ...(summary === null ? {} : { summary }),
      ...(report === null ? {} : { report }),
    },
  };
}
