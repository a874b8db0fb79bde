/**
 * Text matching and item versions as SharePoint does them: comparisons ignore case for every letter (Æ = æ), and a
 * version says who saved it as an SP.FieldUserValue.
 */
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from './helpers';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator();
  emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Ærø og Østergaard' }, { Title: 'Åbent hus i Ørum' }, { Title: 'Grenaa havn' }], { authorEmail: USERS.comms });
});
afterEach(() => emu.close());

const titles = async (filter: string): Promise<string[]> =>
  ((await spAs(emu, USERS.employee).web.lists.getByTitle('Medarbejderportrætter').items.select('Title').filter(filter)()) as { Title: string }[]).map((r) => r.Title);

describe('text filters ignore case for Danish letters too', () => {
  it('substringof finds "Østergaard" when searching "østergaard", and "Ørum" with "ØRUM"', async () => {
    expect(await titles("substringof('østergaard', Title)")).toEqual(['Ærø og Østergaard']);
    expect(await titles("substringof('ØRUM', Title)")).toEqual(['Åbent hus i Ørum']);
  });

  it('startswith matches "æ" against "Æ" and "å" against "Å"', async () => {
    expect(await titles("startswith(Title, 'ærø')")).toEqual(['Ærø og Østergaard']);
    expect(await titles("startswith(Title, 'åbent')")).toEqual(['Åbent hus i Ørum']);
  });
});

describe('item versions', () => {
  it('name who saved each version', async () => {
    const list = spAs(emu, USERS.comms).web.lists.getByTitle('Medarbejderportrætter');
    await list.items.getById(3).update({ Title: 'Grenaa Havn' });
    // Read by communications: everyone else has "Læs uden versioner" on this list (versionSecurity.test.ts).
    const versions = (await spAs(emu, USERS.comms).web.lists.getByTitle('Medarbejderportrætter').items.getById(3).versions()) as unknown as {
      VersionLabel: string;
      Editor: { LookupValue: string; Email: string };
    }[];
    expect(versions.map((v) => [v.VersionLabel, v.Editor.LookupValue, v.Editor.Email])).toEqual([
      ['2.0', 'Mette Lund Sørensen', USERS.comms],
      ['1.0', 'Mette Lund Sørensen', USERS.comms],
    ]);
  });
});
