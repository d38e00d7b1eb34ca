#!/usr/bin/env node
// Draws the add-in icons (a 2x2 quadrant grid, the shape of every RMO model) as PNGs.
// Uses only node's zlib so it runs without image libraries: `node scripts/make-icons.js`.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
// Quadrant colours (top-left, top-right, bottom-left, bottom-right), RGBA.
const QUADRANTS = [
  [0x10, 0x6e, 0xbe, 0xff],
  [0x21, 0x73, 0x46, 0xff],
  [0xc1, 0x9c, 0x00, 0xff],
  [0xa4, 0x26, 0x2c, 0xff],
];
const TRANSPARENT = [0, 0, 0, 0];

/** Colour of pixel (x, y) in an icon of `size` pixels: four rounded-corner tiles with a gap. */
function pixel(x, y, size) {
  const margin = Math.max(1, Math.round(size / 16));
  const gap = Math.max(1, Math.round(size / 16));
  const half = size / 2;
  const inside = (v) => v >= margin && v < size - margin;
  if (!inside(x) || !inside(y)) return TRANSPARENT;
  const inGap = (v) => v >= Math.floor(half - gap / 2) && v < Math.floor(half - gap / 2) + gap;
  if (inGap(x) || inGap(y)) return TRANSPARENT;
  // Round the outer corners so the icon reads as one tile.
  const r = Math.max(1, Math.round(size / 8));
  const cx = x < half ? margin + r : size - margin - r - 1;
  const cy = y < half ? margin + r : size - margin - r - 1;
  const nearCornerX = x < half ? x < cx : x > cx;
  const nearCornerY = y < half ? y < cy : y > cy;
  if (nearCornerX && nearCornerY && (x - cx) ** 2 + (y - cy) ** 2 > r * r) return TRANSPARENT;
  return QUADRANTS[(y < half ? 0 : 2) + (x < half ? 0 : 1)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
