/**
 * node dist/scripts/zip-bomb.js [GB]   builds a zip bomb (one part of GB gigabytes of zeros, default 1) in a
 * temp folder, twice (its directory honest, then lying that it unpacks to 4 KB), then times par-check's
 * reading of each in this process and reports its peak memory: the bound of issue 10 is "refused in under
 * 2 s with under 200 MB". Building each bomb takes a few seconds.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { readInput } from "../src/cli/read";

const MB = 1024 * 1024;

/** Deflates `bytes` zeros 16 MB at a time, keeping only the packed output; with their CRC-32. */
function deflateZeros(bytes: number): Promise<{ data: Buffer; crc: number }> {
  const chunk = Buffer.alloc(16 * MB);
  const parts: Buffer[] = [];
  let crc = 0;
  const engine = zlib.createDeflateRaw({ level: 9 });
  engine.on("data", (d: Buffer) => parts.push(d));
  const done = new Promise<{ data: Buffer; crc: number }>((resolve) =>
    engine.on("end", () => resolve({ data: Buffer.concat(parts), crc })),
  );
  for (let written = 0; written < bytes; written += chunk.length) {
    crc = zlib.crc32(chunk, crc);
    engine.write(chunk);
  }
  engine.end();
  return done;
}

/**
 * A zip of one deflated part: its local header, the data, the central directory and the end record. The
 * sizes are the ones given, so a bomb that lies claims `claimed` bytes unpacked whatever `data` holds.
 */
export function onePartZip(name: string, data: Buffer, crc: number, claimed: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/** A bomb of `bytes` zeros as a sheet; a lying one claims `claimed` bytes unpacked instead. */
async function writeBomb(file: string, bytes: number, claimed = bytes): Promise<void> {
  const { data, crc } = await deflateZeros(bytes);
  fs.writeFileSync(file, onePartZip("xl/worksheets/sheet1.xml", data, crc, claimed));
}

async function measure(file: string, bytes: number, label: string): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = process.hrtime.bigint();
  const read = await readInput(file, "bomb.xlsx");
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const outcome = read.ok ? "read (not refused!)" : `${read.issue.code} ${JSON.stringify(read.issue.params)}`;
  process.stdout.write(
    `${label}: ${(fs.statSync(file).size / MB).toFixed(2)} MB file unpacking to ${(bytes / MB).toFixed(0)} MB: ${outcome}\n` +
      `refused in ${ms.toFixed(1)} ms; RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB\n`,
  );
}

async function main(): Promise<void> {
  const gb = Number(process.argv[2] ?? "1");
  // A zip's sizes are 32-bit: a part of 4 GB or more needs ZIP64, which the bounds refuse anyway.
  const bytes = Math.min(gb * 1024 * MB, 0xffffffff - 16 * MB);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zip-bomb-"));
  try {
    const file = path.join(dir, "bomb.xlsx");
    await writeBomb(file, bytes);
    await measure(file, bytes, "honest directory");
    // The same bomb claiming 4 KB: refused while unpacking, once the part passes what it claims.
    const liar = path.join(dir, "lying.xlsx");
    await writeBomb(liar, bytes, 4096);
    await measure(liar, bytes, "lying directory");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script; imported by the tests for `onePartZip`.
if (require.main === module) void main();
