/** The layering lint enforces, arrow by arrow: core ← i18n ← office, cli ← taskpane, commands. */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

type Case = readonly [file: string, source: string, why: string];

const REFUSED: readonly Case[] = [
  ["src/core/readings/x.ts", 'import { ENGINE } from "../../i18n";', "core holds no text"],
  ["src/core/x.ts", 'import { main } from "../cli";', "core imports only itself"],
  ["src/core/lexicon/vi/x.ts", 'import { checkActiveSheet } from "../../../office";', "core knows no Office"],
  ["src/core/x.ts", 'import * as fs from "fs";', "core reads no files"],
  ["src/i18n/x.ts", 'import { main } from "../cli";', "the catalogues build on core only"],
  [
    "src/i18n/registry/x.ts",
    'import { checkActiveSheet } from "../../office";',
    "the catalogues build on core only",
  ],
  ["src/office/x.ts", 'import { useState } from "react";', "the adapter knows no React"],
  ["src/office/x.ts", 'import { main } from "../cli";', "the adapter knows no CLI"],
  ["src/cli/x.ts", 'import { checkActiveSheet } from "../office";', "the CLI knows no Office"],
  ["src/cli/x.ts", 'import { Button } from "@fluentui/react-components";', "the CLI knows no UI"],
  [
    "src/commands/x.ts",
    'import { PANE } from "../taskpane/texts";',
    "the command reaches texts through i18n",
  ],
  ["src/taskpane/x.ts", 'import { main } from "../cli";', "the pane knows no CLI"],
];

const ALLOWED: readonly Case[] = [
  ["src/i18n/x.ts", 'import { ENGINE } from "./registry/engine";', "a catalogue's own registry"],
  ["src/i18n/x.ts", 'import { formatNumber } from "../core";', "the catalogues build on core"],
  ["src/office/x.ts", 'import { OFFICE } from "../i18n";', "the adapter words its messages"],
  ["src/cli/x.ts", 'import { CLI } from "../i18n";', "the CLI words its report"],
  ["src/commands/x.ts", 'import { languageOf } from "../i18n";', "the command picks a language"],
  [
    "src/taskpane/x.ts",
    'import { checkActiveSheet } from "../office";',
    "the pane reaches Excel through the adapter",
  ],
];

// One ESLint run for every case, in a process of its own (see the helper for why).
const verdicts: readonly boolean[] = JSON.parse(
  execFileSync(process.execPath, [path.join(__dirname, "helpers", "lint-imports.js")], {
    input: JSON.stringify([...REFUSED, ...ALLOWED].map(([file, source]) => [file, source])),
    encoding: "utf8",
  }),
) as boolean[];

describe("the layering", () => {
  it.each(REFUSED.map((c, i) => [...c, verdicts[i]] as const))("%s: %s is refused (%s)", (...row) => {
    expect(row[3]).toBe(true);
  });

  it.each(ALLOWED.map((c, i) => [...c, verdicts[REFUSED.length + i]] as const))(
    "%s: %s is allowed (%s)",
    (...row) => {
      expect(row[3]).toBe(false);
    },
  );
});
