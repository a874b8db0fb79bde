/**
 * *Se alt om mig* through real PnPjs against the local SharePoint, as the person: their choices with every saved
 * version, the name news about them that they may read, their portrait and the stories they appear in — nothing about
 * anyone else, and the JSON and CSV documents hold it all.
 */
import type { IEmulator } from '../../../../emulator';
import { PersonalDataRepository } from '../../../../src/features/privacy/data/PersonalDataRepository';
import { PrivacyRepository } from '../../../../src/features/privacy/data/PrivacyRepository';
import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy/domain/consent';
import { personalDataCsv, personalDataJson } from '../../../../src/features/privacy/domain/personalData';
import type { IPersonalDataTexts } from '../../../../src/features/privacy/domain/personalData';
import { UserRepository } from '../../../../src/shared/data/users/UserRepository';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
const TEXTS: IPersonalDataTexts = {
  sources: { navnenyt: 'Navnenyt', portraits: 'Portrætter', stories: 'Historier', choices: 'Privatlivsvalg', history: 'Historik' },
  notReadable: 'Navnenyt, der venter eller er afvist, kan du ikke se: spørg kommunikation.',
  payroll: 'HR har lønudtrækket.',
};
let emu: IEmulator;

function repos(email: string): { personal: PersonalDataRepository; privacy: PrivacyRepository } {
  const sp = spAs(emu, email);
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users);
  return { personal: new PersonalDataRepository(sp, users, privacy, emu.siteUrl), privacy };
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  const jonas = emu.admin.userId(USERS.employee) as number;
  const sofie = emu.admin.userId(USERS.employee2) as number;
  const news = (title: string, who: number): Record<string, unknown> => ({ Title: title, MnEmployeeId: who, MnEventType: 'Jubilæum', MnEventDate: '2026-11-20', MnYears: 25, MnConsentConfirmed: true, MnMessage: 'Tillykke!' });
  emu.admin.addItems('Navnenyt', [news('Jonas Møller Nielsen', jonas), news('Sofie Andersen', sofie)], { authorEmail: USERS.hr });
  emu.admin.addItems('Navnenyt', [news('Jonas Møller Nielsen (udkast)', jonas)], { authorEmail: USERS.hr, approval: 'pending' });
  emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Jonas Møller Nielsen', MnEmployeeId: jonas, MnProfession: 'Pædagog', MnQuote: 'Børnene giver mig energi.' }], { authorEmail: USERS.comms });
  emu.admin.addPages([
    { name: 'boern.aspx', title: 'En dag i vuggestuen', contentType: 'Medarbejderhistorie', fields: { MnTheme: 'Fastholdelse, uddannelse og rekruttering', MnPeopleId: [sofie, jonas] }, canvas: [], published: '2026-11-20T09:00:00Z', promotedState: 2 },
    { name: 'havn.aspx', title: 'På havnen', contentType: 'Medarbejderhistorie', fields: { MnPeopleId: [sofie] }, canvas: [], published: '2026-11-21T09:00:00Z', promotedState: 2 },
  ]);
});
afterEach(() => emu.close());

describe('Se alt om mig', () => {
  it('collects the person\'s choices with every version, and what they may read about themselves, nothing about others', async () => {
    const { personal, privacy } = repos(USERS.employee);
    const first = await privacy.saveMine(withChoice(emptyConsentMatrix(), 'intranet', 'jubilee', true), undefined, '2026-11');
    await privacy.saveMine(withChoice(first.choices, 'linkedIn', 'portraitText', true), first, '2026-11');
    const data = await personal.collect(TODAY);
    expect(data.person).toMatchObject({ name: 'Jonas Møller Nielsen', email: USERS.employee });
    expect(data.made).toBe(TODAY);
    expect(data.choices?.choices.linkedIn.portraitText).toBe(true);
    expect(data.history.map((v) => v.label)).toEqual(['2.0', '1.0']);
    expect(data.items.navnenyt.map((r) => r.title)).toEqual(['Jonas Møller Nielsen']);
    expect(data.items.navnenyt[0].values).toMatchObject({ MnEventType: 'Jubilæum', MnYears: 25, MnMessage: 'Tillykke!' });
    expect(data.items.portraits.map((r) => r.values.MnQuote)).toEqual(['Børnene giver mig energi.']);
    expect(data.items.stories.map((r) => r.title)).toEqual(['En dag i vuggestuen']);
  });

  it('writes the same as JSON and as CSV for Danish Excel, with what is not included', async () => {
    const data = await repos(USERS.employee).personal.collect(TODAY);
    const json = JSON.parse(personalDataJson(data, TEXTS)) as { navnenyt: { title: string }[]; stories: unknown[]; notIncluded: string[] };
    expect(json.navnenyt.map((n) => n.title)).toEqual(['Jonas Møller Nielsen']);
    expect(json.stories).toHaveLength(1);
    expect(json.notIncluded).toEqual([TEXTS.notReadable, TEXTS.payroll]);
    const csv = personalDataCsv(data, TEXTS);
    expect(csv.startsWith('\uFEFFsection;id;title;column;value\r\n')).toBe(true);
    expect(csv).toContain(`person;${data.person.id};Jonas Møller Nielsen;email;${USERS.employee}\r\n`);
    expect(csv).toContain('Portrætter;1;Jonas Møller Nielsen;MnQuote;Børnene giver mig energi.\r\n');
    expect(csv).toContain('Navnenyt;1;Jonas Møller Nielsen;MnConsentConfirmed;ja\r\n');
    expect(csv).not.toContain('Sofie Andersen');
    expect(csv).not.toContain('udkast');
  });

  it('gives a person about whom nothing is stored an honest, empty document', async () => {
    const data = await repos(USERS.hr).personal.collect(TODAY);
    expect(data.choices).toBeUndefined();
    expect(data.history).toEqual([]);
    expect(data.items).toEqual({ navnenyt: [], portraits: [], stories: [] });
  });
});
