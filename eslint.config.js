// @ts-check
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettierConfig = require("eslint-config-prettier");

const forbiddenInCore = [
  { name: "exceljs", message: "src/core is a pure engine: file I/O belongs in src/cli." },
  { name: "react", message: "src/core is a pure engine: UI belongs in src/taskpane." },
];

/** The layering, arrow by arrow: core ← i18n ← office, cli ← taskpane, commands. */
const NODE = { group: ["node:*", "fs", "path", "os", "child_process"], message: "No Node APIs here." };
const UI = {
  group: ["react", "react-dom", "react/*", "@fluentui/*"],
  message: "Only src/taskpane uses React and Fluent UI.",
};
/** Imports of these folders from anywhere below src/ ("../cli", "../../office/check"). */
const up = (...names) => [
  ...new Set(
    names.flatMap((name) =>
      ["../", "../../", "../../../", "../../../../"].flatMap((dots) => [
        `${dots}${name}`,
        `${dots}${name}/**`,
      ]),
    ),
  ),
];
const layer = (files, patterns, paths = []) => ({
  files,
  rules: { "no-restricted-imports": ["error", { paths, patterns }] },
});
const layering = [
  layer(
    ["src/i18n/**/*.ts"],
    [
      NODE,
      UI,
      { group: up("office", "cli", "taskpane", "commands"), message: "src/i18n builds on src/core only." },
    ],
    [{ name: "exceljs", message: "src/i18n builds on src/core only." }],
  ),
  layer(
    ["src/office/**/*.ts"],
    [
      NODE,
      UI,
      { group: up("cli", "taskpane", "commands"), message: "src/office knows no CLI, pane or command." },
    ],
    [{ name: "exceljs", message: "src/office talks to Excel through Office.js only." }],
  ),
  layer(
    ["src/cli/**/*.ts"],
    [
      UI,
      { group: ["office-*", "@microsoft/*"], message: "src/cli knows no Office." },
      { group: up("office", "taskpane", "commands"), message: "src/cli knows no Office, pane or command." },
    ],
  ),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    [
      NODE,
      { group: up("cli", "commands"), message: "The pane reaches Excel through src/office, never the CLI." },
    ],
    [{ name: "exceljs", message: "The pane reaches Excel through src/office." }],
  ),
  layer(
    ["src/commands/**/*.ts"],
    [
      NODE,
      UI,
      {
        group: up("cli", "taskpane"),
        message: "The ribbon command reaches texts through src/i18n and Excel through src/office only.",
      },
    ],
    [{ name: "exceljs", message: "The ribbon command reaches Excel through src/office." }],
  ),
];

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "dist-web/**", "out/**", "coverage/**", ".tmp/**"] },
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // The engine reads no host, clock, DOM, Node API or console.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: forbiddenInCore,
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "No Node APIs in src/core." },
            {
              group: ["@fluentui/*", "react-dom", "office-*", "@microsoft/*"],
              message: "No UI or Office in src/core.",
            },
            {
              group: up("office", "cli", "taskpane", "commands"),
              message: "src/core imports only itself.",
            },
            {
              group: up("i18n"),
              message: "src/core holds no text: the catalogues (src/i18n) build on it.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "console",
        "process",
        "Date",
        "performance",
        "navigator",
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "The engine is deterministic." },
      ],
    },
  },
  ...layering,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
