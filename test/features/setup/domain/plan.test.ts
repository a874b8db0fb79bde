/**
 * The set-up's plan from the package's own XML: the generated module equals sharepoint/assets/ (one source of truth),
 * the plan holds what the files define (columns as written, content types, lists with settings and indexes), and the
 * steps compare a site's state with it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ASSET_FILES } from '../../../../src/features/setup/domain/assets.generated';
import { planFromAssets, SITE_PAGE_CONTENT_TYPE } from '../../../../src/features/setup/domain/plan';
import { ISiteState, settingsChanges, stepKey, stepsFor } from '../../../../src/features/setup/domain/steps';
import { countOutcomes, runSetup } from '../../../../src/features/setup/domain/run';
import { parseXml } from '../../../../src/features/setup/domain/xml';

const ASSETS = path.resolve(__dirname, '..', '..', '..', '..', 'sharepoint', 'assets');
const plan = planFromAssets(ASSET_FILES);
const EMPTY: ISiteState = { siteColumns: ['Title'], contentTypes: [], lists: [], pagesLibrary: { contentTypes: ['0x0101009D1CB255DA76424F860D91F20E6C4118'] } };

describe('the generated assets module', () => {
  it('holds sharepoint/assets/ verbatim: elements.xml and every schema file it names (run scripts/generate-setup-assets.mjs when this fails)', () => {
    const onDisk = fs.readdirSync(ASSETS).filter((f) => f.endsWith('.xml')).sort();
    expect(Object.keys(ASSET_FILES).sort()).toEqual(onDisk);
    for (const f of onDisk) expect(ASSET_FILES[f]).toBe(fs.readFileSync(path.join(ASSETS, f), 'utf8').replace(/\r\n/g, '\n'));
  });
});

describe('parseXml', () => {
  it('keeps each element as written, decodes attributes and text, skips comments and declarations', () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><A x="1 &amp; 2"><B y=\'z\' /><C>t&lt;</C></A>');
    expect(doc.attrs.x).toBe('1 & 2');
    expect(doc.children.map((c) => c.source)).toEqual(["<B y='z' />", '<C>t&lt;</C>']);
    expect(doc.children[1].text).toBe('t<');
  });
  it('refuses malformed XML', () => {
    expect(() => parseXml('<A><B></A>')).toThrow(/unexpected/);
    expect(() => parseXml('<A>')).toThrow(/not closed/);
    expect(() => parseXml('<A &x;/>')).toThrow();
  });
});

describe('planFromAssets', () => {
  it('has every site column with its <Field> element exactly as elements.xml writes it', () => {
    const elements = ASSET_FILES['elements.xml'];
    expect(plan.siteColumns.length).toBe((elements.match(/\n {2}<Field /g) ?? []).length);
    for (const c of plan.siteColumns) expect(elements).toContain(c.schemaXml);
    const theme = plan.siteColumns.find((c) => c.name === 'MnTheme');
    expect(theme?.schemaXml).toMatch(/^<Field ID="\{34d885f4-f438-4786-b9f1-4168315e7799\}"[\s\S]*<CHOICE>Hverdag og arbejdsliv<\/CHOICE>[\s\S]*<\/Field>$/);
  });

  it('has the lists with their settings, content type, columns and indexes', () => {
    expect(plan.lists.map((l) => l.url)).toEqual(['Lists/Navnenyt', 'Lists/Medarbejderportraetter', 'Lists/Privatlivsvalg', 'Lists/Medarbejdere', 'Lists/Medarbejderindlaesninger']);
    const navnenyt = plan.lists[0];
    expect(navnenyt.settings).toEqual({
      Title: 'Navnenyt',
      EnableVersioning: true,
      EnableModeration: true,
      DraftVersionVisibility: 2,
      ReadSecurity: 1,
      WriteSecurity: 1,
      ValidationFormula: '=OR(ISBLANK(MnEventType),MnConsentConfirmed=TRUE)',
      ValidationMessage: expect.stringContaining('bekræftet samtykke'),
    });
    expect(navnenyt.contentTypes).toEqual(['0x01006485BB76EA24491D89113B612733154C']);
    expect(navnenyt.fields.filter((f) => f.indexed).map((f) => f.name)).toEqual(['MnEmployee', 'MnEventType', 'MnEventDate', 'MnArea', 'MnShowFrom', 'MnShowUntil']);
    expect(plan.lists.find((l) => l.title === 'Privatlivsvalg')?.settings).toMatchObject({ WriteSecurity: 2, EnableModeration: false });
    expect(plan.lists.find((l) => l.title === 'Medarbejderportrætter')?.url).toBe('Lists/Medarbejderportraetter');
  });

  it('puts the story content type (a child of Site Page) on the pages library', () => {
    expect(plan.pageContentTypes).toEqual([plan.contentTypes.find((c) => c.name === 'Medarbejderhistorie')?.id]);
    expect(plan.pageContentTypes[0].toUpperCase().startsWith(`${SITE_PAGE_CONTENT_TYPE.toUpperCase()}00`)).toBe(true);
  });

  it('refuses files that contradict themselves', () => {
    const broken = { ...ASSET_FILES, 'elements.xml': ASSET_FILES['elements.xml'].replace('<FieldRef ID="{34d885f4-f438-4786-b9f1-4168315e7799}" Name="MnTheme" />', '<FieldRef Name="MnUnknown" />') };
    expect(() => planFromAssets(broken)).toThrow(/MnUnknown/);
    const withoutSchema = Object.fromEntries(Object.entries(ASSET_FILES).filter(([name]) => name !== 'schema-navnenyt.xml'));
    expect(() => planFromAssets(withoutSchema)).toThrow(/schema-navnenyt.xml/);
  });
});

describe('stepsFor', () => {
  it('on an empty site: every step, in order (columns, content types, then each list, its columns, content type, indexes and validation)', () => {
    const steps = stepsFor(plan, EMPTY);
    expect(steps.every((s) => !s.present)).toBe(true);
    const kinds = steps.map((s) => s.step.kind);
    expect(kinds.indexOf('contentType')).toBeGreaterThan(kinds.lastIndexOf('siteColumn'));
    const navnenyt = steps.filter((s) => 'list' in s.step && s.step.list.url === 'Lists/Navnenyt').map((s) => s.step.kind);
    expect(navnenyt[0]).toBe('list');
    expect(navnenyt[navnenyt.length - 1]).toBe('listSettings');
    expect(navnenyt.filter((k) => k === 'index')).toHaveLength(6);
    expect(kinds[kinds.length - 1]).toBe('pagesContentType');
    expect(new Set(steps.map((s) => stepKey(s.step))).size).toBe(steps.length);
  });

  it('a list that exists with other settings gets only the differences; a list content type counts by its parent id', () => {
    const navnenyt = plan.lists[0];
    const state: ISiteState = {
      ...EMPTY,
      lists: [{ url: 'lists/navnenyt', settings: { ...navnenyt.settings, EnableVersioning: false, ValidationFormula: '' }, contentTypes: [`${navnenyt.contentTypes[0]}00ABCDEF0123456789ABCDEF0123456789`], fields: navnenyt.fields.map((f) => ({ name: f.name, indexed: true })) }],
    };
    const steps = stepsFor(plan, state).filter((s) => 'list' in s.step && s.step.list === navnenyt);
    expect(steps.filter((s) => !s.present).map((s) => s.step)).toEqual([{ kind: 'listSettings', list: navnenyt, changes: { EnableVersioning: true, ValidationFormula: navnenyt.settings.ValidationFormula } }]);
  });

  it('settingsChanges ignores surrounding white space in text', () => {
    expect(settingsChanges(plan.lists[0].settings, { ...plan.lists[0].settings, ValidationMessage: ` ${plan.lists[0].settings.ValidationMessage}\n` })).toEqual({});
  });

  it('no pages library: no step for it', () => {
    expect(stepsFor(plan, { ...EMPTY, pagesLibrary: null }).some((s) => s.step.kind === 'pagesContentType')).toBe(false);
  });
});

describe('runSetup', () => {
  it('takes the missing steps in order, reports the present ones as existing, stops at the first failure', async () => {
    const taken: string[] = [];
    const report = await runSetup(plan, {
      readState: async () => ({ ...EMPTY, siteColumns: ['MnEmployee'] }),
      apply: async (step) => {
        taken.push(stepKey(step));
        if (step.kind === 'contentType') throw new Error('nej');
        return 'created';
      },
    });
    expect(report.failed).toBe(true);
    expect(taken[0]).toBe('siteColumn:MnEmployeeNumber');
    expect(taken[taken.length - 1]).toBe('contentType:Navnenyt');
    const counts = countOutcomes(report.steps);
    expect(counts).toMatchObject({ existed: 1, created: plan.siteColumns.length - 1, failed: 1 });
    expect(counts.notRun).toBe(report.steps.length - plan.siteColumns.length - 1);
    expect(report.steps.find((s) => s.outcome === 'failed')?.error).toEqual(new Error('nej'));
  });
});
