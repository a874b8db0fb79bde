import { generateDemoData } from '../../emulator/seed/generate';
import { AVATAR_BACKGROUNDS, AVATAR_TEXT_COLOUR, avatarSvg, contrastRatio, heroSvg, relativeLuminance } from '../../emulator/seed/images';
import { AREA_NAMES } from '../../emulator/seed/places';
import { STORY_THEMES } from '../../src/features/stories/domain/models';
import { LINKEDIN_STATUSES, PROFESSIONS } from '../../src/features/portraits/domain/models';
import { CONSENT_CATEGORIES } from '../../src/features/privacy/domain/models';

const TODAY = '2026-11-27';
const data = generateDemoData({ today: TODAY });
const byIndex = (i: number): (typeof data.employees)[number] => data.employees[i];

describe('stories', () => {
  it('has 40+ stories across all nine themes and all areas', () => {
    expect(data.stories.length).toBeGreaterThanOrEqual(40);
    for (const theme of STORY_THEMES) expect(data.stories.filter((s) => s.theme === theme).length).toBeGreaterThanOrEqual(3);
    for (const area of AREA_NAMES) expect(data.stories.some((s) => s.area === area)).toBe(true);
  });

  it('publishes over the last year before today, features a few recent published ones and keeps the newest few as drafts', () => {
    for (const s of data.stories) expect(s.publishDate < TODAY).toBe(true);
    const dates = data.stories.map((s) => s.publishDate).sort();
    expect(dates[0] >= '2025-11-27').toBe(true);
    expect(dates[0] < '2026-03-01').toBe(true);
    const featured = data.stories.filter((s) => s.featured);
    expect(featured.length).toBeGreaterThanOrEqual(3);
    expect(featured.length).toBeLessThanOrEqual(5);
    expect(featured.every((s) => s.published)).toBe(true);
    const drafts = data.stories.filter((s) => !s.published);
    expect(drafts).toHaveLength(3);
    const newestPublished = Math.max(...data.stories.filter((s) => s.published).map((s) => Date.parse(s.publishDate)));
    for (const d of drafts) expect(Date.parse(d.publishDate)).toBeGreaterThanOrEqual(newestPublished);
    expect(new Set(data.stories.map((s) => s.title)).size).toBe(data.stories.length);
    expect(new Set(data.stories.map((s) => s.fileName)).size).toBe(data.stories.length);
    for (const s of data.stories) expect(s.fileName).toMatch(/^[a-z0-9-]+\.aspx$/);
  });

  it('has Danish text with simple HTML paragraphs and no unfilled placeholders', () => {
    for (const s of data.stories) {
      expect(s.body).toMatch(/^(<p>[^<>]+<\/p>)+$/);
      expect(`${s.title} ${s.teaser} ${s.body}`).not.toMatch(/[{}]/);
      expect(s.teaser.length).toBeGreaterThan(40);
    }
    expect(data.stories.map((s) => s.body).join(' ')).toMatch(/[æøå]/);
  });

  it('features colleagues who said yes to portrait text and photo on the intranet, named in the text', () => {
    const privacy = new Map(data.privacy.map((p) => [p.employeeIndex, p]));
    const withPeople = data.stories.filter((s) => s.peopleIndexes.length > 0);
    expect(withPeople.length).toBe(data.stories.length);
    for (const s of withPeople) {
      for (const i of s.peopleIndexes) {
        expect(privacy.get(i)?.choices.intranet.portraitText).toBe(true);
        expect(privacy.get(i)?.choices.intranet.photo).toBe(true);
      }
      expect(`${s.teaser} ${s.body}`).toContain(byIndex(s.peopleIndexes[0]).firstName);
    }
  });

  it('has a hero illustration with Danish alt text', () => {
    for (const s of data.stories) {
      expect(s.hero.content.startsWith('<svg')).toBe(true);
      expect(s.hero.alt).toMatch(/^Tegnet illustration: /);
    }
  });
});

