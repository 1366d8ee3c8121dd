import { parseArgs } from "../../src/cli/args";
import { DEFAULT_LIMITS } from "../../src/cli/limits";

describe("parseArgs", () => {
  it.each<[string, string[], object]>([
    [
      "one file, defaults",
      ["a.xlsx"],
      { lang: "vi", format: "text", out: null, help: false, files: ["a.xlsx"] },
    ],
    [
      "every option, spaced",
      ["--lang", "en", "--format", "json", "--out", "o.xlsx", "a.xlsx"],
      { lang: "en", format: "json", out: "o.xlsx", help: false, files: ["a.xlsx"] },
    ],
    [
      "every option with =",
      ["--lang=en", "--format=json", "--out=dir", "a.csv", "b.tsv"],
      { lang: "en", format: "json", out: "dir", help: false, files: ["a.csv", "b.tsv"] },
    ],
    [
      "options after files",
      ["a.xlsx", "--lang", "en"],
      { lang: "en", format: "text", out: null, help: false, files: ["a.xlsx"] },
    ],
    ["--help alone", ["--help"], { lang: "vi", format: "text", out: null, help: true, files: [] }],
    ["-h alone", ["-h"], { lang: "vi", format: "text", out: null, help: true, files: [] }],
    [
      "-- ends options",
      ["--", "--lang", "-x.xlsx"],
      { lang: "vi", format: "text", out: null, help: false, files: ["--lang", "-x.xlsx"] },
    ],
    [
      "limits, spaced and with =",
      ["--limit", "file-mb=5", "--limit=cells=1000", "a.xlsx"],
      {
        lang: "vi",
        format: "text",
        out: null,
        help: false,
        files: ["a.xlsx"],
        limits: { ...DEFAULT_LIMITS, "file-mb": 5, cells: 1000 },
      },
    ],
  ])("%s", (_name, argv, options) => {
    expect(parseArgs(argv)).toEqual({ ok: true, options: { limits: DEFAULT_LIMITS, ...options } });
  });

  it.each<[string, string[], string]>([
    ["an unknown option", ["--verbose", "a.xlsx"], "tùy chọn không hợp lệ --verbose."],
    ["an unknown short option", ["-x", "a.xlsx"], "tùy chọn không hợp lệ -x."],
    ["no files", [], "chưa chỉ ra tệp nào để kiểm tra."],
    ["only options", ["--format", "json"], "chưa chỉ ra tệp nào để kiểm tra."],
    ["a missing value at the end", ["a.xlsx", "--out"], "tùy chọn --out cần một giá trị."],
    [
      "an option where a value belongs",
      ["--lang", "--format", "json", "a.xlsx"],
      "tùy chọn --lang cần một giá trị.",
    ],
    ["an empty value", ["--format=", "a.xlsx"], "tùy chọn --format cần một giá trị."],
    ["a bad language", ["--lang", "fr", "a.xlsx"], "giá trị “fr” không hợp lệ cho --lang; cần vi|en."],
    [
      "a bad format",
      ["--format", "xml", "a.xlsx"],
      "giá trị “xml” không hợp lệ cho --format; cần text|json.",
    ],
    [
      "an unknown limit",
      ["--limit", "rows=5", "a.xlsx"],
      "giá trị “rows=5” không hợp lệ cho --limit; cần file-mb|unpacked-mb|ratio|parts|cells|cell-chars=N.",
    ],
    [
      "a limit that is no number",
      ["--limit", "cells=many", "a.xlsx"],
      "giá trị “cells=many” không hợp lệ cho --limit; cần file-mb|unpacked-mb|ratio|parts|cells|cell-chars=N.",
    ],
  ])("reports %s as a usage error", (_name, argv, detail) => {
    expect(parseArgs(argv)).toEqual({
      ok: false,
      lang: "vi",
      message: `par-check: ${detail} Xem par-check --help.`,
    });
  });

  it("words usage errors in English when --lang en is given", () => {
    expect(parseArgs(["--lang", "en", "--bogus", "a.xlsx"])).toEqual({
      ok: false,
      lang: "en",
      message: "par-check: unknown option --bogus. See par-check --help.",
    });
  });
});
