/**
 * Issue 9, item 1: nobody but the person (items they created) or HR (items created by a member of the HR group) sets
 * a person's privacy choices. SharePoint lets any employee create an item naming a colleague (WriteSecurity=2 limits
 * editing, not what an item says); the product ignores it everywhere, the person can always withdraw, and HR sees
 * the forged items to delete them. Through real PnPjs against the local SharePoint.
 */
import { emptyConsentMatrix, indexPrivacyChoices, withChoice, withdrawAll } from '../../src/features/privacy/domain/consent';
import { selectForReader } from '../../src/features/navnenyt/domain/navnenytReader';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';
import { reposAs, seedPeople, TODAY } from './privacySeed';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

const privacyList = (email: string): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']> => spAs(emu, email).web.lists.getByTitle('Privatlivsvalg');

/** What an impostor sends: choices for someone else, claiming HR registered them. */
const forged = (employeeId: number): Record<string, unknown> => ({ Title: 'Forfalsket', MnEmployeeId: employeeId, MnRegisteredBy: 'HR', MnIntranetBirthday: true, MnIntranetAge: true, MnIntranetPhoto: true });

describe('forged privacy choices', () => {
  it('SharePoint accepts an item naming a colleague, but no reader takes it as her choices', async () => {
    const { boId } = seedPeople(emu);
    emu.admin.addItems('Navnenyt', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnEventType: 'Fødselsdag', MnEventDate: TODAY, MnYears: 50, MnConsentConfirmed: true }], { authorEmail: USERS.hr });
    const created = await privacyList(USERS.employee).items.add(forged(boId));
    expect(created).toMatchObject({ MnEmployeeId: boId });

    const feed = await reposAs(emu, USERS.employee2).navnenyt.getFeed({ from: TODAY, to: TODAY });
    expect(feed.choices.get(boId)?.choices.intranet).toMatchObject({ birthday: true, age: false, photo: false });
    expect(feed.choices.get(boId)?.registeredBy).toBe('Selvbetjening');
    const [group] = selectForReader(feed.items, indexPrivacyChoices(Array.from(feed.choices.values())), TODAY);
    expect(group.entries[0].disclosure).toMatchObject({ show: true, showAge: false });
  });

  it('pointing one\'s own item at a colleague (MERGE) makes it nobody\'s choices', async () => {
    const { sofieId, jonasId } = seedPeople(emu);
    const jonas = reposAs(emu, USERS.employee).privacy;
    const mine = await jonas.saveMine(withChoice(emptyConsentMatrix(), 'intranet', 'age', true), undefined, '2026-11');
    await privacyList(USERS.employee).items.getById(mine.id ?? 0).update({ MnEmployeeId: sofieId });
    const choices = await reposAs(emu, USERS.owner).privacy.getChoicesFor([sofieId, jonasId]);
    expect(choices.size).toBe(0);
  });

  it('the victim sees her own (empty) choices and can withdraw, however many items name her', async () => {
    const { sofieId } = seedPeople(emu);
    await privacyList(USERS.employee).items.add(forged(sofieId));
    const sofie = reposAs(emu, USERS.employee2).privacy;
    expect(await sofie.getMine()).toBeUndefined();
    const saved = await sofie.saveMine(withdrawAll(emptyConsentMatrix()), await sofie.getMine(), '2026-11');
    expect(saved).toMatchObject({ registeredBy: 'Selvbetjening', employee: { id: sofieId } });
    const read = await reposAs(emu, USERS.comms).privacy.getChoicesFor([sofieId]);
    expect(read.get(sofieId)?.choices.intranet.age).toBe(false);
  });

  it('thousands of forged items naming her do not push her own item out of the answer', async () => {
    const { sofieId } = seedPeople(emu);
    emu.admin.addItems('Privatlivsvalg', Array.from({ length: 5001 }, () => forged(sofieId)), { authorEmail: USERS.employee });
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Sofie Andersen', MnEmployeeId: sofieId, MnIntranetJubilee: true }], { authorEmail: USERS.employee2 });
    const choices = await reposAs(emu, USERS.comms).privacy.getChoicesFor([sofieId]);
    expect(choices.get(sofieId)?.choices.intranet).toMatchObject({ jubilee: true, age: false });
  });

  it('portraits follow the same rule', async () => {
    const { sofieId } = seedPeople(emu);
    await privacyList(USERS.employee).items.add({ ...forged(sofieId), MnIntranetPortraitText: true });
    emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Sofie Andersen', MnEmployeeId: sofieId, MnLinkedInStatus: 'Ikke delt' }], { authorEmail: USERS.comms });
    const feed = await reposAs(emu, USERS.employee2).portraits.getPortraits({});
    expect(feed.choices.has(sofieId)).toBe(false);
  });

  it('HR alone sees the forged items, with who created them, and puts them in the recycle bin', async () => {
    const { sofieId, boId } = seedPeople(emu);
    await privacyList(USERS.employee).items.add(forged(sofieId));
    await privacyList(USERS.employee2).items.add(forged(boId));
    expect(await reposAs(emu, USERS.employee).privacy.getImpostors()).toBeUndefined();
    const hr = reposAs(emu, USERS.hr).privacy;
    const impostors = (await hr.getImpostors()) ?? [];
    expect(impostors.map((i) => [i.employee.name, i.author.name])).toEqual([
      ['Sofie Andersen', 'Jonas Møller Nielsen'],
      ['Bo Ørum', 'Sofie Andersen'],
    ]);
    await hr.recycleImpostor(impostors[0].id);
    expect(((await hr.getImpostors()) ?? []).map((i) => i.employee.name)).toEqual(['Bo Ørum']);
    // A person's own item is not HR's to delete this way.
    const bo = await hr.getChoicesFor([boId]);
    const refused = await hr.recycleImpostor(bo.get(boId)?.id ?? 0).catch((e: { kind?: string }) => e);
    expect((refused as { kind?: string }).kind).toBe('conflict');
    expect((await hr.getChoicesFor([boId])).has(boId)).toBe(true);
  });
});

