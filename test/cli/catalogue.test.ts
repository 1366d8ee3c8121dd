/**
 * The catalogue of bad, hostile and unusual files (issue 10): each is built here, checked in one run together
 * with the seed, and must end one way only. A refused file gets exactly one line on stderr naming it and its
 * cause; a file that can be read is judged; the seed after it is judged 20/26 whatever came before; and the
 * input's bytes are the same after the run. Memory and time stay bounded because refusals come before or
 * while unpacking: the scanner's own figures are asserted in limits.test.ts and zip-scan.test.ts.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { toTCVN3, toVNI } from "vietnamese-conversion";
import { loadXlsx } from "../../src/cli/load";
import { REVIEW_NAMESPACE } from "../../src/core";
import { FIXTURES, SEED_DIR, seedGrid } from "../helpers/seed";
import {
  BILLION_LAUGHS,
  XXE,
  columnLetters,
  lyingBomb,
  rawXlsx,
  utf16be,
  utf16le,
  windows1258,
  type RawCell,
} from "./files";
import { cellValues, useTempDir, workbookValues, writeWorkbook } from "./helpers";
import { run } from "./run";

const tmp = useTempDir();
const at = (name: string): string => path.join(tmp(), name);
const SEED_TSV = path.join(SEED_DIR, "appendix.tsv");
const SEED_XLSX = path.join(SEED_DIR, "appendix.xlsx");
const MB = 1024 * 1024;

const seedRows = (): RawCell[][] => seedGrid().map((row) => row.map((cell) => (cell === "" ? null : cell)));
const csvOf = (rows: readonly (readonly RawCell[])[]): string =>
  rows.map((row) => row.map((cell) => `"${String(cell ?? "").replace(/"/g, '""')}"`).join(",")).join("\r\n");
const seedText = (): Promise<string> => fs.readFile(SEED_TSV, "utf8");
const write = (bytes: Buffer | string) => (file: string) => fs.writeFile(file, bytes);
/** A file's digest, or null when there is no file (or it is a folder). */
const digest = async (file: string): Promise<string | null> =>
  fs.readFile(file).then(
    (bytes) => createHash("sha256").update(bytes).digest("hex"),
    () => null,
  );

