/**
 * Shared set-up for the privacy repository tests: two employees with their own choices, and REST helpers that read
 * what any employee can read.
 */
import { createRepositories } from '../support/repositories';
import type { IRepositories } from '../support/repositories';
import type { IEmulator } from '../../emulator';
import { raw, spAs, USERS } from '../emulator/helpers';

export const TODAY = '2026-11-27';
export const ANNE = 'anne.hansen@norddjurs.dk';
export const BO = 'bo.orum@norddjurs.dk';

export interface IPeople {
  readonly anneId: number;
  readonly boId: number;
  readonly jonasId: number;
  readonly sofieId: number;
  readonly larsId: number;
}

/** Anne said yes to jubilees; Bo to birthdays but no to his age. Both created their own items. */
export function seedPeople(emu: IEmulator): IPeople {
  const a = emu.admin;
  const [anneId, boId] = a.addUsers([
    { email: ANNE, title: 'Anne Hansen' },
    { email: BO, title: 'Bo Ørum' },
  ]);
  a.addItems('Privatlivsvalg', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnIntranetJubilee: true }], { authorEmail: ANNE });
  a.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true, MnIntranetAge: false }], { authorEmail: BO });
  const id = (email: string): number => a.userId(email) ?? -1;
  return { anneId, boId, jonasId: id(USERS.employee), sofieId: id(USERS.employee2), larsId: id(USERS.hr) };
}

export const reposAs = (emu: IEmulator, email: string): IRepositories => createRepositories(spAs(emu, email), emu.siteUrl);

/** A list's items as an employee reads them over REST, whatever the product shows. */
export async function restRows(emu: IEmulator, email: string, listTitle: string, select: string): Promise<Record<string, unknown>[]> {
  const res = await raw(emu, email, `web/lists/getbytitle('${encodeURIComponent(listTitle)}')/items?$select=${select}&$top=5000`, { headers: { accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`${listTitle} as ${email}: HTTP ${res.status}`);
  return ((await res.json()) as { value: Record<string, unknown>[] }).value;
}

/** A small JPEG-looking file (the emulator stores bytes as they are). */
export const PHOTO = { fileName: 'foto.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), alt: 'Portrætfoto' };
