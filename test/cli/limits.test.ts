/** Bounds for untrusted files: refused before unpacking, with the limit named, and the run goes on. */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { DEFAULT_LIMITS, cellExcess, withLimit, zipEntries, zipExcess } from "../../src/cli/limits";
import { readInput } from "../../src/cli/read";
import { finding } from "../../src/core";
import { describe as describeIssue } from "../../src/i18n";
import { SEED_DIR } from "../helpers/seed";
import { useTempDir, writeWorkbook } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const MB = 1024 * 1024;

/** An .xlsx-like zip with one part of `mb` MB of zeros: a few KB packed, a bomb unpacked. */
async function bomb(mb: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(mb * MB, 0x20));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** A zip whose central directory says each part unpacks to `unpacked` bytes. */
function claiming(bytes: Buffer, unpacked: number): Buffer {
  const out = Buffer.from(bytes);
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0;) {
    out.writeUInt32LE(unpacked, at + 24);
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
  }
  return out;
}

describe("zipEntries", () => {
  it("lists a real workbook's parts from its central directory", async () => {
    const file = await writeWorkbook(at("book.xlsx"), [{ name: "Phụ lục", rows: [["Số TT"], [1]] }]);
    const entries = zipEntries(await fs.readFile(file));
    expect(entries?.length).toBeGreaterThan(5);
    expect(entries?.every((e) => e.unpacked >= 0 && e.packed >= 0)).toBe(true);
  });

  it("finds none in what is no zip", () => {
    expect(zipEntries(Buffer.from("PK\u0003\u0004 not a zip"))).toBeNull();
  });
});

describe("zipExcess", () => {
  it("refuses a part compressed beyond the ratio, before unpacking it", async () => {
    const excess = zipExcess(await bomb(16), DEFAULT_LIMITS);
    expect(excess).toMatchObject({ limit: "ratio", max: 200 });
    expect(excess!.value).toBeGreaterThan(200);
  });

  it("refuses what the directory says unpacks to more than the limit", async () => {
    const file = await writeWorkbook(at("claims.xlsx"), [{ name: "A", rows: [["x"]] }]);
    const bytes = claiming(await fs.readFile(file), 1024 * MB);
    expect(zipExcess(bytes, { ...DEFAULT_LIMITS, ratio: Number.MAX_SAFE_INTEGER })).toMatchObject({
      limit: "unpacked-mb",
      max: 500,
    });
  });

  it("lets an ordinary workbook through", async () => {
    const file = await writeWorkbook(at("fine.xlsx"), [{ name: "A", rows: [["x"]] }]);
    expect(zipExcess(await fs.readFile(file), DEFAULT_LIMITS)).toBeUndefined();
  });
});

describe("cellExcess", () => {
  it.each([
    [
      "too many cells",
      [{ cells: [["a", "b"], ["c"]] }],
      { ...DEFAULT_LIMITS, cells: 2 },
      { limit: "cells", value: 3, max: 2 },
    ],
    [
      "a cell too long",
      [{ cells: [["x".repeat(40_000)]] }],
      DEFAULT_LIMITS,
      { limit: "cell-chars", value: 40_000, max: 32_767 },
    ],
    [
      "a long cell as an object",
      [{ cells: [[{ value: "y".repeat(11) }]] }],
      { ...DEFAULT_LIMITS, "cell-chars": 10 },
      { limit: "cell-chars", value: 11, max: 10 },
    ],
  ])("finds %s", (_case, sheets, limits, excess) => {
    expect(cellExcess(sheets, limits)).toEqual(excess);
  });

  it("lets a sheet within the limits through", () => {
    expect(cellExcess([{ cells: [["a", null, undefined]] }], DEFAULT_LIMITS)).toBeUndefined();
  });
});

describe("withLimit", () => {
  it.each([
    ["cells=10", { ...DEFAULT_LIMITS, cells: 10 }],
    ["file-mb=2.5", { ...DEFAULT_LIMITS, "file-mb": 2.5 }],
    ["rows=10", "rows"],
    ["cells=0", "cells=0"],
    ["cells=x", "cells=x"],
  ])("%s", (spec, expected) => {
    expect(withLimit(DEFAULT_LIMITS, spec)).toEqual(expected);
  });
});

describe("readInput with limits", () => {
  it("refuses a zip bomb with the limit named, in each language", async () => {
    const file = at("bomb.xlsx");
    await fs.writeFile(file, await bomb(16));
    const read = await readInput(file);
    expect(read.ok ? null : read.issue.params).toMatchObject({
      file,
      detail: "too-large",
      limit: "ratio",
      max: 200,
    });
    if (read.ok) throw new Error("read a bomb");
    const issue = finding(read.issue.code, "error", read.issue.params);
    expect(describeIssue(issue, "vi")).toMatch(/vượt giới hạn ratio: [\d.]+ > 200 \(tỷ lệ nén/);
    expect(describeIssue(issue, "en")).toMatch(/over the limit ratio: [\d,]+ > 200 .*--limit ratio=…/);
  });

  it.each([
    ["file-mb", { ...DEFAULT_LIMITS, "file-mb": 0.001 }],
    ["cells", { ...DEFAULT_LIMITS, cells: 100 }],
    ["cell-chars", { ...DEFAULT_LIMITS, "cell-chars": 50 }],
  ] as const)("refuses the seed over a lowered %s limit", async (limit, limits) => {
    const read = await readInput(path.join(SEED_DIR, "appendix.tsv"), "appendix.tsv", limits);
    expect(read.ok ? null : read.issue.params).toMatchObject({ detail: "too-large", limit });
  });
});

describe("par-check with a bomb among its files", () => {
  it("refuses the bomb in one line and still checks the seed", async () => {
    const file = at("units-bomb.xlsx");
    await fs.writeFile(file, await bomb(16));
    const { code, stdout, stderr } = await run([file, path.join(SEED_DIR, "appendix.tsv")]);
    expect(code).toBe(0);
    expect(stderr.split("\n").filter((l) => l.includes("units-bomb.xlsx"))).toHaveLength(1);
    expect(stdout).toContain("20/26 đạt");
  });

  it("refuses the seed under a limit lowered with --limit, and exits 1", async () => {
    const { code, stderr } = await run(["--limit", "cells=10", path.join(SEED_DIR, "appendix.tsv")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/vượt giới hạn cells: \d+ > 10/);
  });
});
