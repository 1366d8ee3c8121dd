/// <reference types="office-js" />
/** The function file behind the ribbon button: checks the active sheet without opening the pane. */
import { checkActiveSheet, officeHost } from "../office";
import { languageOf } from "../i18n";
import { runCheckCommand, type CommandEvent } from "./run";

function checkAppendix(event: CommandEvent): void {
  const language = languageOf(Office.context.displayLanguage);
  void runCheckCommand(event, () => checkActiveSheet(officeHost(), { language }));
}

// Hosts without Office.actions (older builds) look the manifest's FunctionName up on the global object.
Object.assign(globalThis, { checkAppendix });

Office.onReady(() => {
  // Optional call: Office.actions is missing on those older builds.
  Office.actions?.associate("checkAppendix", checkAppendix);
});
