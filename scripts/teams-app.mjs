#!/usr/bin/env node
// The Teams app package of Medarbejdernyt, built from teams/app/ (manifest.json with the Danish texts, en.json with
// the English ones, color.png 192×192 and outline.png 32×32):
//   node scripts/teams-app.mjs build    check the sources, then write teams/TeamsSPFxApp.zip (gulp package-solution puts
//                                       everything in teams/ into the .sppkg: SharePoint's "Sync to Teams" deploys this
//                                       package instead of making one app per web part) and
//                                       sharepoint/solution/medarbejdernyt-teams.zip (to upload in the Teams admin centre)
//   node scripts/teams-app.mjs check [zip|dir] [sppkg]
//                                       check a built package (or a source folder), and that the .sppkg carries it
// The checks: the manifest and each localization file against the Teams JSON schemas of the manifest's version,
// shipped offline by @microsoft/app-manifest (MIT, Microsoft); the rules the schema cannot say (every file the
// manifest names is in the package, the tabs point at web parts of this solution that declare the Teams host, the
// version follows package-solution.json, every language has the same keys); and the icons (PNG, 192×192 colour,
// 32×32 outline in white on transparent).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SOURCE = path.join(ROOT, 'teams', 'app');
const IN_SPPKG = path.join(ROOT, 'teams', 'TeamsSPFxApp.zip');
const FOR_ADMIN = path.join(ROOT, 'sharepoint', 'solution', 'medarbejdernyt-teams.zip');

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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
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

// ---- the checks ----
function schemaFor(manifestVersion, kind) {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams${kind}.schema.json`);
  // The same clean-up as the package's own loader: the published schema has a regular expression with "\a".
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\x07'));
}

/**
 * Schema errors, with the JSON-schema draft-04 validator @microsoft/app-manifest itself uses (resolved from that
 * package), as its validateManifestAgainstSchema does; but with regular expressions read without the `u` flag, as the
 * schema's authors wrote them (the localization schema's patterns are not valid Unicode expressions).
 */
function schemaErrors(json, schema) {
  const fromPackage = createRequire(require.resolve('@microsoft/app-manifest'));
  const Ajv = fromPackage('ajv-draft-04').default;
  const addFormats = fromPackage('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The solution's web parts: id → its manifest's supported hosts. */
function webParts() {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'config', 'config.json'), 'utf8'));
  const parts = new Map();
  for (const bundle of Object.values(config.bundles)) {
    for (const c of bundle.components) {
      const m = JSON.parse(readFileSync(path.join(ROOT, c.manifest), 'utf8'));
      parts.set(m.id, { alias: m.alias, hosts: m.supportedHosts });
    }
  }
  return parts;
}

/** Every problem of a Teams app package, given its files by name; none: []. */
export async function problemsOf(files) {
  const problems = [];
  const text = (name) => {
    const f = files.get(name);
    if (!f) {
      problems.push(`${name} is missing from the package`);
      return undefined;
    }
    return f.toString('utf8').replace(/^\uFEFF/, '');
  };
  const manifestText = text('manifest.json');
  if (manifestText === undefined) return problems;
  const manifest = JSON.parse(manifestText);
  const version = manifest.manifestVersion;
  if (!/^1\.\d+$/.test(String(version))) return [...problems, `manifestVersion ${version} is not a released 1.x version`];
  if (manifest.$schema !== `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`) problems.push(`$schema does not name the schema of manifestVersion ${version}`);
  for (const e of schemaErrors(manifest, schemaFor(version, ''))) problems.push(`manifest.json${e}`);

  const solution = JSON.parse(readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')).solution;
  const semver = solution.version.split('.').slice(0, 3).join('.');
  if (manifest.version !== semver) problems.push(`version ${manifest.version} is not the solution's ${semver} (config/package-solution.json)`);

  const parts = webParts();
  const componentOf = (url) => /componentId=([0-9a-f-]{36})/i.exec(decodeURIComponent(url))?.[1];
  for (const [i, tab] of (manifest.staticTabs ?? []).entries()) {
    const id = componentOf(tab.contentUrl ?? '');
    if (!id || !parts.get(id)?.hosts.includes('TeamsPersonalApp')) problems.push(`staticTabs[${i}] does not open a web part of this solution that supports TeamsPersonalApp`);
    if (tab.entityId !== id) problems.push(`staticTabs[${i}].entityId is not its web part's id`);
    if (!String(tab.contentUrl).startsWith('https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=')) problems.push(`staticTabs[${i}].contentUrl is not SharePoint's personal-app address`);
  }
  for (const [i, tab] of (manifest.configurableTabs ?? []).entries()) {
    const id = componentOf(tab.configurationUrl ?? '');
    if (!id || !parts.get(id)?.hosts.includes('TeamsTab')) problems.push(`configurableTabs[${i}] does not configure a web part of this solution that supports TeamsTab`);
    if (!String(tab.configurationUrl).startsWith('https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=')) problems.push(`configurableTabs[${i}].configurationUrl is not SharePoint's tab address`);
  }
  if (manifest.webApplicationInfo?.id !== '00000003-0000-0ff1-ce00-000000000000') problems.push('webApplicationInfo does not name SharePoint (00000003-0000-0ff1-ce00-000000000000), so the tabs would not sign in to it');

  const defaults = Object.fromEntries(['name.short', 'name.full', 'description.short', 'description.full'].map((k) => [k, k.split('.').reduce((o, p) => o?.[p], manifest)]));
  (manifest.staticTabs ?? []).forEach((t, i) => (defaults[`staticTabs[${i}].name`] = t.name));
  const languages = manifest.localizationInfo?.additionalLanguages ?? [];
  if (manifest.localizationInfo?.defaultLanguageTag !== 'da') problems.push('the default language is not Danish (localizationInfo.defaultLanguageTag "da")');
  if (!languages.some((l) => l.languageTag === 'en')) problems.push('no English localization file');
  for (const l of languages) {
    const t = text(l.file);
    if (t === undefined) continue;
    const loc = JSON.parse(t);
    for (const e of schemaErrors(loc, schemaFor(version, '.Localization'))) problems.push(`${l.file}${e}`);
    for (const k of Object.keys(defaults)) if (typeof loc[k] !== 'string' || loc[k].trim() === '') problems.push(`${l.file} lacks "${k}"`);
    for (const k of Object.keys(loc)) if (k !== '$schema' && !(k in defaults)) problems.push(`${l.file} has "${k}", which the manifest does not have`);
  }

  const icon = (name, size, outline) => {
    const f = files.get(name);
    if (!f) return problems.push(`the icon ${name} is missing from the package`);
    let png;
    try {
      png = readPng(f);
    } catch (e) {
      return problems.push(`${name}: ${e.message}`);
    }
    if (png.width !== size || png.height !== size) problems.push(`${name} is ${png.width}×${png.height}, not ${size}×${size}`);
    if (outline) {
      if (png.colourType !== 6 || !png.pixels) return problems.push(`${name} is not an 8-bit RGBA PNG (the outline needs transparency)`);
      let opaque = 0;
      for (let p = 0; p < png.pixels.length; p += 4) {
        const [r, g, b, a] = png.pixels.subarray(p, p + 4);
        if (a > 0) opaque++;
        if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) return problems.push(`${name} has a pixel that is not white: an outline icon is white on transparent`);
      }
      if (opaque === 0) problems.push(`${name} is fully transparent`);
      if (opaque === png.pixels.length / 4) problems.push(`${name} has no transparent background`);
    }
    return undefined;
  };
  icon(manifest.icons?.color, 192, false);
  icon(manifest.icons?.outline, 32, true);
  const named = new Set(['manifest.json', manifest.icons?.color, manifest.icons?.outline, ...languages.map((l) => l.file)]);
  for (const name of files.keys()) {
    if (name.includes('/')) problems.push(`${name}: the package's files must be at its root, not in a folder`);
    else if (!named.has(name)) problems.push(`${name} is in the package but the manifest does not name it`);
  }
  return problems;
}

