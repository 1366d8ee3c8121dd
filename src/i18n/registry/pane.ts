/** The task pane's texts, by language. */
import { pane as en } from "../en";
import type { PaneTexts } from "../types";
import { pane as vi } from "../vi";
import type { Language } from "./languages";

export const PANE: Readonly<Record<Language, PaneTexts>> = { vi, en };
