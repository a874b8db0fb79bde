/**
 * `$select=EffectiveBasePermissions` (and `EffectiveBasePermissionsForUI`) on items: SP.ListItem properties that
 * SharePoint leaves out of the default set and answers when selected, on one item and on each item of a collection
 * ({High, Low} as Int64 strings), so a web part learns in one request which rows the user may edit.
 */
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, USERS } from './helpers';

let emu: IEmulator;
beforeAll(() => {
  emu = newEmulator();
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Jonas' }], { authorEmail: USERS.employee });
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Sofie' }], { authorEmail: USERS.employee2 });
});
afterAll(() => emu.close());

interface IPermItem {
  Id: number;
  Title?: string;
  EffectiveBasePermissions: { High: string; Low: string };
  EffectiveBasePermissionsForUI?: { High: string; Low: string };
}

const has = (p: { High: string; Low: string }, kind: PermissionKind): boolean => {
  const bit = BigInt(kind - 1);
  const mask = (BigInt(p.High) << 32n) | BigInt(p.Low);
  return ((mask >> bit) & 1n) === 1n;
};

describe('$select=EffectiveBasePermissions on items', () => {
  it('answers each item’s rights in a collection: Jonas may edit his own privacy choice', async () => {
    const items = await spAs(emu, USERS.employee).web.lists.getByTitle('Privatlivsvalg').items.select('Id', 'Title', 'EffectiveBasePermissions', 'EffectiveBasePermissionsForUI')<IPermItem[]>();
    const mine = items.find((i) => i.Title === 'Jonas') as IPermItem;
    expect(mine.EffectiveBasePermissions).toEqual({ High: expect.stringMatching(/^\d+$/) as string, Low: expect.stringMatching(/^\d+$/) as string });
    expect(has(mine.EffectiveBasePermissions, PermissionKind.EditListItems)).toBe(true);
    expect(mine.EffectiveBasePermissionsForUI).toEqual(mine.EffectiveBasePermissions);
    const direct = await spAs(emu, USERS.employee).web.lists.getByTitle('Privatlivsvalg').items.getById(mine.Id).effectiveBasePermissions();
    expect(mine.EffectiveBasePermissions).toEqual({ High: direct.High, Low: direct.Low });
  });

  it('answers on one item and together with *; it is not in the default set', async () => {
    const res = await raw(emu, USERS.hr, "web/lists/getByTitle('Privatlivsvalg')/items(1)?$select=Title,EffectiveBasePermissions");
    expect(res.status).toBe(200);
    const one = (await res.json()) as IPermItem;
    expect(has(one.EffectiveBasePermissions, PermissionKind.EditListItems)).toBe(true);
    const all = (await (await raw(emu, USERS.hr, "web/lists/getByTitle('Privatlivsvalg')/items?$select=*,EffectiveBasePermissions")).json()) as { value: IPermItem[] };
    expect(all.value[0].Title).toBe(one.Title);
    expect(has(all.value[0].EffectiveBasePermissions, PermissionKind.EditListItems)).toBe(true);
    const plain = (await (await raw(emu, USERS.hr, "web/lists/getByTitle('Privatlivsvalg')/items(1)")).json()) as Record<string, unknown>;
    expect(plain.EffectiveBasePermissions).toBeUndefined();
  });

  it('verbose answers SP.BasePermissions', async () => {
    const res = await raw(emu, USERS.hr, "web/lists/getByTitle('Privatlivsvalg')/items(1)?$select=EffectiveBasePermissions", { headers: { accept: 'application/json;odata=verbose' } });
    const body = (await res.json()) as { d: { EffectiveBasePermissions: { __metadata: { type: string }; High: string } } };
    expect(body.d.EffectiveBasePermissions.__metadata.type).toBe('SP.BasePermissions');
  });
});
