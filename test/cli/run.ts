/** Runs par-check in-process, as the tests of the whole command do. */
import { main } from "../../src/cli/main";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs par-check in-process with string collectors for stdout and stderr. */
export async function run(argv: readonly string[], columns?: number): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: false,
    ...(columns === undefined ? {} : { columns }),
  });
  return { code, stdout, stderr };
}
