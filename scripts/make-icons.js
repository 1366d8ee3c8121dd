#!/usr/bin/env node
// Draws the add-in's icons — a spreadsheet with a green header row and a green badge holding a white
// check mark — and writes assets/icon-{16,32,64,80,128}.png. Node built-ins only: shapes are rasterised
// by supersampling (16 × 16 samples per pixel) and written with a tiny PNG encoder (zlib + CRC-32).
// Run `node scripts/make-icons.js` to regenerate them; `node scripts/make-icons.js DIR` writes to DIR.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 16;

// ---------------------------------------------------------------------------------------------------
// PNG encoder: 8-bit RGBA, no interlace, filter type 0 on every row.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (let i = 0; i < buffer.length; i++) c = CRC_TABLE[(c ^ buffer[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes width × height RGBA pixels (straight alpha, row by row) as a PNG file. */
function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error("encodePng: pixel buffer has the wrong size");
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Shapes: each answers "does the point (x, y), in pixels, lie inside?".

function roundRect(x0, y0, x1, y1, radii) {
  const [tl, tr, br, bl] = radii;
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const corner = (cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    if (x < x0 + tl && y < y0 + tl) return corner(x0 + tl, y0 + tl, tl);
    if (x > x1 - tr && y < y0 + tr) return corner(x1 - tr, y0 + tr, tr);
    if (x > x1 - br && y > y1 - br) return corner(x1 - br, y1 - br, br);
    if (x < x0 + bl && y > y1 - bl) return corner(x0 + bl, y1 - bl, bl);
    return true;
  };
}

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A polyline stroked with round caps and joins. */
function stroke(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

/** Whole pixels marked "X" in rows of text, the first row's first character at pixel `at`. */
function pixelArt(rows, at) {
  const [left, top] = at;
  return (x, y) => rows[Math.floor(y) - top]?.[Math.floor(x) - left] === "X";
}

// ---------------------------------------------------------------------------------------------------
// Rasteriser: every sample is painted layer by layer (opaque colours or "clear"), then the samples of
// a pixel are averaged with premultiplied alpha, so shared edges leave no seams.

function hex(colour) {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

function render(size, layers) {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = px + (sx + 0.5) / n;
          const y = py + (sy + 0.5) / n;
          let colour = null;
          for (const layer of layers) {
            if (layer.shape(x, y)) colour = layer.colour;
          }
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return pixels;
}

// ---------------------------------------------------------------------------------------------------
// The icon. Geometry is laid out on a 32-unit grid and scaled; sheet edges, borders and grid lines are
// snapped to whole pixels so that they stay crisp. At 16 px the scaled badge is too small for a legible
// check mark, so that size has its own hand-placed layout (in pixels).

const COLOURS = {
  frame: hex("#107C41"), // Excel green: sheet border and header row
  grid: hex("#7FBF99"), // light green grid lines
  paper: hex("#FFFFFF"),
  badge: hex("#0B6A35"), // a darker green so the badge stands out from the header
  tick: hex("#FFFFFF"),
};

/** Where everything goes, in pixels, for an icon of `size` pixels. */
function layout(size) {
  if (size === 16) {
    return {
      sheet: [1, 2, 14, 15],
      border: 1,
      radius: 1.5,
      headerBottom: 5,
      line: 1,
      columns: [4, 8],
      rows: [8, 11],
      badge: { cx: 11.5, cy: 11.5, r: 4.5, ring: 1 },
      // A stroke this thin blurs into grey when anti-aliased, so the tick is drawn pixel by pixel.
      tick: {
        // prettier-ignore
        pixels: [
          "......X",
          ".....XX",
          "X...XX.",
          "XX.XX..",
          ".XXX...",
          "..X....",
        ],
        at: [8, 9],
      },
    };
  }
  const k = size / 32;
  const at = (v) => Math.round(v * k); // a coordinate snapped to the pixel grid
  const thick = (w) => Math.max(1, Math.round(w * k)); // a line width in whole pixels
  return {
    sheet: [at(2), at(3), at(27), at(29)],
    border: thick(1.5),
    radius: 2.5 * k,
    headerBottom: at(10),
    line: thick(1),
    // A narrow first column (Số TT), then two wider ones; two row lines under the header.
    columns: [at(9.5), at(17.5)],
    rows: [at(16), at(22.5)],
    badge: { cx: 23.5 * k, cy: 23.5 * k, r: 7.5 * k, ring: 1.5 * k },
    tick: {
      width: 2.4 * k,
      points: [
        [19.6 * k, 23.8 * k],
        [22.4 * k, 26.6 * k],
        [27.4 * k, 20.9 * k],
      ],
    },
  };
}

function iconLayers(size) {
  const { sheet, border, radius, headerBottom, line, columns, rows, badge, tick } = layout(size);
  const [x0, y0, x1, y1] = sheet;
  const inner = Math.max(0, radius - border);
  const layers = [
    { shape: roundRect(x0, y0, x1, y1, [radius, radius, radius, radius]), colour: COLOURS.frame },
    {
      shape: roundRect(x0 + border, headerBottom, x1 - border, y1 - border, [0, 0, inner, inner]),
      colour: COLOURS.paper,
    },
  ];
  for (const x of columns) {
    layers.push({ shape: rect(x, headerBottom, x + line, y1 - border), colour: COLOURS.grid });
  }
  for (const y of rows) {
    layers.push({ shape: rect(x0 + border, y, x1 - border, y + line), colour: COLOURS.grid });
  }
  // The badge, cut out of the sheet by a transparent ring so it reads on light and dark ribbons.
  layers.push(
    { shape: circle(badge.cx, badge.cy, badge.r + badge.ring), colour: null },
    { shape: circle(badge.cx, badge.cy, badge.r), colour: COLOURS.badge },
    {
      shape: tick.pixels ? pixelArt(tick.pixels, tick.at) : stroke(tick.points, tick.width),
      colour: COLOURS.tick,
    },
  );
  return layers;
}

function renderIcon(size) {
  return encodePng(size, size, render(size, iconLayers(size)));
}

function main(argv) {
  const outDir = path.resolve(argv[0] ?? path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

module.exports = { SIZES, crc32, encodePng, renderIcon };

if (require.main === module) main(process.argv.slice(2));
