/** The command line's texts, by language: only par-check imports this. */
import { cli as en } from "../en";
import type { CliTexts } from "../types";
import { cli as vi } from "../vi";
import type { Language } from "./languages";

export const CLI: Readonly<Record<Language, CliTexts>> = { vi, en };
