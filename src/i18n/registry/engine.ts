/** The engine's findings, reasons and the planners' words, by language. */
import { engine as en } from "../en";
import type { EngineTexts } from "../types";
import { engine as vi } from "../vi";
import type { Language } from "./languages";

export const ENGINE: Readonly<Record<Language, EngineTexts>> = { vi, en };
