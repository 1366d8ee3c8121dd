import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { baselineCompilerOptions, buildBaseline } from "../../scripts/baseline";

const root = path.join(__dirname, "..", "..");

let outRoot: string;

beforeAll(() => {
  outRoot = fs.mkdtempSync(path.join(os.tmpdir(), "par-baseline-"));
});

afterAll(() => {
  fs.rmSync(outRoot, { recursive: true, force: true });
});

describe("buildBaseline", () => {
  it("compiles src/core of HEAD into the given folder, exporting analyzeSheet, and reuses the build", () => {
    const index = buildBaseline("HEAD", root, outRoot);
    expect(path.isAbsolute(index)).toBe(true);
    expect(path.relative(outRoot, index).split(path.sep).slice(1)).toEqual(["dist", "index.js"]);
    expect(fs.existsSync(index)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time
    const engine = require(index) as { analyzeSheet?: unknown };
    expect(typeof engine.analyzeSheet).toBe("function");

    const built = fs.statSync(index).mtimeMs;
    expect(buildBaseline("HEAD", root, outRoot)).toBe(index);
    expect(fs.statSync(index).mtimeMs).toBe(built);
    // Only the finished build is left: no partial folders.
    expect(fs.readdirSync(outRoot)).toEqual([path.basename(path.dirname(path.dirname(index)))]);
  });

  it("names an unknown revision in its error", () => {
    expect(() => buildBaseline("no-such-revision-3f2a", root, outRoot)).toThrow(
      /Unknown git revision "no-such-revision-3f2a"/,
    );
    expect(() => buildBaseline("--help", root, outRoot)).toThrow(/"--help" is not a git revision/);
  });

  it("names a revision without src/core in its error", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), "par-baseline-repo-"));
    try {
      const git = (...args: string[]) =>
        execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], {
          cwd: repo,
          stdio: "pipe",
        });
      git("init", "--quiet");
      fs.writeFileSync(path.join(repo, "README.md"), "no engine here\n");
      git("add", "README.md");
      git("commit", "--quiet", "-m", "first");
      // The TypeScript is never reached, so this repository needs none.
      expect(() => buildBaseline("HEAD", repo, outRoot)).toThrow(
        /Git revision "HEAD" \(\w+\) has no src\/core/,
      );
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it("emits as tsconfig.build.json does", () => {
    const file = path.join(root, "tsconfig.build.json");
    const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file);
    const options = baselineCompilerOptions(ts);
    for (const key of ["target", "module", "moduleResolution", "esModuleInterop"] as const) {
      expect([key, options[key]]).toEqual([key, parsed.options[key]]);
    }
  });
});