function sourceFiles(dir) {
  return new Map(readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isFile()).sort().map((n) => [n, readFileSync(path.join(dir, n))]));
}

async function main(argv) {
  const [command, target, sppkg] = argv;
  if (command === 'build') {
    const files = sourceFiles(SOURCE);
    const problems = await problemsOf(files);
    if (problems.length) throw new Error(`teams/app is not a valid Teams app:\n  ${problems.join('\n  ')}`);
    const zip = writeZip([...files.entries()]);
    writeFileSync(IN_SPPKG, zip);
    mkdirSync(path.dirname(FOR_ADMIN), { recursive: true });
    writeFileSync(FOR_ADMIN, zip);
    console.log(`Teams app package: ${path.relative(ROOT, IN_SPPKG)} (in the .sppkg) and ${path.relative(ROOT, FOR_ADMIN)} (${zip.length} bytes, ${files.size} files)`);
    return;
  }
  if (command === 'icons') {
    // node scripts/teams-app.mjs icons: the app's colour and outline icons in teams/app/
    writeFileSync(path.join(SOURCE, 'color.png'), appIcon(192, true));
    writeFileSync(path.join(SOURCE, 'outline.png'), appIcon(32, false));
    console.log('Wrote teams/app/color.png and teams/app/outline.png');
    return;
  }
  if (command === 'outline') {
    // node scripts/teams-app.mjs outline <icon.png> <outline.png>
    writeFileSync(sppkg, outlineOf(readPng(readFileSync(target))));
    console.log(`Wrote ${sppkg}`);
    return;
  }
  if (command === 'check') {
    const where = target ?? FOR_ADMIN;
    const files = statSync(where).isDirectory() ? sourceFiles(where) : readZip(readFileSync(where));
    const problems = await problemsOf(files);
    if (sppkg) {
      const inside = readZip(readFileSync(sppkg));
      const carried = inside.get('ClientSideAssets/TeamsSPFxApp.zip');
      if (!carried) problems.push(`${sppkg} does not carry TeamsSPFxApp.zip (SharePoint's "Sync to Teams" would make its own apps)`);
      else if (!statSync(where).isDirectory() && Buffer.compare(carried, readFileSync(where)) !== 0) problems.push(`the TeamsSPFxApp.zip in ${sppkg} is not ${where}`);
    }
    if (problems.length) {
      console.error(`${where} is not a valid Teams app package:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    const manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
    console.log(`${path.relative(ROOT, path.resolve(where))}: a valid Teams app (manifest ${manifest.manifestVersion}, ${manifest.staticTabs?.length ?? 0} personal tabs, ${manifest.configurableTabs?.length ?? 0} configurable tab, Danish and English, icons 192×192 and 32×32)${sppkg ? `, carried by ${sppkg}` : ''}`);
    return;
  }
  console.error('Usage: node scripts/teams-app.mjs build | check [zip or folder] [sppkg] | icons | outline <icon.png> <outline.png>');
  process.exit(2);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
