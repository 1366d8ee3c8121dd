/**
 * Files in, SheetInputs out: .xlsx through ExcelJS, .csv and .tsv through csv-parse.
 * A file that cannot be read becomes a finding (a code plus parameters), never an exception.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse as parseCsv } from "csv-parse/sync";
import {
  formatPercent,
  VIETNAMESE_NUMBERS,
  type Cell,
  type CellInput,
  type CellValue,
  type FileProblem,
  type Finding,
  type FindingCode,
  type FindingParams,
  type MergedArea,
  type SheetInput,
} from "../core";
import {
  cellExcess,
  DEFAULT_LIMITS,
  fileExcess,
  zipEntries,
  zipExcess,
  type Excess,
  type Limits,
} from "./limits";
import { loadReview, type StoredReview } from "./review-part";
import { loadXlsx, parseRange, type Loaded } from "./load";
import { scanZip } from "./zip-scan";

export { parseAddress, parseRange, toArrayBuffer } from "./load";

export type InputFormat = "xlsx" | "csv" | "tsv";

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly format: InputFormat;
      readonly sheets: readonly SheetInput[];
      /** The reviewer's decisions an .xlsx stores; absent when it stores none. */
      readonly review?: StoredReview;
      /** How a .csv or .tsv was decoded, when it was not UTF-8. */
      readonly encoding?: TextEncoding;
      /** What reading had to mend (merge-overlap), said once per file. */
      readonly findings?: readonly Finding[];
    }
  | { readonly ok: false; readonly issue: FileIssue };

/** Findings about a whole file: their message names the file. */
export const FILE_CODES = [
  "file-not-found",
  "unsupported-format",
  "unreadable",
  "password-protected",
  "empty-file",
] as const satisfies readonly FindingCode[];
type FileCode = (typeof FILE_CODES)[number];

/** Why a file was not read: a finding's code and params, without a severity (it is always an error). */
export type FileIssue = {
  readonly [C in FileCode]: { readonly code: C; readonly params: FindingParams[C] };
}[FileCode];

/** What a file problem adds besides its code: the extension, the CSV line, or the host's own reason. */
type ProblemExtra = Omit<FindingParams["unreadable"], "file" | "detail">;

function failure(code: "file-not-found" | "password-protected" | "empty-file", file: string): ReadOutcome {
  return { ok: false, issue: { code, params: { file } } };
}

function tooLarge(file: string, excess: Excess): ReadOutcome {
  return problem("unreadable", file, "too-large", { ...excess });
}

function problem(
  code: "unsupported-format" | "unreadable",
  file: string,
  detail: FileProblem,
  extra: ProblemExtra = {},
): ReadOutcome {
  return { ok: false, issue: { code, params: { file, detail, ...extra } } };
}

const XLSX_EXTENSIONS = [".xlsx", ".xlsm"];

/** What the first bytes say a file is. */
export type Magic = "zip" | "cfb" | "pdf" | "text" | "binary";

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniff(bytes: Buffer): Magic {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return "zip";
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC)) return "cfb";
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (utf16Bom(bytes)) return "text";
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? "binary" : "text";
}

function utf16Bom(bytes: Buffer): "utf16le" | "utf16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf16be";
  return null;
}