describe('portraits', () => {
  it('has 20+ portraits, every welfare profession, of employees in that profession', () => {
    expect(data.portraits.length).toBeGreaterThanOrEqual(20);
    for (const profession of PROFESSIONS) expect(data.portraits.some((p) => p.profession === profession)).toBe(true);
    expect(new Set(data.portraits.map((p) => p.employeeIndex)).size).toBe(data.portraits.length);
    for (const p of data.portraits) {
      expect(byIndex(p.employeeIndex).displayName).toBe(p.name);
      expect(p.story).toContain(byIndex(p.employeeIndex).firstName);
      expect(p.story).not.toMatch(/[{}]/);
    }
  });

  it('has LinkedIn statuses of all five kinds with the fields each needs', () => {
    for (const status of LINKEDIN_STATUSES) expect(data.portraits.some((p) => p.linkedInStatus === status)).toBe(true);
    for (const p of data.portraits) {
      const shared = p.linkedInStatus === 'shared' || p.linkedInStatus === 'toRemove' || p.linkedInStatus === 'removed';
      expect(Boolean(p.removedAt)).toBe(p.linkedInStatus === 'removed');
      expect(Boolean(p.linkedInPostUrl)).toBe(shared);
      expect(Boolean(p.sharedAt)).toBe(shared);
      if (shared) expect(p.linkedInPostUrl).toMatch(/^https:\/\/www\.linkedin\.com\/posts\//);
      if (p.sharedAt) expect(p.sharedAt < TODAY).toBe(true);
      expect(Boolean(p.linkedInText)).toBe(p.linkedInStatus !== 'notShared');
      expect(p.jobAdvertUrl).toMatch(/^https:\/\/www\.norddjurs\.dk\/job\/ledige-stillinger\/[a-z-]+$/);
    }
  });

  it('shares some portraits on Facebook too, each with a Facebook post and the person\'s Facebook yes', () => {
    const privacy = new Map(data.privacy.map((p) => [p.employeeIndex, p]));
    const onFacebook = data.portraits.filter((p) => p.facebookStatus !== 'notShared');
    expect(onFacebook.some((p) => p.facebookStatus === 'shared')).toBe(true);
    for (const p of data.portraits) {
      expect(Boolean(p.facebookPostUrl)).toBe(p.facebookStatus === 'shared');
      if (p.facebookPostUrl) expect(p.facebookPostUrl).toMatch(/^https:\/\/www\.facebook\.com\/NorddjursKommune\/posts\//);
      const choices = privacy.get(p.employeeIndex)?.choices;
      if (p.facebookStatus !== 'notShared') expect(choices?.facebook.portraitText && choices.facebook.photo).toBe(true);
    }
  });

  it('is consistent with privacy: LinkedIn consent for shared portraits, withdrawn for those to be removed', () => {
    const privacy = new Map(data.privacy.map((p) => [p.employeeIndex, p]));
    for (const p of data.portraits) {
      const choices = privacy.get(p.employeeIndex)?.choices;
      expect(choices?.intranet.photo && choices.intranet.portraitText).toBe(true);
      const onLinkedIn = p.linkedInStatus === 'shared' || p.linkedInStatus === 'readyToShare';
      expect(choices?.linkedIn.photo).toBe(onLinkedIn);
      expect(choices?.linkedIn.portraitText).toBe(onLinkedIn);
    }
  });
});

describe('privacy choices', () => {
  const share = (pred: (p: (typeof data.privacy)[number]) => boolean): number => data.privacy.filter(pred).length / data.privacy.length;

  it('exist for most employees but not all', () => {
    expect(data.privacy.length).toBeGreaterThan(data.employees.length * 0.8);
    expect(data.privacy.length).toBeLessThan(data.employees.length * 0.97);
    expect(new Set(data.privacy.map((p) => p.employeeIndex)).size).toBe(data.privacy.length);
  });

  it('include realistic opt-outs on the intranet and mostly no for LinkedIn', () => {
    expect(share((p) => !p.choices.intranet.birthday)).toBeGreaterThan(0.05);
    expect(share((p) => !p.choices.intranet.birthday)).toBeLessThan(0.16);
    expect(share((p) => !p.choices.intranet.age)).toBeGreaterThan(0.2);
    expect(share((p) => !p.choices.intranet.age)).toBeLessThan(0.45);
    for (const category of CONSENT_CATEGORIES) expect(share((p) => p.choices.linkedIn[category])).toBeLessThan(0.15);
    for (const p of data.privacy) if (p.choices.intranet.age) expect(p.choices.intranet.birthday).toBe(true);
    expect(share((p) => p.registeredBy === 'HR')).toBeGreaterThan(0.05);
  });
});

describe('images', () => {
  it('uses avatar backgrounds with at least 4.5:1 contrast to the white initials (WCAG AA)', () => {
    for (const bg of AVATAR_BACKGROUNDS) expect(contrastRatio(bg, AVATAR_TEXT_COLOUR)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 5);
  });

  it('draws the same avatar for the same name, with escaped initials', () => {
    expect(avatarSvg('Åse Ørsted')).toBe(avatarSvg('Åse Ørsted'));
    expect(avatarSvg('Åse Ørsted')).toContain('>ÅØ</text>');
    expect(avatarSvg('<b> &')).not.toContain('<b>');
    expect(heroSvg('x', 'wind')).toBe(heroSvg('x', 'wind'));
  });

  it('uploads every referenced image once, with ASCII file names', () => {
    const names = data.images.map((i) => i.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9.-]+\.svg$/);
    const referenced = [...data.navnenyt.map((n) => n.photo), ...data.portraits.map((p) => p.photo), ...data.stories.map((s) => s.hero)];
    for (const image of referenced) if (image) expect(names).toContain(image.fileName);
    for (const image of data.images) {
      expect(image.content).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>$/);
      expect(image.alt.length).toBeGreaterThan(10);
    }
  });
});
