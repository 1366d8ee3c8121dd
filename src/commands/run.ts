/** The ribbon's "Kiểm tra phụ lục" button, apart from Office so that tests can run it. */
import type { CheckResult } from "../office";

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Runs one check and always tells Office the command is done, even when the check throws: a command that
 * never calls completed() leaves Excel's ribbon button busy. The outcome is on the sheet itself (the added
 * columns and summary block); a failure is returned for the caller, and the pane shows it in full.
 */
export async function runCheckCommand(
  event: CommandEvent,
  check: () => Promise<CheckResult>,
): Promise<CheckResult | null> {
  try {
    return await check();
  } catch {
    return null;
  } finally {
    event.completed();
  }
}