/** Reads one file given on the command line. `display` is how the file is named in messages. */
export async function readInput(
  filePath: string,
  display = filePath,
  limits: Limits = DEFAULT_LIMITS,
): Promise<ReadOutcome> {
  const unsupported = (detail: FileProblem, extra?: ProblemExtra): ReadOutcome =>
    problem("unsupported-format", display, detail, extra);

  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) return unsupported("directory");
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return failure("file-not-found", display);
    return problem("unreadable", display, "cannot-open", { reason: code ?? shortReason(error) });
  }
  if (bytes.length === 0) return failure("empty-file", display);
  const oversized = fileExcess(bytes.length, limits);
  if (oversized) return tooLarge(display, oversized);

  const ext = path.extname(filePath).toLowerCase();
  const magic = sniff(bytes);

  if (XLSX_EXTENSIONS.includes(ext) || ext === ".xls") {
    switch (magic) {
      case "zip":
        // An .xlsx renamed .xls is still an .xlsx.
        return readZip(bytes, display, limits);
      case "cfb":
        // Both an encrypted .xlsx and an Excel 97-2003 file are compound files: their streams tell.
        switch (cfbKind(bytes)) {
          case "encrypted":
            return failure("password-protected", display);
          case "xls":
            return unsupported("old-xls");
          case "other":
            return unsupported("binary");
        }
      case "pdf":
        return unsupported("pdf");
      case "text":
        return unsupported("text");
      case "binary":
        return unsupported("binary");
    }
  }
  if (ext === ".csv" || ext === ".tsv") {
    switch (magic) {
      case "zip":
        return unsupported("workbook-as-text");
      case "cfb":
      case "binary":
        return unsupported("binary");
      case "pdf":
        return unsupported("pdf");
      case "text": {
        const read = readDelimited(
          bytes,
          ext === ".tsv" ? "tsv" : "csv",
          path.basename(filePath, ext),
          display,
        );
        const cells = read.ok ? cellExcess(read.sheets, limits) : undefined;
        return cells ? tooLarge(display, cells) : read;
      }
    }
  }
  if (ext === ".ods" || ext === ".xlsb") return unsupported(ext === ".ods" ? "ods" : "xlsb");
  if (magic === "pdf") return unsupported("pdf");
  return unsupported("extension", { ext });
}

// ---------------------------------------------------------------------------------------------------------
// .xlsx

/** A compound file's streams, by their UTF-16 names: an encrypted OOXML package, an old workbook, other. */
export function cfbKind(bytes: Buffer): "encrypted" | "xls" | "other" {
  const has = (name: string): boolean => bytes.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptedPackage")) return "encrypted";
  return has("Workbook") || has("Book") ? "xls" : "other";
}

/** What a zip holds, by the names in it (stored as written): an OpenDocument or binary workbook, or OOXML. */
export function zipKind(bytes: Buffer): "ods" | "xlsb" | "ooxml" {
  if (bytes.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (bytes.includes("xl/workbook.bin")) return "xlsb";
  return "ooxml";
}

async function readZip(bytes: Buffer, display: string, limits: Limits): Promise<ReadOutcome> {
  const kind = zipKind(bytes);
  if (kind !== "ooxml") return problem("unsupported-format", display, kind);
  // Before anything is unpacked: what the central directory says the parts unpack to.
  const entries = zipEntries(bytes);
  const excess = zipExcess(bytes, limits, entries);
  if (excess) return tooLarge(display, excess);
  // While unpacking, before ExcelJS parses anything: real sizes, cells, and no DTD.
  const scan = await scanZip(bytes, limits, entries);
  if (!scan.ok) {
    switch (scan.problem) {
      case "too-large":
        return tooLarge(display, scan.excess);
      case "damaged-zip":
        return problem("unreadable", display, "damaged-zip");
      case "xml-dtd":
        return problem("unreadable", display, "xml-dtd", { part: scan.part });
    }
  }
  const read = await readWorkbook(bytes, display);
  if (read.ok) {
    const cells = cellExcess(read.sheets, limits);
    if (cells) return tooLarge(display, cells);
  }
  if (read.ok || read.issue.code === "password-protected") return read;
  // ExcelJS finds no sheet in a Strict Open XML workbook: its namespaces are other ones.
  return (await isStrictOoxml(bytes)) ? problem("unsupported-format", display, "strict-ooxml") : read;
}

const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";

async function isStrictOoxml(bytes: Buffer): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file("xl/workbook.xml")?.async("string");
    return workbook !== undefined && workbook.slice(0, 4000).includes(STRICT_NAMESPACE);
  } catch {
    return false;
  }
}

