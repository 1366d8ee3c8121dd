import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require("../../scripts/bundle-size.js") as {
  measure: (dir: string, prefix: string) => { file: string; raw: number; gzip: number }[];
};

test("measures raw and gzip bytes of the named bundles only, source maps left out", () => {
  const dir = mkdtempSync(join(tmpdir(), "bundle-size-"));
  try {
    const body = "console.log('xin chào');".repeat(200);
    writeFileSync(join(dir, "taskpane.abc123.js"), body);
    writeFileSync(join(dir, "taskpane.abc123.js.map"), "{}");
    writeFileSync(join(dir, "commands.def456.js"), "1");
    const out = measure(dir, "taskpane");
    expect(out).toEqual([
      { file: "taskpane.abc123.js", raw: Buffer.byteLength(body), gzip: gzipSync(body, { level: 9 }).length },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
