/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are caught by `npm run typecheck`; ts-jest only transpiles here
    // (tsconfig's isolatedModules makes it transpile file by file).
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup/jsdom-globals.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  // The task pane renders Fluent UI in jsdom: seconds per test when the shared 2-core machine is busy.
  // Speed is measured by `npm run bench`, not by test timeouts.
  testTimeout: 30000,
};