async function readWorkbook(bytes: Buffer, display: string): Promise<ReadOutcome> {
  let loaded: Loaded;
  try {
    loaded = await loadXlsx(bytes);
  } catch (error) {
    const reason = shortReason(error);
    // JSZip's own words for a broken container; any other ExcelJS error is shown as it is.
    return /zip|central directory|end of data|invalid|signature/i.test(reason)
      ? problem("unreadable", display, "damaged-zip")
      : problem("unreadable", display, "other", { reason });
  }
  const { workbook, findings } = loaded;
  if (workbook.worksheets.length === 0) {
    return bytes.includes("xl/workbook")
      ? problem("unreadable", display, "no-worksheets")
      : problem("unsupported-format", display, "zip-not-xlsx");
  }
  const sheets = workbook.worksheets.map(worksheetToSheet);
  if (sheets.every((sheet) => sheet.cells.length === 0)) return failure("empty-file", display);
  const review = await loadReview(bytes);
  return {
    ok: true,
    format: "xlsx",
    sheets,
    ...(review === null ? {} : { review }),
    ...(findings.length === 0 ? {} : { findings }),
  };
}

/** One worksheet as the engine's grid, from A1. Merged areas keep their value in the top-left cell only. */
export function worksheetToSheet(worksheet: ExcelJS.Worksheet): SheetInput {
  const cells: CellInput[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const input = toCell(cell.value, cell.numFmt);
      if (input === null) return;
      while (out.length < columnNumber - 1) out.push(null);
      out[columnNumber - 1] = input;
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = out;
  });
  const merges = worksheetMerges(worksheet);
  return { cells, merges, origin: { row: 0, column: 0 }, sheetName: worksheet.name };
}

