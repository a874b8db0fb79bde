/**
 * The web part manifests (what SharePoint's toolbox shows and the first settings a web part gets) and
 * config/config.json agree with the web parts' definitions (src/features/<feature>/webparts/<wp>/definition.ts, listed
 * by the local front page's registry): the same ids, aliases and bundles, defaults equal to the preconfigured
 * properties, a setting for every default; Danish and English texts and the hosts the product supports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WEB_PARTS } from '../../workbench/app/webparts/registry';
import type { AnyWebPartDefinition } from '../../workbench/app/webparts/types';

const ROOT = join(__dirname, '..', '..');

interface IManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  supportsThemeVariants?: boolean;
  preconfiguredEntries: { title: Record<string, string>; description: Record<string, string>; properties: unknown }[];
}
interface IConfig {
  bundles: Record<string, { components: { entrypoint: string; manifest: string }[] }>;
}

const config = JSON.parse(readFileSync(join(ROOT, 'config', 'config.json'), 'utf8')) as IConfig;
const components = Object.entries(config.bundles).flatMap(([bundle, b]) =>
  b.components.map((c) => ({ bundle, entrypoint: c.entrypoint, file: c.manifest, json: JSON.parse(readFileSync(join(ROOT, c.manifest), 'utf8')) as IManifest })),
);

/** What is wrong between the definitions and config.json's components (empty when they agree). */
function disagreements(definitions: readonly AnyWebPartDefinition[], configured: typeof components): string[] {
  const out: string[] = [];
  for (const d of definitions) {
    const found = configured.filter((c) => c.json.id === d.manifestId);
    if (found.length !== 1) {
      out.push(`${d.id}: ${found.length} manifests in config.json with id ${d.manifestId}`);
      continue;
    }
    const c = found[0];
    if (c.json.alias !== d.alias) out.push(`${d.id}: alias ${c.json.alias} in the manifest, ${d.alias} in the definition`);
    if (c.bundle !== d.bundle) out.push(`${d.id}: in bundle ${c.bundle}, the definition says ${d.bundle}`);
    if (JSON.stringify(c.json.preconfiguredEntries[0].properties) !== JSON.stringify(d.defaults)) out.push(`${d.id}: the manifest's preconfigured properties differ from the definition's defaults`);
    const folder = dirname(c.file).replace(/^\.\/src\//, './lib/');
    if (dirname(c.entrypoint) !== folder || !c.entrypoint.endsWith(`/${d.alias}.js`)) out.push(`${d.id}: entrypoint ${c.entrypoint} is not ${folder}/${d.alias}.js`);
  }
  for (const c of configured) if (!definitions.some((d) => d.manifestId === c.json.id)) out.push(`${c.file}: no web part definition has id ${c.json.id}`);
  return out;
}

describe('web part definitions, manifests and config.json', () => {
  it('agree: every definition has its manifest in its bundle, with its alias and its defaults, and nothing else is bundled', () => {
    expect(disagreements(WEB_PARTS, components)).toEqual([]);
  });

  it('are the web parts, each with its own ids, in two bundles: the front page\'s readers and the editors\' tools', () => {
    expect(new Set(WEB_PARTS.map((d) => d.id)).size).toBe(11);
    expect(new Set(WEB_PARTS.map((d) => d.manifestId)).size).toBe(11);
    const aliases = (bundle: string): string[] => WEB_PARTS.filter((d) => d.bundle === bundle).map((d) => d.alias).sort();
    expect(aliases('medarbejdernyt-readers')).toEqual(['MedarbejderhistorierWebPart', 'MedarbejderportraetterWebPart', 'MineValgWebPart', 'NavnenytWebPart']);
    expect(aliases('medarbejdernyt-editors')).toEqual(['GodkendNavnenytWebPart', 'IndblikWebPart', 'IndlaesMedarbejderdataWebPart', 'IndsendNavnenytWebPart', 'OpsaetningWebPart', 'PortraetstudioWebPart', 'TjekHistorierWebPart']);
  });

  it('the check fails when a manifest\'s defaults, alias or bundle disagree with the definition, or a definition is missing', () => {
    const navnenyt = WEB_PARTS.find((d) => d.id === 'navnenyt') as AnyWebPartDefinition;
    const changed = { ...navnenyt, defaults: { ...navnenyt.defaults, daysBack: 31 } };
    expect(disagreements([changed], components.filter((c) => c.json.id === navnenyt.manifestId))).toEqual([
      "navnenyt: the manifest's preconfigured properties differ from the definition's defaults",
    ]);
    expect(disagreements([{ ...navnenyt, bundle: 'medarbejdernyt-editors' }], components.filter((c) => c.json.id === navnenyt.manifestId))).toHaveLength(1);
    expect(disagreements([{ ...navnenyt, alias: 'NameNewsWebPart' }], components.filter((c) => c.json.id === navnenyt.manifestId)).length).toBeGreaterThan(0);
    expect(disagreements(WEB_PARTS.filter((d) => d !== navnenyt), components)).toEqual([
      `${components.find((c) => c.json.id === navnenyt.manifestId)?.file}: no web part definition has id ${navnenyt.manifestId}`,
    ]);
  });

  it.each(WEB_PARTS.map((d) => [d.id, d] as const))('%s has a setting for every default, and a default for every setting', (_id, d) => {
    expect(d.settings.map((f: { key: string }) => f.key).sort()).toEqual(Object.keys(d.defaults).sort());
  });
});

describe('web part manifests', () => {
  it.each(components.map((m) => [m.file, m.json]))('%s has Danish and English texts, runs in SharePoint and Teams, and follows the theme', (_file, json) => {
    const entry = json.preconfiguredEntries[0];
    expect(entry.title['da-DK']).toBe(entry.title.default);
    expect(entry.title['en-US']).toBeTruthy();
    expect(entry.description['en-US']).toBeTruthy();
    expect(json.supportedHosts.sort()).toEqual(['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab']);
    expect(json.supportsThemeVariants).toBe(true);
    const teams = join(ROOT, 'teams');
    expect(readFileSync(join(teams, `${json.id}_color.png`)).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(teams, `${json.id}_outline.png`)).subarray(1, 4).toString()).toBe('PNG');
  });
});
