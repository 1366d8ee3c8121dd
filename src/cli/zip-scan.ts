/**
 * One pass over a workbook's parts as they unpack, before ExcelJS reads any of them: each part's real size
 * against what the zip's directory claims, the sheets' non-empty cells against the cell limit, and any
 * document type declaration refused. Real workbooks never declare one, and a DTD is where XML entity attacks
 * (billion laughs, external entities) begin. Only one chunk is held at a time, so a lying or hostile file
 * is stopped early, in bounded memory.
 */
import { createInflateRaw, inflateRawSync } from "zlib";
import { hasUnicodePath, zipEntries, type Excess, type Limits, type ZipEntry } from "./limits";
import { tagEnd } from "./package-parts";

export type ScanOutcome =
  | { readonly ok: true; readonly cells: number; readonly inflated: number }
  /** A part unpacks to more than the directory says, or its data cannot be unpacked. */
  | { readonly ok: false; readonly problem: "damaged-zip"; readonly part: string }
  | { readonly ok: false; readonly problem: "xml-dtd"; readonly part: string }
  | { readonly ok: false; readonly problem: "too-large"; readonly excess: Excess; readonly inflated: number };

/**
 * The only parts left unscanned for a DTD: custom XML data, which ExcelJS never parses and the review reader
 * reads on its own. Named exactly, in both headers and without another name in an extra field, so that no
 * sheet can pass for one. Every other part is scanned, whatever its name, as ExcelJS matches names loosely.
 */
const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;
const DTD_MARKS = ["<!DOCTYPE", "<!ENTITY"].flatMap((mark) => [
  Buffer.from(mark, "latin1"),
  Buffer.from(mark, "utf16le"),
]);
const LONGEST_MARK = Math.max(...DTD_MARKS.map((mark) => mark.length));
const STORED_CHUNK = 64 * 1024;
/** Parts claiming at most this are unpacked in one call, capped at their claim: a stream costs more than they do. */
const SMALL_PART = 1024 * 1024;

/** Scans every part of a zip whose directory can be read; a zip whose directory cannot is left to JSZip. */
export async function scanZip(
  bytes: Buffer,
  limits: Limits,
  entries: readonly ZipEntry[] | null = zipEntries(bytes),
): Promise<ScanOutcome> {
  if (entries === null) return { ok: false, problem: "damaged-zip", part: "" };
  let cells = 0;
  let inflated = 0;
  for (const entry of entries) {
    const start = dataStart(bytes, entry);
    // A local header that is not where the directory says, or names another part: a damaged or crafted zip.
    if (start === null) return { ok: false, problem: "damaged-zip", part: entry.name };
    // Other methods and encrypted parts are refused by the zip reader itself.
    if (entry.method !== 0 && entry.method !== 8) continue;
    const customXml = CUSTOM_XML_ITEM.test(entry.name) && !entry.unicodePath;
    const counter = customXml ? null : new CellCounter();
    let tail = Buffer.alloc(0);
    let size = 0;
    let stop: ScanOutcome | null = null;
    const onChunk = (chunk: Buffer): boolean => {
      size += chunk.length;
      inflated += chunk.length;
      if (size > entry.unpacked) {
        stop = { ok: false, problem: "damaged-zip", part: entry.name };
        return false;
      }
      if (!customXml) {
        const window = Buffer.concat([tail, chunk]);
        if (DTD_MARKS.some((mark) => window.includes(mark))) {
          stop = { ok: false, problem: "xml-dtd", part: entry.name };
          return false;
        }
        tail = window.subarray(Math.max(0, window.length - LONGEST_MARK + 1));
      }
      if (counter) {
        counter.feed(chunk);
        if (cells + counter.count > limits.cells) {
          const excess = { limit: "cells", value: cells + counter.count, max: limits.cells } as const;
          stop = { ok: false, problem: "too-large", excess, inflated };
          return false;
        }
      }
      return true;
    };
    const data = bytes.subarray(start, start + entry.packed);
    const unpacked =
      entry.method === 0
        ? stored(data, onChunk)
        : entry.unpacked <= SMALL_PART
          ? inflateSmall(data, entry.unpacked, onChunk)
          : await inflate(data, onChunk);
    if (stop) return stop;
    if (!unpacked) return { ok: false, problem: "damaged-zip", part: entry.name };
    cells += counter?.count ?? 0;
  }
  return { ok: true, cells, inflated };
}

/**
 * Where a part's data begins, after its local header; null when the header is not where the directory
 * says, names another part, or gives it another name in an extra field.
 */
function dataStart(bytes: Buffer, entry: ZipEntry): number | null {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) return null;
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const name = bytes.subarray(at + 30, at + 30 + nameLength);
  const extra = bytes.subarray(at + 30 + nameLength, at + 30 + nameLength + extraLength);
  if (!name.equals(entry.nameBytes) || hasUnicodePath(extra) !== entry.unicodePath) return null;
  const start = at + 30 + nameLength + extraLength;
  return start + entry.packed <= bytes.length ? start : null;
}

function stored(data: Buffer, onChunk: (chunk: Buffer) => boolean): boolean {
  for (let at = 0; at < data.length; at += STORED_CHUNK) {
    if (!onChunk(data.subarray(at, at + STORED_CHUNK))) return true;
  }
  return true;
}

/** Inflates a small part whole, never past `claimed` + 1 bytes; false when that fails (bad data, or more). */
function inflateSmall(data: Buffer, claimed: number, onChunk: (chunk: Buffer) => boolean): boolean {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: claimed + 1 });
  } catch {
    return false;
  }
  return stored(out, onChunk);
}

/** Inflates `data` chunk by chunk; false when it is no valid deflate stream. Stops when `onChunk` says so. */
function inflate(data: Buffer, onChunk: (chunk: Buffer) => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const stream = createInflateRaw();
    let settled = false;
    const settle = (value: boolean): void => {
      if (settled) return;
      settled = true;
      stream.destroy();
      resolve(value);
    };
    stream.on("data", (chunk: Buffer) => {
      if (!onChunk(chunk)) settle(true);
    });
    stream.on("error", () => settle(false));
    stream.on("end", () => settle(true));
    stream.end(data);
  });
}

/**
 * Counts a sheet's non-empty cells as its XML streams past: `<c …>` elements that are not self-closing
 * (`<c r="A1" s="3"/>` is only formatting), with or without a namespace prefix. A tag ends at the first
 * `>` outside quotes: `z="/>"` inside it neither ends it nor makes it empty.
 */
export class CellCounter {
  count = 0;
  private carry = "";
  private static readonly START = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
  /** A tag cut by a chunk's end is kept for the next chunk, up to this length. */
  private static readonly MAX_CARRY = 4096;

  feed(chunk: Buffer): void {
    const text = this.carry + chunk.toString("latin1");
    const start = CellCounter.START;
    let done = 0;
    start.lastIndex = 0;
    for (let hit = start.exec(text); hit; hit = start.exec(text)) {
      const close = tagEnd(text, hit.index + hit[0].length - 1);
      if (close < 0) {
        done = hit.index;
        this.carry = text.length - done > CellCounter.MAX_CARRY ? "" : text.slice(done);
        return;
      }
      if (text.charCodeAt(close - 1) !== 0x2f /* "/" */) this.count++;
      done = close + 1;
      start.lastIndex = done;
    }
    // Enough of the end for a tag's start cut in two ("<x:" | "c r=…").
    this.carry = text.slice(Math.max(done, text.length - 40));
  }
}