describe('HR\'s choices on a person\'s behalf', () => {
  it('count when the person has none; the person\'s own withdrawal creates her item, which wins', async () => {
    const { sofieId } = seedPeople(emu);
    await privacyList(USERS.hr).items.add({ Title: 'Sofie Andersen', MnEmployeeId: sofieId, MnRegisteredBy: 'HR', MnIntranetBirthday: true, MnIntranetPhoto: true });
    const reader = reposAs(emu, USERS.employee).privacy;
    expect((await reader.getChoicesFor([sofieId])).get(sofieId)).toMatchObject({ registeredBy: 'HR', choices: { intranet: { birthday: true } } });

    const sofie = reposAs(emu, USERS.employee2).privacy;
    const hrs = await sofie.getMine();
    expect(hrs?.registeredBy).toBe('HR');
    const own = await sofie.saveMine(withdrawAll(hrs?.choices ?? emptyConsentMatrix()), hrs, '2026-11');
    expect(own.id).not.toBe(hrs?.id);
    expect(own.registeredBy).toBe('Selvbetjening');
    expect((await reader.getChoicesFor([sofieId])).get(sofieId)?.choices.intranet.birthday).toBe(false);

    // HR changing its item later does not override the person's own choice.
    await privacyList(USERS.hr).items.getById(hrs?.id ?? 0).update({ MnIntranetBirthday: true, MnIntranetAge: true });
    expect((await reader.getChoicesFor([sofieId])).get(sofieId)?.choices.intranet).toMatchObject({ birthday: false, age: false });
  });

  it('a person with several own items (no unique constraint) edits and is read by the latest', async () => {
    const { sofieId } = seedPeople(emu);
    await privacyList(USERS.employee2).items.add({ Title: 'Sofie Andersen', MnEmployeeId: sofieId, MnIntranetBirthday: true });
    const sofie = reposAs(emu, USERS.employee2).privacy;
    const first = await sofie.getMine();
    await privacyList(USERS.employee2).items.add({ Title: 'Sofie Andersen', MnEmployeeId: sofieId, MnIntranetJubilee: true });
    const latest = await sofie.getMine();
    expect(latest?.id).not.toBe(first?.id);
    expect(latest?.choices.intranet).toMatchObject({ birthday: false, jubilee: true });
  });
});
