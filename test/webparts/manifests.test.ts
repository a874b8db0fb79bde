/**
 * The web part manifests (what SharePoint's toolbox shows and the first settings a web part gets) agree with the
 * code: Danish and English titles, the hosts the product supports, one bundle each, and defaults equal to the
 * constants the web parts and the local front page use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAVNENYT_DEFAULTS } from '../../src/features/navnenyt/webparts/navnenyt/INavnenytWebPartProps';
import { STORIES_DEFAULTS } from '../../src/features/stories/webparts/stories/IMedarbejderhistorierWebPartProps';
import { PORTRAITS_DEFAULTS } from '../../src/features/portraits/webparts/portraits/IMedarbejderportraetterWebPartProps';
import { SUBMIT_DEFAULTS, SUBMIT_SETTINGS } from '../../src/features/navnenyt/webparts/submitNavnenyt/settings';
import { MY_CHOICES_DEFAULTS, MY_CHOICES_SETTINGS } from '../../src/features/privacy/webparts/myChoices/settings';
import { NAVNENYT_SETTINGS } from '../../src/features/navnenyt/webparts/navnenyt/settings';
import { STORIES_SETTINGS } from '../../src/features/stories/webparts/stories/settings';
import { PORTRAITS_SETTINGS } from '../../src/features/portraits/webparts/portraits/settings';

const ROOT = join(__dirname, '..', '..');
const config = JSON.parse(readFileSync(join(ROOT, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, { components: { manifest: string }[] }> };
const manifests = Object.values(config.bundles).flatMap((b) => b.components.map((c) => {
  const file = c.manifest;
  return { file, json: JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown> & { id: string; supportedHosts: string[]; preconfiguredEntries: { title: Record<string, string>; description: Record<string, string>; properties: unknown }[] } };
}));

describe('web part manifests', () => {
  it('there are six, each with its own id, in two bundles: the front page\'s readers and the editors\' tools', () => {
    expect(manifests).toHaveLength(6);
    expect(new Set(manifests.map((m) => m.json.id)).size).toBe(6);
    const aliases = (bundle: string): string[] => config.bundles[bundle].components.map((c) => c.manifest.replace(/^.*\/(\w+)\.manifest\.json$/, '$1')).sort();
    expect(aliases('medarbejdernyt-readers')).toEqual(['MedarbejderhistorierWebPart', 'MedarbejderportraetterWebPart', 'MineValgWebPart', 'NavnenytWebPart']);
    expect(aliases('medarbejdernyt-editors')).toEqual(['GodkendNavnenytWebPart', 'IndsendNavnenytWebPart']);
  });

  it.each(manifests.map((m) => [m.file, m.json]))('%s has Danish and English texts and runs in SharePoint and Teams', (_file, json) => {
    const entry = json.preconfiguredEntries[0];
    expect(entry.title['da-DK']).toBe(entry.title.default);
    expect(entry.title['en-US']).toBeTruthy();
    expect(entry.description['en-US']).toBeTruthy();
    expect(json.supportedHosts.sort()).toEqual(['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab']);
    const teams = join(ROOT, 'teams');
    expect(readFileSync(join(teams, `${json.id}_color.png`)).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(teams, `${json.id}_outline.png`)).subarray(1, 4).toString()).toBe('PNG');
  });

  it.each([
    ['NavnenytWebPart', NAVNENYT_DEFAULTS],
    ['MedarbejderhistorierWebPart', STORIES_DEFAULTS],
    ['MedarbejderportraetterWebPart', PORTRAITS_DEFAULTS],
    ['IndsendNavnenytWebPart', SUBMIT_DEFAULTS],
    ['MineValgWebPart', MY_CHOICES_DEFAULTS],
  ])('%s starts with the defaults the code uses', (alias, defaults) => {
    const m = manifests.find((x) => x.json.alias === alias);
    expect(m?.json.preconfiguredEntries[0].properties).toEqual(defaults);
  });
});

describe('web part settings', () => {
  it.each([
    ['Navnenyt', NAVNENYT_SETTINGS, NAVNENYT_DEFAULTS],
    ['Medarbejderhistorier', STORIES_SETTINGS, STORIES_DEFAULTS],
    ['Medarbejderportrætter', PORTRAITS_SETTINGS, PORTRAITS_DEFAULTS],
    ['Indsend navnenyt', SUBMIT_SETTINGS, SUBMIT_DEFAULTS],
    ['Mine valg', MY_CHOICES_SETTINGS, MY_CHOICES_DEFAULTS],
  ] as const)('every setting of %s has a default, and every default a setting', (_name, settings, defaults) => {
    expect(settings.map((f) => f.key).sort()).toEqual(Object.keys(defaults).sort());
  });
});
