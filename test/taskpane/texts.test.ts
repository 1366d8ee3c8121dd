// The pane's own part of its texts: a hint for each adapter error. The texts' parity across languages,
// languageOf and fill are src/i18n's (test/i18n/index.test.ts).
import { LANGUAGES, OFFICE, PANE } from "../../src/i18n";
import { ERROR_HINTS } from "../../src/taskpane/texts";

describe("the pane's hints", () => {
  test("every adapter error has a hint, and every language words both", () => {
    expect(Object.keys(ERROR_HINTS).sort()).toEqual([
      "empty-sheet",
      "host-error",
      "no-table",
      "report-copy",
      "unsupported",
    ]);
    for (const language of LANGUAGES) {
      expect(Object.keys(OFFICE[language].errors).sort()).toEqual(Object.keys(ERROR_HINTS).sort());
      for (const key of Object.values(ERROR_HINTS)) expect(PANE[language][key].trim()).not.toBe("");
    }
  });
});
