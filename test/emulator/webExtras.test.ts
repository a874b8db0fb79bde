/**
 * The web's settings and an item's formatted values through PnPjs: allProperties (read; write for owners),
 * regionalSettings and its time zone, userCustomActions, features and navigation (read), and FieldValuesAsText,
 * FieldValuesAsHtml and FieldValuesForEdit.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/user-custom-actions';
import '@pnp/sp/features';
import '@pnp/sp/navigation';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
});
afterAll(() => emu.close());

describe('web property bag', () => {
  it('reads allProperties with SharePoint’s _x005f_ keys; owners write, others get 403', async () => {
    const props = await spAs(emu, USERS.employee).web.allProperties();
    expect(props.vti_x005f_defaultlanguage).toBe('da-dk');
    const merge = (email: string, body: Record<string, unknown>): Promise<Response> =>
      raw(emu, email, 'web/allproperties', { method: 'POST', headers: { 'x-http-method': 'MERGE', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await merge(USERS.owner, { MnSetting: 'ja' })).status).toBe(204);
    expect((await owner.web.allProperties.select('MnSetting')()).MnSetting).toBe('ja');
    expect((await merge(USERS.hr, { MnSetting: 'nej' })).status).toBe(403);
    expect((await merge(USERS.owner, { MnSetting: 5 })).status).toBe(400);
  });
});

describe('regional settings', () => {
  it('answers LocaleId 1030 and the Copenhagen time zone', async () => {
    const rs = await owner.web.regionalSettings();
    expect(rs).toMatchObject({ LocaleId: 1030, Time24: true, FirstDayOfWeek: 1, DecimalSeparator: ',' });
    const tz = await owner.web.regionalSettings.timeZone();
    expect(tz).toMatchObject({ Id: 3, Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', Information: { Bias: -60 } });
    expect((await raw(emu, USERS.owner, 'web/regionalSettings/bogus')).status).toBe(404);
  });
});

describe('custom actions, features and navigation (read)', () => {
  it('answers the empty collections of a new communication site', async () => {
    expect(await owner.web.userCustomActions()).toEqual([]);
    expect(await owner.web.features()).toEqual([]);
    expect(await owner.web.navigation.quicklaunch()).toEqual([]);
    expect(await owner.web.navigation.topNavigationBar()).toEqual([]);
    expect((await raw(emu, USERS.owner, 'web/userCustomActions', { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('FieldValuesAsText, AsHtml and ForEdit', () => {
  it('formats values as a Danish-language site shows them', async () => {
    const employee = emu.admin.userId(USERS.employee) as number;
    emu.admin.addItems('Navnenyt', [
      { Title: 'Jonas <50>', MnEmployeeId: employee, MnEventType: 'Fødselsdag', MnEventDate: '2026-11-27', MnYears: 1234.5, MnConsentConfirmed: true, MnMessage: 'Tillykke\nmed dagen', MnPhoto: { Url: 'https://example.org/a.jpg', Description: 'Jonas' } },
    ]);
    const item = owner.web.lists.getByTitle('Navnenyt').items.getById(1);
    const text = await item.fieldValuesAsText();
    expect(text).toMatchObject({ Title: 'Jonas <50>', MnEmployee: 'Jonas Møller Nielsen', MnEventDate: '27-11-2026', MnYears: '1.234,5', MnConsentConfirmed: 'Ja', MnPhoto: 'https://example.org/a.jpg, Jonas' });
    expect(text._x005f_UIVersionString).toBe('1.0');
    const html = await item.fieldValuesAsHTML();
    expect(html).toMatchObject({ Title: 'Jonas &lt;50&gt;', MnMessage: 'Tillykke<br>med dagen', MnPhoto: '<a href="https://example.org/a.jpg">Jonas</a>' });
    const edit = (await (await raw(emu, USERS.owner, "web/lists/getByTitle('Navnenyt')/items(1)/FieldValuesForEdit")).json()) as Record<string, string>;
    expect(edit).toMatchObject({ MnEmployee: String(employee), MnConsentConfirmed: '1', MnYears: '1234.5' });
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Medarbejdere').items.getById(1).fieldValuesAsText())).status).toBe(404);
  });
});