/** The seed workbook with one more part, or a part replaced. */
async function seedWith(parts: Readonly<Record<string, string>>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(SEED_XLSX));
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A compound file holding one stream of that name: enough for its kind to be told. */
const compoundFile = (stream: string): Buffer =>
  Buffer.concat([CFB, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);

interface Kind {
  readonly name: string;
  /** The file's name: its extension is part of the case. */
  readonly file: string;
  readonly build: (file: string) => Promise<unknown>;
  readonly args?: readonly string[];
  /** Refused: words of the one stderr line. Judged: met/tasks of its first table, and a finding it must carry. */
  readonly expect:
    | { readonly refused: string }
    | {
        readonly judged: string;
        /** A finding about the file or its table, and words of the one warning line it prints. */
        readonly finding?: { readonly code: string; readonly on: "file" | "table"; readonly words: string };
      };
}

const REFUSED: readonly Kind[] = [
  {
    name: "a zip bomb (one part packed 1,000 to 1)",
    file: "bomb.xlsx",
    build: async (file) => {
      const zip = new JSZip();
      zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(16 * MB, 0x20));
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    },
    expect: { refused: "vượt giới hạn ratio" },
  },
  {
    name: "a zip bomb whose directory lies about its size",
    file: "lying.xlsx",
    build: write(lyingBomb(64 * MB, 4096)),
    expect: { refused: "tệp nén .xlsx bị hỏng" },
  },
  {
    name: "the billion laughs in a sheet",
    file: "laughs.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await rawXlsx({
          sheets: [
            {
              name: "Phụ lục",
              rows: seedRows(),
              prolog: BILLION_LAUGHS,
              tail: `<row r="100"><c r="A100" t="inlineStr"><is><t>&lol9;</t></is></c></row>`,
            },
          ],
        }),
      ),
    expect: { refused: "phần xl/worksheets/sheet1.xml của tệp khai báo DTD" },
  },
  {
    name: "an external entity (XXE) in the shared strings",
    file: "xxe.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await rawXlsx({
          sheets: [{ name: "Phụ lục", rows: [...seedRows(), ["&secret;"]] }],
          sharedStringsProlog: XXE,
        }),
      ),
    expect: { refused: "phần xl/sharedStrings.xml của tệp khai báo DTD" },
  },
  {
    name: "an external entity in the workbook part",
    file: "xxe-workbook.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await seedWith({
          "xl/workbook.xml": `<?xml version="1.0"?>${XXE}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
        }),
      ),
    expect: { refused: "phần xl/workbook.xml của tệp khai báo DTD" },
  },
  {
    name: "more cells than --limit cells allows, stopped while unpacking",
    file: "cells.xlsx",
    args: ["--limit", "cells=100000"],
    build: async (file) => {
      const rows = Array.from({ length: 30_000 }, (_, r) => [r + 1, `Nhiệm vụ ${r + 1}`, "100%", "Đạt"]);
      await fs.writeFile(file, await rawXlsx({ sheets: [{ name: "Lớn", rows, inline: true }] }));
    },
    expect: { refused: "(vượt giới hạn cells: 100." },
  },
  {
    name: "more parts than --limit parts allows",
    file: "parts.xlsx",
    args: ["--limit", "parts=50"],
    build: async (file) => {
      const parts = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`xl/media/image${i}.png`, "x"]));
      await fs.writeFile(file, await rawXlsx({ sheets: [{ name: "Phụ lục", rows: seedRows() }], parts }));
    },
    expect: { refused: "> 50 (số phần trong tệp nén)" },
  },
  {
    name: "a 1 MB cell",
    file: "one-mb-cell.csv",
    build: write(`Số TT,Nội dung công việc,Yêu cầu,Kết quả thực hiện\n1,Việc,100%,${"x".repeat(MB)}\n`),
    expect: { refused: "vượt giới hạn cell-chars: 1.048.576 > 32.767" },
  },
  {
    name: "an Excel 97-2003 file saved by LibreOffice, renamed .xlsx",
    file: "renamed-old.xlsx",
    build: (file) => fs.copyFile(path.join(FIXTURES, "libreoffice", "appendix.xls"), file),
    expect: { refused: "định dạng Excel 97-2003 .xls cũ" },
  },
  {
    name: "an Excel 97-2003 .xls",
    file: "old.xls",
    build: write(compoundFile("Workbook")),
    expect: { refused: "định dạng Excel 97-2003 .xls cũ" },
  },
  {
    name: "a password-protected workbook",
    file: "locked.xlsx",
    build: write(compoundFile("EncryptedPackage")),
    expect: { refused: "tệp được đặt mật khẩu" },
  },
  {
    name: "an OpenDocument spreadsheet",
    file: "calc.ods",
    build: async (file) => {
      const zip = new JSZip();
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    },
    expect: { refused: "bảng tính OpenDocument (.ods)" },
  },
  {
    name: "a binary workbook (.xlsb)",
    file: "fast.xlsb",
    build: async (file) => {
      const zip = new JSZip();
      zip.file("xl/workbook.bin", Buffer.from([0x83, 0x01, 0x00]));
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    },
    expect: { refused: "sổ làm việc nhị phân Excel (.xlsb)" },
  },
  {
    name: "a truncated .xlsx",
    file: "truncated.xlsx",
    build: async (file) => fs.writeFile(file, (await fs.readFile(SEED_XLSX)).subarray(0, 3000)),
    expect: { refused: "tệp nén .xlsx bị hỏng" },
  },
  {
    name: "a PDF named .xlsx",
    file: "report.xlsx",
    build: write("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
    expect: { refused: "đây là tệp PDF" },
  },
  {
    name: "a zip that holds no workbook",
    file: "photos.xlsx",
    build: async (file) => {
      const zip = new JSZip();
      zip.file("anh/1.txt", "ảnh");
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    },
    expect: { refused: "tệp nén không chứa sổ làm việc Excel" },
  },
  { name: "an empty file", file: "empty.xlsx", build: write(""), expect: { refused: "tệp rỗng" } },
  {
    name: "NUL bytes in a .csv",
    file: "nul.csv",
    build: write(Buffer.from("Số TT\u0000,Nội dung\n")),
    expect: { refused: "nội dung nhị phân" },
  },
  {
    name: "an unterminated quote",
    file: "quote.csv",
    build: write('Số TT,Nội dung,Yêu cầu,Kết quả\n1,"Việc,100%,Đạt\n'),
    expect: { refused: "lỗi dấu ngoặc kép ở dòng 2" },
  },
  {
    name: "a folder named like a workbook",
    file: "folder.xlsx",
    build: (file) => fs.mkdir(file),
    expect: { refused: "đây là một thư mục" },
  },
  {
    name: "a Word document",
    file: "report.docx",
    build: async (file) => fs.copyFile(SEED_XLSX, file),
    expect: { refused: "phần mở rộng .docx" },
  },
  {
    name: "a workbook named .csv",
    file: "workbook.csv",
    build: (file) => fs.copyFile(SEED_XLSX, file),
    expect: { refused: "hãy đổi phần mở rộng thành .xlsx" },
  },
  {
    name: "a file that is not there",
    file: "missing.xlsx",
    build: async () => undefined,
    expect: { refused: "không tìm thấy tệp" },
  },
];

const SEED_JUDGED = "20/26";
const ENCODING = { code: "text-encoding", on: "file", words: "được đọc theo" } as const;
const LEGACY = { code: "legacy-font", on: "file", words: "đã đọc sau khi chuyển sang Unicode" } as const;

const JUDGED: readonly Kind[] = [
  {
    name: "a Windows-1258 .csv of the seed",
    file: "cp1258.csv",
    build: async (file) => fs.writeFile(file, windows1258(csvOf(seedRows()))),
    expect: { judged: SEED_JUDGED, finding: ENCODING },
  },
  {
    name: "a UTF-16 LE .csv of the seed",
    file: "utf16le.csv",
    build: async (file) => fs.writeFile(file, utf16le(csvOf(seedRows()))),
    expect: { judged: SEED_JUDGED, finding: ENCODING },
  },
  {
    name: "a UTF-16 BE .tsv of the seed",
    file: "utf16be.tsv",
    build: async (file) => fs.writeFile(file, utf16be(await seedText())),
    expect: { judged: SEED_JUDGED, finding: ENCODING },
  },
  {
    name: "a UTF-8 .csv with a byte order mark",
    file: "bom.csv",
    build: async (file) => fs.writeFile(file, `\ufeff${csvOf(seedRows())}`),
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "the seed retyped in TCVN3 (.VnTime), as an .xlsx",
    file: "tcvn3.xlsx",
    build: (file) =>
      writeWorkbook(file, [
        { name: "Phụ lục", rows: seedGrid().map((r) => r.map((c) => toTCVN3(c, "UNICODE"))) },
      ]),
    expect: { judged: SEED_JUDGED, finding: LEGACY },
  },
  {
    name: "the seed retyped in VNI, as a .csv",
    file: "vni.csv",
    build: (file) =>
      fs.writeFile(file, csvOf(seedGrid().map((r) => r.map((c) => (c === "" ? null : toVNI(c, "UNICODE")))))),
    expect: { judged: SEED_JUDGED, finding: LEGACY },
  },
  {
    name: "a workbook with macros (.xlsm)",
    file: "macros.xlsm",
    build: (file) => fs.copyFile(SEED_XLSX, file),
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "an .xlsx renamed .xls",
    file: "renamed.xls",
    build: (file) => fs.copyFile(SEED_XLSX, file),
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "a file written by LibreOffice",
    file: "libreoffice.xlsx",
    build: (file) => fs.copyFile(path.join(FIXTURES, "libreoffice", "appendix.xlsx"), file),
    expect: { judged: SEED_JUDGED },
  },
  {
    // ExcelJS reads one whose every part is in the strict namespaces; a workbook it finds no sheet in is
    // refused as Strict Open XML (read.test.ts).
    name: "a Strict Open XML workbook",
    file: "strict.xlsx",
    build: async (file) => {
      // Strict Open XML: the same parts, in other namespaces throughout.
      const zip = await JSZip.loadAsync(await rawXlsx({ sheets: [{ name: "Phụ lục", rows: seedRows() }] }));
      for (const name of Object.keys(zip.files)) {
        const text = await zip.file(name)?.async("string");
        if (text === undefined) continue;
        zip.file(
          name,
          text
            .replace(
              /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
              "http://purl.oclc.org/ooxml/spreadsheetml/main",
            )
            .replace(
              /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
              "http://purl.oclc.org/ooxml/officeDocument/relationships",
            ),
        );
      }
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    },
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "inline strings and no shared strings part",
    file: "inline.xlsx",
    build: async (file) =>
      fs.writeFile(file, await rawXlsx({ sheets: [{ name: "Phụ lục", rows: seedRows(), inline: true }] })),
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "no styles part",
    file: "no-styles.xlsx",
    build: async (file) =>
      fs.writeFile(file, await rawXlsx({ sheets: [{ name: "Phụ lục", rows: seedRows() }], noStyles: true })),
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "overlapping merged areas in the title",
    file: "overlaps.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await rawXlsx({
          sheets: [{ name: "Phụ lục", rows: seedRows(), merges: ["A1:C2", "B2:D3"] }],
        }),
      ),
    expect: {
      judged: SEED_JUDGED,
      finding: { code: "merge-overlap", on: "file", words: "vùng gộp ô B2:D3 chồng lên vùng A1:C2" },
    },
  },
  {
    name: "16,384 columns (a note in the sheet's last column, XFD)",
    file: "wide.xlsx",
    build: async (file) => {
      const rows = seedRows();
      const first = [...(rows[0] ?? [])];
      first[16_383] = "Ghi chú ở cột cuối";
      rows[0] = first;
      await fs.writeFile(file, await rawXlsx({ sheets: [{ name: "Phụ lục", rows }] }));
    },
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "200,000 rows (formatted empty rows down to a note in row 200,000)",
    file: "tall.xlsx",
    build: async (file) => {
      const rows = seedRows();
      const empty: string[] = [];
      for (let r = rows.length + 1; r < 200_000; r++) empty.push(`<row r="${r}"><c r="A${r}" s="0"/></row>`);
      const note = `<row r="200000"><c r="${columnLetters(0)}200000" t="inlineStr"><is><t>hết</t></is></c></row>`;
      await fs.writeFile(
        file,
        await rawXlsx({ sheets: [{ name: "Phụ lục", rows, tail: empty.join("") + note }] }),
      );
    },
    expect: { judged: SEED_JUDGED },
  },
  {
    name: "a review part that declares entities",
    file: "review-dtd.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await seedWith({
          "customXml/item1.xml": `${BILLION_LAUGHS}<review xmlns="${REVIEW_NAMESPACE}" version="1"><decision sheet="Phụ lục" row="7" ordinal="2" computed="unmet" verdict="met"><task>&lol9;</task></decision></review>`,
        }),
      ),
    expect: {
      judged: SEED_JUDGED,
      finding: { code: "review-unreadable", on: "file", words: "có khai báo DTD/thực thể XML" },
    },
  },
  {
    name: "a review part of 500 KB of unclosed decisions",
    file: "review-open.xlsx",
    build: async (file) =>
      fs.writeFile(
        file,
        await seedWith({
          "customXml/item1.xml": `<review xmlns="${REVIEW_NAMESPACE}" version="1">${'<decision sheet="a" row="1" '.repeat(18_000)}`,
        }),
      ),
    expect: {
      judged: SEED_JUDGED,
      finding: { code: "review-unreadable", on: "file", words: "Không đọc được quyết định thẩm định thứ 1" },
    },
  },
];

interface JsonFile {
  readonly file: string;
  readonly findings: readonly { readonly code: string }[];
  readonly tables: readonly {
    readonly summary: { readonly met: number; readonly tasks: number };
    readonly findings: readonly { readonly code: string }[];
  }[];
}

const judged = (file: JsonFile | undefined): string | undefined => {
  const summary = file?.tables[0]?.summary;
  return summary && `${summary.met}/${summary.tasks}`;
};

describe("the catalogue of bad input", () => {
  it("has at least 35 kinds", () => {
    expect(REFUSED.length + JUDGED.length).toBeGreaterThanOrEqual(35);
  });

  it.each([...REFUSED, ...JUDGED].map((kind) => [kind.name, kind] as const))(
    "%s: one outcome, the run goes on, the input unchanged",
    async (_name, kind) => {
      const file = at(kind.file);
      await kind.build(file);
      const before = await digest(file);

      const { code, stdout, stderr } = await run(["--format", "json", ...(kind.args ?? []), file, SEED_TSV]);

      const files = (JSON.parse(stdout) as { files: JsonFile[] }).files;
      expect(code).toBe(0);
      expect(judged(files[1])).toBe(SEED_JUDGED);
      const errors = stderr.split("\n").filter((line) => line !== "");
      if ("refused" in kind.expect) {
        expect(errors).toHaveLength(1);
        expect(errors[0]?.startsWith(`${file}: `)).toBe(true);
        expect(errors[0]).toContain(kind.expect.refused);
        expect(files[0]?.tables).toEqual([]);
      } else {
        const { finding } = kind.expect;
        expect(judged(files[0])).toBe(kind.expect.judged);
        expect(errors).toEqual(finding ? [expect.stringContaining(finding.words)] : []);
        expect(errors.every((line) => line.startsWith(`${file}: `))).toBe(true);
        if (finding) {
          const found = finding.on === "file" ? files[0]?.findings : files[0]?.tables[0]?.findings;
          expect(found?.map((f) => f.code)).toContain(finding.code);
        }
      }
      expect(await digest(file)).toBe(before);
    },
  );
});

describe("the annotated copy of an unusual workbook", () => {
  it.each(JUDGED.filter((kind) => /\.xls[xm]?$/.test(kind.file)).map((kind) => [kind.name, kind] as const))(
    "%s: every original cell is in the copy as it was",
    async (_name, kind) => {
      const file = at(`copy-${kind.file}`);
      await kind.build(file);
      const out = at(`copy-${kind.file}.checked.xlsx`);
      const { code } = await run([file, "--out", out]);
      expect(code).toBe(0);
      // As read: an overlapping merged area is mended in memory, as par-check mends it.
      const original = workbookValues((await loadXlsx(await fs.readFile(file))).workbook);
      const copy = await cellValues(out);
      for (const [address, value] of original) expect([address, copy.get(address)]).toEqual([address, value]);
    },
  );
});
