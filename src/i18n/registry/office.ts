/** The Excel adapter's messages and report sheet names, by language. */
import { office as en } from "../en";
import type { OfficeTexts } from "../types";
import { office as vi } from "../vi";
import type { Language } from "./languages";

export const OFFICE: Readonly<Record<Language, OfficeTexts>> = { vi, en };
