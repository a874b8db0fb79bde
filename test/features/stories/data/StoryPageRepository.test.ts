/** Story pages with their content through real PnPjs against the local SharePoint, as a reader and as communications. */
import type { IEmulator } from '../../../../emulator';
import { StoryPageRepository } from '../../../../src/features/stories/data/StoryPageRepository';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
const IMAGE = 'd1d91016-032f-456d-98a4-721247c305e8';
let emu: IEmulator;
const repo = (email: string): StoryPageRepository => new StoryPageRepository(spAs(emu, email), emu.siteUrl);

function canvas(text: string, alt: string): Record<string, unknown>[] {
  return [
    { controlType: 4, id: 't1', position: { zoneIndex: 1, sectionIndex: 1, controlIndex: 1 }, innerHTML: text },
    {
      controlType: 3,
      id: 'i1',
      webPartId: IMAGE,
      position: { zoneIndex: 1, sectionIndex: 1, controlIndex: 2 },
      webPartData: { id: IMAGE, properties: { altText: alt, captionText: 'Havnen', imgWidth: 1200, imgHeight: 600 }, serverProcessedContent: { imageSources: { imageSource: '/sites/intranet/Billeder/havn.jpg' } } },
    },
    { controlType: 3, id: 'x1', webPartId: 'other', webPartData: { id: 'other', properties: { imageSource: 'https://evil.example/x.png' } } },
  ];
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  const [anneId] = emu.admin.addUsers([{ email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' }]);
  emu.admin.addPages([
    {
      name: 'havnen.aspx',
      title: 'En dag på havnen',
      description: 'Om havnen',
      bannerImageUrl: '/sites/intranet/Billeder/havn.jpg',
      contentType: 'Medarbejderhistorie',
      fields: { MnTheme: 'Erhverv og jobmuligheder', MnArea: 'Teknik og Miljø', MnBannerAlt: 'Havnen i Grenaa', MnPeopleId: [anneId] },
      canvas: canvas('<p>Anne møder kl. 6.</p><p>Hun <a href="javascript:alert(1)">klikker</a>.</p>', 'Kran på havnen'),
      published: '2026-11-20T09:00:00Z',
      promotedState: 2,
    },
    { name: 'kladde.aspx', title: 'Kladde', contentType: 'Medarbejderhistorie', fields: {}, canvas: canvas('<p>Udkast.</p>', ''), promotedState: 1 },
    { name: 'gammel.aspx', title: 'Gammel historie', contentType: 'Medarbejderhistorie', fields: { MnTheme: 'Infrastruktur' }, canvas: [], published: '2026-08-01T09:00:00Z', promotedState: 2 },
  ]);
});
afterEach(() => emu.close());

describe('story pages', () => {
  it('reads a published page by file name with its text and image web parts, in page order, for a reader', async () => {
    const page = await repo(USERS.employee).getStoryPage('havnen.aspx');
    expect(page?.story).toMatchObject({ title: 'En dag på havnen', theme: 'Erhverv og jobmuligheder', url: `${emu.siteUrl}/SitePages/havnen.aspx` });
    expect(page?.story.people.map((p) => p.name)).toEqual(['Anne Hansen']);
    expect(page?.parts).toEqual([
      { kind: 'text', id: 't1', html: '<p>Anne møder kl. 6.</p><p>Hun <a href="javascript:alert(1)">klikker</a>.</p>' },
      { kind: 'image', id: 'i1', url: '/sites/intranet/Billeder/havn.jpg', alt: 'Kran på havnen', caption: 'Havnen', width: 1200, height: 600 },
    ]);
    expect(typeof page?.author).toBe('string');
    // A draft is no page for a reader.
    expect(await repo(USERS.employee).getStoryPage('kladde.aspx')).toBeUndefined();
  });

  it('gives communications the drafts and the recently published stories, not the old ones', async () => {
    const drafts = await repo(USERS.comms).getStoriesForCheck({ today: TODAY, publishedDays: 30 });
    expect(drafts.map((d) => [d.page.story.title, d.published]).sort()).toEqual([
      ['En dag på havnen', true],
      ['Kladde', false],
    ]);
    expect(drafts.find((d) => d.published)?.bannerAlt).toBe('Havnen i Grenaa');
  });
});
