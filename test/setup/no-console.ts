// Tests must stay silent: any console output fails the test that produced it.
const methods = ["log", "info", "warn", "error", "debug"] as const;

beforeEach(() => {
  for (const method of methods) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
});
