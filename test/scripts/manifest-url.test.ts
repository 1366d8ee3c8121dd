// scripts/manifest-url.js, run as the build runs it: a separate node process, writing into a temp dir.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "manifest-url.js");
const MANIFEST = path.join(ROOT, "manifest.xml");

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-url-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/manifest-url.js", () => {
  it("writes a copy with every dev URL moved to the given base URL", () => {
    const before = fs.readFileSync(MANIFEST, "utf8");
    const result = run("https://example.org/par", "out/manifest.xml");
    expect(result).toEqual({
      status: 0,
      stdout: "out/manifest.xml: manifest for https://example.org/par\n",
      stderr: "",
    });

    const written = fs.readFileSync(path.join(dir, "out", "manifest.xml"), "utf8");
    expect(written).not.toContain("localhost");
    expect(written).toContain('<SourceLocation DefaultValue="https://example.org/par/taskpane.html"/>');
    expect(written).toContain('DefaultValue="https://example.org/par/commands.html"');
    expect(written).toContain('DefaultValue="https://example.org/par/assets/icon-16.png"');
    // <AppDomain> takes a domain, not a folder.
    expect(written).toContain("<AppDomain>https://example.org</AppDomain>");
    // Nothing else changes, and manifest.xml itself is left alone.
    const devCount = before.split("https://localhost:3000").length - 1;
    expect(written.split("https://example.org/par").length - 1).toBe(devCount - 1);
    expect(
      written
        .replace(
          "<AppDomain>https://example.org</AppDomain>",
          "<AppDomain>https://localhost:3000</AppDomain>",
        )
        .split("https://example.org/par")
        .join("https://localhost:3000"),
    ).toBe(before);
    expect(fs.readFileSync(MANIFEST, "utf8")).toBe(before);
  });

  it("accepts an origin without a path and with a port", () => {
    expect(run("https://addin.example.vn:8443", "manifest.xml").status).toBe(0);
    const written = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    expect(written).toContain('DefaultValue="https://addin.example.vn:8443/taskpane.html"');
    expect(written).toContain("<AppDomain>https://addin.example.vn:8443</AppDomain>");
  });

  it.each([
    ["http://example.org/par", "must start with https://"],
    ["https://example.org/par/", "must not end with a slash: write https://example.org/par"],
    ["https://example.org/", "must not end with a slash: write https://example.org"],
    ["example.org/par", "is not a URL"],
    ["https://example.org/par?v=2", "must not have a query"],
    ["https://example.org/par#top", "must not have a query (?…) or fragment (#…)"],
    ["https://user:secret@example.org", "must not contain a user name or password"],
    ["https://example.org/a&b", "contains a character that cannot go into the manifest"],
  ])("refuses %s with a clear message and writes nothing", (base, message) => {
    const result = run(base, "out/manifest.xml");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`manifest-url: “${base}”`);
    expect(result.stderr).toContain(message);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("prints its usage when the arguments are missing", () => {
    for (const args of [[], ["https://example.org"], ["https://example.org", "a.xml", "b.xml"]]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        "manifest-url: usage: node scripts/manifest-url.js https://HOST[/PATH] OUTPUT.xml\n",
      );
    }
  });

  it("refuses to overwrite manifest.xml", () => {
    const before = fs.readFileSync(MANIFEST, "utf8");
    const result = run("https://example.org", MANIFEST);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("must not be manifest.xml itself");
    expect(fs.readFileSync(MANIFEST, "utf8")).toBe(before);
  });

  it("fails with status 1 when the output cannot be written", () => {
    fs.writeFileSync(path.join(dir, "file"), "");
    const result = run("https://example.org", "file/manifest.xml");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^manifest-url: .*(EEXIST|ENOTDIR)/);
  });
});