/** Merged areas of a worksheet, 0-based and inclusive. */
export function worksheetMerges(worksheet: ExcelJS.Worksheet): MergedArea[] {
  const merges: MergedArea[] = [];
  for (const range of worksheet.model.merges ?? []) {
    const area = parseRange(range);
    if (area) merges.push(area);
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** An ExcelJS value and number format as an engine cell; null for an empty cell. */
export function toCell(value: ExcelJS.CellValue, numberFormat?: string): CellInput {
  const plain = plainValue(value);
  if (plain === null || plain === "") return null;
  if (typeof plain !== "number") return plain;
  if (!numberFormat || numberFormat === "General") return plain;
  const decimals = percentDecimals(numberFormat);
  const cell: Cell =
    decimals === null
      ? { value: plain, numberFormat }
      : // The shown text is for the engine, which reads Vietnamese-style numbers by default.
        { value: plain, numberFormat, text: formatPercent(plain * 100, VIETNAMESE_NUMBERS, decimals) };
  return cell;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Rich text, formulas, hyperlinks, dates and errors, reduced to what a person sees. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return isoDate(value);
  if (isRecord(value)) {
    const rich = value["richText"];
    if (Array.isArray(rich))
      return rich.map((run: unknown) => (isRecord(run) ? String(run["text"] ?? "") : "")).join("");
    if ("formula" in value || "sharedFormula" in value) return plainValue(value["result"]);
    if ("error" in value) return String(value["error"]);
    if ("text" in value) return plainValue(value["text"]);
  }
  return String(value);
}

/** Dates as ISO text: "2024-11-08", or the full timestamp when a time of day is set. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** Decimals of a percent number format ("0.00%" → 2, "0%" → 0), or null when it is not a percent format. */
export function percentDecimals(numberFormat: string): number | null {
  // Quoted literals, escaped characters and [colour]/[condition] blocks are not format codes.
  const codes = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  const positive = codes.split(";")[0] ?? "";
  const at = positive.indexOf("%");
  if (at < 0) return null;
  const match = /\.([0#?]*)/.exec(positive.slice(0, at));
  return match ? (match[1] ?? "").length : 0;
}

// ---------------------------------------------------------------------------------------------------------
// .csv and .tsv

/** Text encodings a .csv or .tsv is read in besides UTF-8 (with or without its byte order mark). */
export type TextEncoding = FindingParams["text-encoding"]["encoding"];

/**
 * A .csv's or .tsv's text, by evidence: a UTF-16 byte order mark, else valid UTF-8 (a BOM dropped), else
 * Windows-1258, what Excel on Vietnamese Windows saves as "CSV (Comma delimited)" (its tone marks are
 * combining characters: composed to NFC). Null for bytes that are no text at all (NUL bytes).
 */
export function decodeText(bytes: Buffer): { text: string; encoding?: TextEncoding } | null {
  const bom = utf16Bom(bytes);
  if (bom === "utf16le") return { text: bytes.subarray(2).toString("utf16le"), encoding: "utf-16le" };
  if (bom === "utf16be") {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    swapped.swap16();
    return { text: swapped.toString("utf16le"), encoding: "utf-16be" };
  }
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { text: new TextDecoder("windows-1258").decode(bytes).normalize("NFC"), encoding: "windows-1258" };
  }
}

/** The separator of a .csv file: ';' when its first line has more ';' than ','. */
export function detectDelimiter(text: string, format: "csv" | "tsv"): string {
  if (format === "tsv") return "\t";
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function readDelimited(bytes: Buffer, format: "csv" | "tsv", name: string, display: string): ReadOutcome {
  const decoded = decodeText(bytes);
  if (decoded === null) return problem("unreadable", display, "not-utf8");
  const { text, encoding } = decoded;
  if (text.trim() === "") return failure("empty-file", display);

  // Excel's "sep=;" first line names the separator and is not part of the sheet.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = sep?.[1] ?? detectDelimiter(body, format);
  const records = parseRecords(body, delimiter, format);
  if (!records.ok) {
    return problem("unreadable", display, "csv-syntax", records.line === null ? {} : { line: records.line });
  }
  const cells: CellInput[][] = records.rows.map((row) => {
    const out: CellInput[] = row.map((value) => (value.trim() === "" ? null : value));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (cells.length > 0 && (cells[cells.length - 1]?.length ?? 0) === 0) cells.pop();
  if (cells.length === 0) return failure("empty-file", display);
  return {
    ok: true,
    format,
    sheets: [{ cells, merges: [], origin: { row: 0, column: 0 }, sheetName: name }],
    ...(encoding === undefined ? {} : { encoding }),
  };
}

/** `line` is null when the parser does not say where the error is. */
type Records = { ok: true; rows: string[][] } | { ok: false; line: number | null };

function parseRecords(text: string, delimiter: string, format: "csv" | "tsv"): Records {
  const options = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false };
  try {
    return { ok: true, rows: parseCsv(text, options) as string[][] };
  } catch (error) {
    // Tab-separated text pasted from elsewhere often holds a stray leading quote; read it literally.
    if (format === "tsv") {
      try {
        return { ok: true, rows: parseCsv(text, { ...options, quote: false }) as string[][] };
      } catch {
        // fall through to the first error
      }
    }
    const opened =
      isRecord(error) && error["code"] === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(text, delimiter) : null;
    const lines = isRecord(error) ? error["lines"] : undefined;
    return { ok: false, line: opened ?? (typeof lines === "number" ? lines : null) };
  }
}

/** The 1-based line where a quoted field opens and never closes, or null. */
export function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (openedAt !== null) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else {
          openedAt = null;
          atFieldStart = false;
        }
      } else if (ch === "\n") line++;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      openedAt = line;
      continue;
    }
    if (ch === "\n") line++;
    atFieldStart = ch === delimiter || ch === "\n" || ch === "\r";
  }
  return openedAt;
}

/** The first line of an error's message, short enough for one line of output. */
export function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = (message.split(/\r?\n/)[0] ?? "").trim();
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}
