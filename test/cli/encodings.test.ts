/** .csv and .tsv files in the encodings officers' machines save them in, read by evidence. */
import { promises as fs } from "fs";
import * as path from "path";
import { checkFile } from "../../src/cli/check";
import { decodeText } from "../../src/cli/read";
import { SEED_DIR } from "../helpers/seed";
import { utf16be, windows1258 } from "./files";
import { useTempDir } from "./helpers";

const tmp = useTempDir();

describe("decodeText", () => {
  const TEXT = "Số TT,Nội dung công việc,Kết quả thực hiện\n1,Hoàn thành,Chưa đạt 100%\n";
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8"), undefined],
    [
      "UTF-8 with a BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]),
      undefined,
    ],
    [
      "UTF-16 LE with a BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]),
      "utf-16le",
    ],
    ["UTF-16 BE with a BOM", utf16be(TEXT), "utf-16be"],
    ["Windows-1258 (Excel's CSV on Vietnamese Windows)", windows1258(TEXT), "windows-1258"],
  ])("reads %s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual(encoding === undefined ? { text: TEXT } : { text: TEXT, encoding });
  });

  it("reads UTF-8 that is also valid Windows-1258 as UTF-8 (valid UTF-8 first)", () => {
    expect(decodeText(Buffer.from("Đạt", "utf8"))).toEqual({ text: "Đạt" });
  });

  it("refuses bytes that are no text", () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toBeNull();
  });
});

describe("the seed saved in other encodings", () => {
  it.each([
    [
      "windows-1258",
      (t: string) => windows1258(t),
      "Tệp không ở mã UTF-8 nên được đọc theo bảng mã Windows-1258",
    ],
    [
      "utf-16le",
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
      "Tệp được đọc theo mã UTF-16 LE",
    ],
    ["utf-16be", utf16be, "Tệp được đọc theo mã UTF-16 BE"],
  ])("is judged as the seed in %s, saying which encoding was read", async (encoding, encode, said) => {
    const text = await fs.readFile(path.join(SEED_DIR, "appendix.tsv"), "utf8");
    const file = path.join(tmp(), `seed-${encoding}.tsv`);
    await fs.writeFile(file, encode(text));
    const report = await checkFile(file, "vi");
    const original = await checkFile(path.join(SEED_DIR, "appendix.tsv"), "vi");
    expect(report.tables.map((t) => t.summary)).toEqual(original.tables.map((t) => t.summary));
    expect(report.tables[0]?.summary).toMatchObject({ tasks: 26, met: 20 });
    expect(report.tables.map((t) => t.tasks.map((x) => [x.ordinal, x.content, x.verdict]))).toEqual(
      original.tables.map((t) => t.tasks.map((x) => [x.ordinal, x.content, x.verdict])),
    );
    expect(report.findings[0]).toMatchObject({ code: "text-encoding", severity: "info" });
    expect(report.findings[0]?.message.startsWith(said)).toBe(true);
    expect(original.findings.some((f) => f.code === "text-encoding")).toBe(false);
  });
});
