import { runCheckCommand } from "../../src/commands/run";
import { seedCheck } from "./helpers";

describe("the ribbon's check command", () => {
  test("reports completion after a successful check", async () => {
    const event = { completed: jest.fn() };
    const result = seedCheck();
    expect(await runCheckCommand(event, async () => result)).toBe(result);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("reports completion after a failed check", async () => {
    const event = { completed: jest.fn() };
    const failure = { ok: false as const, code: "no-table" as const, message: "Không tìm thấy bảng phụ lục" };
    expect(await runCheckCommand(event, async () => failure)).toBe(failure);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("reports completion even when the check throws", async () => {
    const event = { completed: jest.fn() };
    const check = async (): Promise<never> => {
      throw new Error("RichApi.Error");
    };
    expect(await runCheckCommand(event, check)).toBeNull();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("does not wait for completion before the check has run", async () => {
    const event = { completed: jest.fn() };
    let finish: () => void = () => undefined;
    const pending = runCheckCommand(
      event,
      () => new Promise((resolve) => (finish = () => resolve(seedCheck()))),
    );
    expect(event.completed).not.toHaveBeenCalled();
    finish();
    await pending;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("commands.ts in Office", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
    delete globals.checkAppendix;
  });

  test("associates checkAppendix, which marks the active sheet and always completes", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { seedWorkbook, cellsOf } = require("../office/helpers") as typeof import("../office/helpers");
    const excel = seedWorkbook();
    const host = excel.host();
    const associate = jest.fn();
    globals.Office = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({ host: "Excel" });
      },
      actions: { associate },
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: (_: string, v: string) => host.supports(v) },
      },
    };
    globals.Excel = { run: host.run };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/commands/commands");
    });
    expect(associate).toHaveBeenCalledWith("checkAppendix", globals.checkAppendix);
    const handler = associate.mock.calls[0]?.[1] as (event: { completed: () => void }) => void;

    const completed = jest.fn();
    handler({ completed });
    for (let i = 0; i < 200 && completed.mock.calls.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(completed).toHaveBeenCalledTimes(1);
    expect(cellsOf(excel).E35?.value).toBe("Unmet");
  });
});
