/**
 * Writes the guide's icons, all one "no entry" sign (a guide about declining):
 * `public/favicon.ico` (16×16 and 32×32 PNGs in one ICO file), and the install
 * icons the web app manifest names (192 and 512, and a full-bleed maskable 512
 * whose sign sits inside the safe zone). Dependency-free: the PNGs are encoded
 * here with zlib. Run `node scripts/make-icons.mjs` to regenerate; the output
 * is committed, so builds never run this.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [0xb9, 0x1c, 0x1c];
const WHITE = [0xff, 0xff, 0xff];

/** CRC-32 as PNG uses it. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} data */
function crc32(data) {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Colour and coverage of one pixel, sampled 4×4 for smooth edges. A maskable
 * icon fills its whole square with red and draws the bar inside the central
 * safe zone, since launchers crop it to their own shape.
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {boolean} maskable
 * @returns {[number, number, number, number]}
 */
function pixel(x, y, size, maskable) {
  const n = 4;
  let disc = 0;
  let bar = 0;
  const r = size / 2;
  const barScale = maskable ? 0.7 : 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const px = x + (i + 0.5) / n - r;
      const py = y + (j + 0.5) / n - r;
      if (maskable || Math.hypot(px, py) <= r - 0.25) {
        disc++;
        if (Math.abs(py) <= size * 0.11 * barScale && Math.abs(px) <= size * 0.3 * barScale) bar++;
      }
    }
  }
  const total = n * n;
  if (disc === 0) return [0, 0, 0, 0];
  const w = bar / disc;
  /** @param {number} i */
  const mix = (i) => Math.round((RED[i] ?? 0) * (1 - w) + (WHITE[i] ?? 0) * w);
  return [mix(0), mix(1), mix(2), Math.round((255 * disc) / total)];
}

/**
 * @param {number} size
 * @param {boolean} [maskable]
 */
function png(size, maskable = false) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size, maskable)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @param {number[]} sizes */
function ico(sizes) {
  const images = sizes.map((size) => png(size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, i) => {
    const size = sizes[i] ?? 0;
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

/** @type {[string, Buffer][]} */
const files = [
  ['favicon.ico', ico([16, 32])],
  ['icon-192.png', png(192)],
  ['icon-512.png', png(512)],
  ['icon-maskable-512.png', png(512, true)],
];
for (const [name, data] of files) {
  writeFileSync(new URL(`../public/${name}`, import.meta.url), data);
  console.log(`wrote public/${name} (${data.length} bytes)`);
}
