#!/usr/bin/env node
// Checks that the packaged solution holds a manifest for every web part of config/config.json, the feature with the
// list definitions (five lists; stories are news pages whose content type and columns are in elements.xml), both
// bundles, and every script the --ship build wrote (to dist/, or temp/deploy with older rigs), the lazily loaded chunks included: a chunk left out
// of the package would only show when an editor first opens that web part on SharePoint.
// An .sppkg is a zip: the file names are read from its central directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'sharepoint/solution/medarbejdernyt.sppkg';
const zip = readFileSync(path);
const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
if (eocd < 0) throw new Error(`${path} is not a zip file`);
const count = zip.readUInt16LE(eocd + 10);
let at = zip.readUInt32LE(eocd + 16);
const names = [];
for (let i = 0; i < count; i++) {
  const nameLength = zip.readUInt16LE(at + 28);
  const extra = zip.readUInt16LE(at + 30);
  const comment = zip.readUInt16LE(at + 32);
  names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
  at += 46 + nameLength + extra + comment;
}
const config = JSON.parse(readFileSync('config/config.json', 'utf8'));
const WEB_PARTS = Object.values(config.bundles).reduce((n, b) => n + b.components.length, 0);
const DEPLOY = ['temp/deploy', 'dist'].find((d) => existsSync(d) && readdirSync(d).some((n) => n.endsWith('.js'))) ?? 'dist';
const built = existsSync(DEPLOY) ? readdirSync(DEPLOY).filter((n) => n.endsWith('.js')) : [];
const unpackaged = built.filter((n) => !names.includes(`ClientSideAssets/${n}`));
const expected = {
  'web part manifests': names.filter((n) => /\/WebPart_[0-9a-f-]+\.xml$/.test(n)).length === WEB_PARTS,
  'list definitions (elements.xml)': names.some((n) => /\/elements\.xml$/.test(n)),
  'five list schemas': ['navnenyt', 'medarbejderportraetter', 'privatlivsvalg', 'medarbejdere', 'medarbejderindlaesninger'].every((l) => names.includes(`schema-${l}.xml`)),
  'no story list (stories are news pages)': !names.includes('schema-medarbejderhistorier.xml'),
  'the feature': names.some((n) => /^feature_[0-9a-f-]+\.xml$/.test(n)),
  'the readers\' and the editors\' bundles': ['medarbejdernyt-readers', 'medarbejdernyt-editors'].every((b) => names.some((n) => n.startsWith(`ClientSideAssets/${b}_`))),
  'the lazily loaded chunks': built.some((n) => n.startsWith('chunk.')),
  [`every file of ${DEPLOY} (${built.length})`]: built.length > 0 && unpackaged.length === 0,
};
const missing = Object.entries(expected).filter(([, ok]) => !ok).map(([what]) => what);
if (missing.length) {
  console.error(`${path} lacks: ${missing.join(', ')}${unpackaged.length ? ` (not packaged: ${unpackaged.join(', ')})` : ''}`);
  process.exit(1);
}
console.log(`${path}: ${names.length} files, with ${Object.keys(expected).join(', ')}`);
