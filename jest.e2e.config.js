// The real-browser tests: `npm run test:e2e` (builds dist-web/, then runs test/e2e/**/*.e2e.ts in Debian's
// Chromium through playwright-core; see test/e2e/harness.ts).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup/no-console.ts"],
  // Starting Chromium and bundling the office.js stand-in take seconds, not milliseconds.
  testTimeout: 120_000,
  // One browser at a time.
  maxWorkers: 1,
};
