/**
 * Starts the pane: a plain message on the old IE webview, a clear message outside Excel, the checker inside
 * Excel. Everything it needs from the page and from Office comes in `env`, so tests can start it.
 */
import { createRoot } from "react-dom/client";
import type { CheckerApi } from "./api";
import { App } from "./App";
import { languageOf, PANE, type Language } from "../i18n";

export interface BootEnv {
  readonly userAgent: string;
  /** Office, once office.js is ready; null when office.js did not load (opened in a plain browser, offline). */
  readonly office: {
    readonly onReady: () => Promise<{ readonly host: unknown }>;
    readonly displayLanguage: () => string | undefined;
  } | null;
  /** The browser's language, for the messages shown outside Office. */
  readonly browserLanguage: string;
  readonly makeApi: (language: Language) => CheckerApi;
}

export type BootOutcome = "old-webview" | "outside-excel" | "excel";

/** A message in plain HTML: it must show even where React cannot run. */
export function showMessage(root: HTMLElement, text: string): void {
  const message = root.ownerDocument.createElement("p");
  message.setAttribute("role", "alert");
  message.style.cssText = "margin:16px;font:14px/1.4 'Segoe UI',sans-serif;color:#242424";
  message.textContent = text;
  root.replaceChildren(message);
}

export async function boot(root: HTMLElement, env: BootEnv): Promise<BootOutcome> {
  if (env.userAgent.includes("Trident")) {
    showMessage(root, PANE[languageOf(env.browserLanguage)].oldOffice);
    return "old-webview";
  }
  const info = env.office ? await env.office.onReady() : null;
  if (!env.office || !info || info.host !== "Excel") {
    showMessage(root, PANE[languageOf(env.office?.displayLanguage() ?? env.browserLanguage)].outsideExcel);
    return "outside-excel";
  }
  const language = languageOf(env.office.displayLanguage());
  createRoot(root).render(<App api={env.makeApi(language)} language={language} />);
  return "excel";
}
