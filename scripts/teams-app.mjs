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

import { appIcon, outlineOf, readPng, readZip, writePng, writeZip } from './teams-files.mjs';

export { appIcon, outlineOf, readPng, readZip, writePng, writeZip };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SOURCE = path.join(ROOT, 'teams', 'app');
const IN_SPPKG = path.join(ROOT, 'teams', 'TeamsSPFxApp.zip');
const FOR_ADMIN = path.join(ROOT, 'sharepoint', 'solution', 'medarbejdernyt-teams.zip');

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
