/// <reference types="office-js" />
/** The task pane's entry point: wires the real Office into `boot`. */
import { officeHost } from "../office";
import { createCheckerApi } from "./api";
import { boot } from "./boot";

const root = document.getElementById("root");
if (root) {
  const office = typeof Office === "undefined" ? null : Office;
  void boot(root, {
    userAgent: navigator.userAgent,
    browserLanguage: navigator.language,
    office: office && {
      onReady: () => office.onReady(),
      // Office.context exists only once onReady has resolved.
      displayLanguage: () => office.context?.displayLanguage,
    },
    makeApi: (language) => createCheckerApi(officeHost(), language),
  });
}
