// Writes public/favicon.ico: the icon of public/favicon.svg (a light heart on a rounded green
// square) at 16, 32 and 48 pixels, drawn here so that no tool or third party is needed. Run it
// again after changing the colours: `node scripts/make-favicon.mjs`.
import { Buffer } from "node:buffer";
import fs from "node:fs";
import { URL } from "node:url";
import zlib from "node:zlib";

const GREEN = [0x2f, 0x6b, 0x5e];
const CREAM = [0xfb, 0xf8, 0xf3];
const SAMPLES = 4; // per axis, per pixel

/** Coverage in the 32-unit design space: 0 outside, 1 the square, 2 the heart. */
function shapeAt(x, y) {
  const r = 8;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  // The heart (x² + y² − 1)³ − x²y³ ≤ 0, centred at (16, 18), about 16 units wide.
  const hx = (x - 16) / 7.2;
  const hy = -(y - 18.2) / 7.2;
  return (hx * hx + hy * hy - 1) ** 3 - hx * hx * hy ** 3 <= 0 ? 2 : 1;
}

function rgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let a = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt(((px + (sx + 0.5) / SAMPLES) * 32) / size, ((py + (sy + 0.5) / SAMPLES) * 32) / size);
          if (s === 0) continue;
          a++;
          const c = s === 2 ? CREAM : GREEN;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) pixels[o + i] = a ? Math.round(sum[i] / a) : 0;
      pixels[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size) {
  const pixels = rgba(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const sizes = [16, 32, 48];
const images = sizes.map(png);
const dir = Buffer.alloc(6);
dir.writeUInt16LE(0, 0);
dir.writeUInt16LE(1, 2); // icon
dir.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((size, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(size, 0);
  e.writeUInt8(size, 1);
  e.writeUInt16LE(1, 4); // planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(images[i].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += images[i].length;
  return e;
});
fs.writeFileSync(new URL("../public/favicon.ico", import.meta.url), Buffer.concat([dir, ...entries, ...images]));
