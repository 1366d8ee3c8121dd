/**
 * Bounds for untrusted files: what a workbook may weigh, unpack to and hold before it is read. A zip's
 * central directory says what each part unpacks to, so a zip bomb is refused before anything is unpacked.
 * The defaults are far above any real appendix (under 1 MB and a few thousand cells) and can be raised with
 * `--limit NAME=VALUE`.
 */

export interface Limits {
  /** The file as stored, in MB. */
  readonly "file-mb": number;
  /** All parts of a workbook unpacked, in MB. */
  readonly "unpacked-mb": number;
  /** How many times a part may be larger unpacked than packed (parts over 1 MB unpacked). */
  readonly ratio: number;
  /** Parts in a workbook's zip. */
  readonly parts: number;
  /** Non-empty cells over all sheets. */
  readonly cells: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  readonly "cell-chars": number;
}

export type LimitName = keyof Limits;

export const DEFAULT_LIMITS: Limits = {
  "file-mb": 100,
  "unpacked-mb": 500,
  ratio: 200,
  parts: 10_000,
  cells: 2_000_000,
  "cell-chars": 32_767,
};

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as LimitName[];

export function isLimitName(name: string): name is LimitName {
  return (LIMIT_NAMES as string[]).includes(name);
}

/** A limit a file goes over: which, what the file has, and the limit. */
export interface Excess {
  readonly limit: LimitName;
  readonly value: number;
  readonly max: number;
}

const MB = 1024 * 1024;
/** Small parts compress well whatever they hold (a sheet of empty rows): only large ones are judged by ratio. */
const RATIO_FLOOR = MB;

export interface ZipEntry {
  /** The part's name as stored ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** 0 stored, 8 deflated; others are left to the zip reader to refuse. */
  readonly method: number;
  readonly packed: number;
  readonly unpacked: number;
  /** Where the part's local header starts, shifted past any bytes before the zip. */
  readonly offset: number;
  /** The name's bytes as the directory stores them, to compare with the local header's. */
  readonly nameBytes: Buffer;
  /** An extra field gives the part another name (Info-ZIP Unicode path). */
  readonly unicodePath: boolean;
}

/**
 * The parts a zip's central directory lists, without unpacking anything; null when the directory cannot be
 * read whole (the zip is then damaged). Bytes before the zip (a prefix, a stub) shift every offset, as
 * JSZip allows, so they are shifted here too. ZIP64 sizes count as larger than any limit.
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const shift = end - size - bytes.readUInt32LE(end + 16);
  if (shift < 0) return null;
  let at = end - size;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const unpacked = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const name = bytes.toString("utf8", at + 46, Math.min(bytes.length, at + 46 + nameLength));
    const stored = bytes.readUInt32LE(at + 42);
    const zip64 = packed === 0xffffffff || unpacked === 0xffffffff || stored === 0xffffffff;
    const entry = {
      name,
      method,
      offset: stored + shift,
      nameBytes: bytes.subarray(at + 46, at + 46 + nameLength),
    };
    const unicodePath = hasUnicodePath(
      bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
    );
    entries.push(
      zip64
        ? { ...entry, packed: 1, unpacked: Number.MAX_SAFE_INTEGER, unicodePath }
        : { ...entry, packed, unpacked, unicodePath },
    );
    at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Whether extra fields hold an Info-ZIP Unicode path (0x7075), which readers may take as the part's name. */
export function hasUnicodePath(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) === 0x7075) return true;
  }
  return false;
}

/** The file's size over `file-mb`, before it is parsed at all. */
export function fileExcess(size: number, limits: Limits): Excess | undefined {
  const fileMb = size / MB;
  return fileMb > limits["file-mb"]
    ? { limit: "file-mb", value: round(fileMb), max: limits["file-mb"] }
    : undefined;
}

/** The first limit a zip's parts go over, by its central directory, before anything is unpacked. */
export function zipExcess(
  bytes: Buffer,
  limits: Limits,
  listed: readonly ZipEntry[] | null = zipEntries(bytes),
): Excess | undefined {
  const entries = listed ?? [];
  if (entries.length > limits.parts) return { limit: "parts", value: entries.length, max: limits.parts };
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.unpacked;
    const ratio = entry.unpacked / Math.max(1, entry.packed);
    if (entry.unpacked > RATIO_FLOOR && ratio > limits.ratio)
      return { limit: "ratio", value: Math.round(ratio), max: limits.ratio };
  }
  const unpackedMb = unpacked / MB;
  if (unpackedMb > limits["unpacked-mb"])
    return { limit: "unpacked-mb", value: round(unpackedMb), max: limits["unpacked-mb"] };
  return undefined;
}

/** The first limit sheets' cells go over: how many, and how long one is. */
export function cellExcess(
  sheets: readonly { readonly cells: readonly (readonly unknown[])[] }[],
  limits: Limits,
): Excess | undefined {
  let cells = 0;
  for (const sheet of sheets) {
    for (const row of sheet.cells) {
      for (const cell of row) {
        if (cell === null || cell === undefined) continue;
        cells++;
        const text = typeof cell === "string" ? cell : textOf(cell);
        if (text !== undefined && text.length > limits["cell-chars"])
          return { limit: "cell-chars", value: text.length, max: limits["cell-chars"] };
      }
    }
  }
  return cells > limits.cells ? { limit: "cells", value: cells, max: limits.cells } : undefined;
}

function textOf(cell: unknown): string | undefined {
  if (typeof cell !== "object" || cell === null) return undefined;
  const value = (cell as { value?: unknown }).value;
  return typeof value === "string" ? value : undefined;
}

function round(mb: number): number {
  return Math.round(mb * 10) / 10;
}

/** `--limit NAME=VALUE` read into limits; a message naming the problem when it cannot be. */
export function withLimit(limits: Limits, spec: string): Limits | string {
  const [name = "", value = ""] = spec.split("=", 2);
  if (!isLimitName(name)) return name;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return spec;
  return { ...limits, [name]: n };
}
