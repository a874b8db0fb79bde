/**
 * @jest-environment node
 *
 * The Teams app package's sources (teams/app) pass the check `npm run package` runs (scripts/teams-app.mjs): the
 * manifest and the English localization file against the Teams JSON schemas of manifest version 1.17, shipped offline
 * by @microsoft/app-manifest; the tabs open web parts of this solution that declare the Teams hosts; Danish and
 * English texts for every name; icons 192×192 in colour and 32×32 white on transparent. Each kind of mistake fails it,
 * and the package it writes is a zip with its files at the root.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'teams', 'app');
const SCRIPT = path.join(ROOT, 'scripts', 'teams-app.mjs');

function check(dir: string): { ok: boolean; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, 'check', dir], { cwd: ROOT, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** A copy of the sources with one change. */
function broken(change: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-app-'));
  for (const f of fs.readdirSync(SOURCE)) fs.copyFileSync(path.join(SOURCE, f), path.join(dir, f));
  change(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
  edit(json);
  fs.writeFileSync(path.join(dir, file), JSON.stringify(json, null, 2));
}

const manifest = JSON.parse(fs.readFileSync(path.join(SOURCE, 'manifest.json'), 'utf8')) as {
  manifestVersion: string;
  name: { short: string };
  staticTabs: { entityId: string; name: string; contentUrl: string }[];
  configurableTabs: { configurationUrl: string }[];
};

describe('the Teams app package', () => {
  it('is valid: schema 1.17, tabs on this solution\'s web parts, Danish and English, icons of the right size and kind', () => {
    const r = check(SOURCE);
    expect(r.out).toContain('a valid Teams app (manifest 1.17, 4 personal tabs, 1 configurable tab');
    expect(r.ok).toBe(true);
  });

  it('has the readers as personal tabs and Navnenyt as the configurable tab, Danish first', () => {
    expect(manifest.staticTabs.map((t) => t.name)).toEqual(['Navnenyt', 'Historier', 'Portrætter', 'Mine valg']);
    expect(manifest.configurableTabs[0].configurationUrl).toContain('componentId=3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e01');
    const en = JSON.parse(fs.readFileSync(path.join(SOURCE, 'en.json'), 'utf8')) as Record<string, string>;
    expect(en['staticTabs[0].name']).toBe('Name news');
  });

  it.each([
    ['a name over the schema\'s 30 characters', (d: string) => editJson(d, 'manifest.json', (j) => ((j.name as { short: string }).short = 'Medarbejdernyt fra Norddjurs Kommune')), /name\/short/],
    ['an unknown property', (d: string) => editJson(d, 'manifest.json', (j) => (j.tabs = [])), /additional properties/],
    ['a missing English text', (d: string) => editJson(d, 'en.json', (j) => delete j['staticTabs[3].name']), /en.json lacks "staticTabs\[3\].name"/],
    ['a tab on a web part that is not Teams-enabled or not ours', (d: string) => editJson(d, 'manifest.json', (j) => ((j.staticTabs as { contentUrl: string }[])[0].contentUrl = manifest.staticTabs[0].contentUrl.replace('3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e01', '00000000-0000-0000-0000-000000000000'))), /staticTabs\[0\] does not open a web part/],
    ['a version other than the solution\'s', (d: string) => editJson(d, 'manifest.json', (j) => (j.version = '9.9.9')), /version 9.9.9 is not the solution's/],
    ['a colour icon of the wrong size', (d: string) => fs.copyFileSync(path.join(d, 'outline.png'), path.join(d, 'color.png')), /color.png is 32×32, not 192×192/],
    ['an outline icon that is not white on transparent', (d: string) => fs.copyFileSync(path.join(ROOT, 'test', 'teams', 'fixtures', 'tile-32.png'), path.join(d, 'outline.png')), /outline.png (has a pixel that is not white|is not an 8-bit RGBA PNG)/],
    ['a file the manifest does not name', (d: string) => fs.writeFileSync(path.join(d, 'notes.txt'), 'x'), /notes.txt is in the package but the manifest does not name it/],
    ['a missing icon', (d: string) => fs.unlinkSync(path.join(d, 'outline.png')), /the icon outline.png is missing/],
  ])('fails with %s', (_what, change, message) => {
    const r = check(broken(change));
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(message);
  });

  it('is written as a zip with the files at its root, which the check reads back', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-zip-')), 'app.zip');
    const code = `import { writeZip, readZip } from ${JSON.stringify(SCRIPT)}; import fs from 'node:fs'; import path from 'node:path';
      const dir = ${JSON.stringify(SOURCE)}; const files = fs.readdirSync(dir).sort().map((n) => [n, fs.readFileSync(path.join(dir, n))]);
      const zip = writeZip(files); fs.writeFileSync(${JSON.stringify(out)}, zip);
      const back = readZip(zip); console.log(JSON.stringify([...back.keys()]), files.every(([n, d]) => Buffer.compare(back.get(n), d) === 0));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`${JSON.stringify(['color.png', 'en.json', 'manifest.json', 'outline.png'])} true`);
    expect(check(out).ok).toBe(true);
    // unzip, where the machine has it, agrees that it is a zip with the files at the root
    const unzip = spawnSync('unzip', ['-l', out], { encoding: 'utf8' });
    if (unzip.status === 0) expect(unzip.stdout).toMatch(/manifest\.json/);
  });
});
