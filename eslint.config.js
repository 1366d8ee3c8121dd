// @ts-check
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettierConfig = require("eslint-config-prettier");

const forbiddenInCore = [
  { name: "exceljs", message: "src/core is a pure engine: file I/O belongs in src/cli." },
  { name: "react", message: "src/core is a pure engine: UI belongs in src/taskpane." },
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
              group: ["**/office/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
              message: "src/core imports only itself.",
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
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
