/**
 * Files as they arrive, built byte by byte for the tests: text in other encodings, and workbooks written
 * part by part (inline strings, no styles, DTDs, lying zip directories, hostile review parts) that ExcelJS
 * would never write itself.
 */
import * as zlib from "zlib";
import JSZip from "jszip";
import { onePartZip } from "../../scripts/zip-bomb";

/** The five tone marks Windows-1258 writes as combining characters after their letter. */
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

/** Windows-1258 bytes of a text: its own letters where the code page has them, else base and tone mark. */
export function windows1258(text: string): Buffer {
  const decoder = new TextDecoder("windows-1258");
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !byteOf.has(ch)) byteOf.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // "ộ": "ô" is a letter of the code page, the dot below a combining tone mark after it.
    const marks = [...ch.normalize("NFD")];
    const tones = marks.filter((m) => TONES.has(m));
    const head = byteOf.get(
      marks
        .filter((m) => !TONES.has(m))
        .join("")
        .normalize("NFC"),
    );
    const toneBytes = tones.map((m) => byteOf.get(m));
    const done = head !== undefined && toneBytes.every((b) => b !== undefined);
    if (done) out.push(head, ...(toneBytes as number[]));
    if (!done) throw new Error(`No Windows-1258 bytes for ${JSON.stringify(ch)}`);
  }
  return Buffer.from(out);
}

/** UTF-16 big-endian bytes with their byte order mark. */
export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  le.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

/** UTF-16 little-endian bytes with their byte order mark. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "A" for 0, "XFD" for 16,383. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export type RawCell = string | number | null;

export interface RawSheet {
  readonly name: string;
  readonly rows: readonly (readonly RawCell[])[];
  /** Written between the XML declaration and the root element (a DOCTYPE, say). */
  readonly prolog?: string;
  /** Ranges such as "A1:B2", written as they are, overlapping or not. */
  readonly merges?: readonly string[];
  /** Raw `<row>` elements appended after the rows. */
  readonly tail?: string;
  /** Text cells as inline strings (`t="inlineStr"`) rather than shared strings. */
  readonly inline?: boolean;
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** Leave xl/styles.xml out altogether. */
  readonly noStyles?: boolean;
  /** Extra parts, written as given (they may replace the standard ones). */
  readonly parts?: Readonly<Record<string, string | Buffer>>;
  /** A prolog for xl/sharedStrings.xml. */
  readonly sharedStringsProlog?: string;
}

function rowsXml(sheet: RawSheet, shared: string[]): string {
  return sheet.rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === null || value === undefined || value === "") return "";
          const ref = `${columnLetters(c)}${r + 1}`;
          if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
          if (sheet.inline)
            return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
          shared.push(value);
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
}

/** An .xlsx put together part by part. */
export async function rawXlsx(book: RawWorkbook): Promise<Buffer> {
  const zip = new JSZip();
  const shared: string[] = [];
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    zip.file(
      `xl/worksheets/sheet${n}.xml`,
      `${DECLARATION}${sheet.prolog ?? ""}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rowsXml(sheet, shared)}${sheet.tail ?? ""}</sheetData>${merges}</worksheet>`,
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push(
      `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  const next = book.sheets.length + 1;
  if (shared.length > 0) {
    zip.file(
      "xl/sharedStrings.xml",
      `${DECLARATION}${book.sharedStringsProlog ?? ""}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared
        .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
        .join("")}</sst>`,
    );
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
    workbookRels.push(
      `<Relationship Id="rId${next}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  }
  if (!book.noStyles) {
    zip.file(
      "xl/styles.xml",
      `${DECLARATION}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>`,
    );
    overrides.push(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
    workbookRels.push(`<Relationship Id="rId${next + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  zip.file(
    "[Content_Types].xml",
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${DECLARATION}<Relationships xmlns="${PKG_REL}">${workbookRels.join("")}</Relationships>`,
  );
  for (const [name, content] of Object.entries(book.parts ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The billion laughs: ten entities, each ten of the one before, used once in a cell. */
export const BILLION_LAUGHS =
  `<!DOCTYPE worksheet [<!ENTITY lol "lol">` +
  Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
  ).join("") +
  `]>`;

/** An external entity naming a file on the checking machine. */
export const XXE = `<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`;

/**
 * A one-part zip whose part unpacks to `bytes` spaces, while its local header and central directory claim
 * `claimed` bytes: a bomb that lies about its size, so only unpacking can find it out.
 */
export function lyingBomb(bytes: number, claimed: number, name = "xl/worksheets/sheet1.xml"): Buffer {
  const content = Buffer.alloc(bytes, 0x20);
  return onePartZip(name, zlib.deflateRawSync(content, { level: 9 }), zlib.crc32(content), claimed);
}
