// The files of the Teams app package, read and written without dependencies: PNG (the icons: their size and pixels, and
// the app's own icons drawn) and zip (the package, its files at the root). Used by scripts/teams-app.mjs.
import zlib from 'node:zlib';

// ---- PNG: size, colour type and pixels (8-bit RGBA or RGB, non-interlaced: what the icons are) ----
export function readPng(buf) {
  if (buf.subarray(1, 4).toString() !== 'PNG') throw new Error('not a PNG file');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const depth = buf[24];
  const colourType = buf[25];
  const interlace = buf[28];
  const idat = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  let pixels = null;
  if (depth === 8 && (colourType === 6 || colourType === 2) && interlace === 0) {
    const bpp = colourType === 6 ? 4 : 3;
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * bpp;
    pixels = Buffer.alloc(width * height * 4);
    let prev = Buffer.alloc(stride);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? line[i - bpp] : 0;
        const b = prev[i];
        const c = i >= bpp ? prev[i - bpp] : 0;
        let v = line[i];
        if (filter === 1) v += a;
        else if (filter === 2) v += b;
        else if (filter === 3) v += (a + b) >> 1;
        else if (filter === 4) {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
        line[i] = v & 0xff;
      }
      for (let x = 0; x < width; x++) {
        line.copy(pixels, (y * width + x) * 4, x * bpp, x * bpp + 3);
        pixels[(y * width + x) * 4 + 3] = bpp === 4 ? line[x * bpp + 3] : 255;
      }
      prev = line;
    }
  }
  return { width, height, depth, colourType, pixels };
}

/** An 8-bit RGBA PNG of the pixels (no filtering: small icons). */
export function writePng(width, height, pixels) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An outline icon from a 32×32 icon drawn as a light glyph on a coloured tile: the glyph in white, the rest
 * transparent, its edge pixels half transparent by their lightness (what Teams asks of an outline icon).
 */
export function outlineOf(png) {
  const out = Buffer.alloc(png.width * png.height * 4);
  for (let p = 0; p < out.length; p += 4) {
    const [r, g, b] = png.pixels.subarray(p, p + 3);
    const light = Math.min(r, g, b);
    out.fill(255, p, p + 3);
    out[p + 3] = light >= 250 ? 255 : light <= 150 ? 0 : Math.round(((light - 150) / 100) * 255);
  }
  return writePng(png.width, png.height, out);
}

/**
 * The app's icons, drawn: two colleagues (a head and shoulders in front, one behind) in white, on the intranet's blue
 * tile (colour, 192×192) or on nothing (outline, 32×32). Four-by-four supersampling smooths the edges.
 */
export function appIcon(size, tile) {
  const inside = (x, y) => {
    const u = x / size;
    const v = y / size;
    const disc = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
    const shoulders = (cx, top, w) => v >= top && v <= 0.8 && ((u - cx) / w) ** 2 + ((v - 0.8) / (0.8 - top)) ** 2 <= 1;
    const front = disc(0.42, 0.38, 0.13) || shoulders(0.42, 0.56, 0.24);
    const gap = disc(0.42, 0.38, 0.16) || shoulders(0.42, 0.53, 0.27);
    const back = disc(0.66, 0.32, 0.1) || shoulders(0.66, 0.47, 0.19);
    return front || (back && !gap);
  };
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      const cover = hits / 16;
      const p = (y * size + x) * 4;
      if (tile) {
        const [r, g, b] = [0x00, 0x5a, 0x8c];
        px[p] = Math.round(r + (255 - r) * cover);
        px[p + 1] = Math.round(g + (255 - g) * cover);
        px[p + 2] = Math.round(b + (255 - b) * cover);
        px[p + 3] = 255;
      } else {
        px.fill(255, p, p + 3);
        px[p + 3] = Math.round(255 * cover);
      }
    }
  }
  return writePng(size, size, px);
}

// ---- zip: stored-or-deflated entries, no folders (a Teams package has its files at the root) ----
const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * The fields a ZIP entry's local header and its central directory record share, in the same order (version needed,
 * flags: UTF-8 names, method: deflate, time, date, CRC-32, sizes, name length), written from `at`.
 */
function writeEntryFields(buf, at, e) {
  buf.writeUInt16LE(20, at);
  buf.writeUInt16LE(0x0800, at + 2);
  buf.writeUInt16LE(8, at + 4);
  buf.writeUInt16LE(e.time, at + 6);
  buf.writeUInt16LE(e.date, at + 8);
  buf.writeUInt32LE(e.crc, at + 10);
  buf.writeUInt32LE(e.compressed, at + 14);
  buf.writeUInt32LE(e.size, at + 18);
  buf.writeUInt16LE(e.nameLength, at + 22);
}

export function writeZip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed time (1 January 2026, 00:00) keeps the package byte-identical between builds.
  const time = 0;
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, data] of files) {
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const entry = { crc, compressed: deflated.length, size: data.length, nameLength: nameBuf.length, time, date };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, deflated);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The files of a zip by name (deflated or stored), read from its central directory. */
export function readZip(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

