/** Who may load employee data, asked of the local SharePoint without a failing request for those who may not. */
import { spfi, SPBrowser } from '@pnp/sp';
import type { IEmulator } from '../../../../emulator';
import { BearerAuth, EmulatorSend } from '../../../../emulator/pnp';
import { HiddenListPermissions } from '../../../../src/features/employees/data/ImportPermissions';
import { newEmulator, USERS } from '../../../emulator/helpers';

let emu: IEmulator;
beforeAll(() => {
  emu = newEmulator();
});
afterAll(() => emu.close());

async function rightsOf(email: string): Promise<{ add: boolean; statuses: number[] }> {
  const statuses: number[] = [];
  const watching = {
    fetch: async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const res = await emu.fetch(url, init);
      statuses.push(res.status);
      return res;
    },
  };
  const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(watching), BearerAuth(email));
  const rights = await new HiddenListPermissions(sp).rightsOn('Employees');
  return { add: rights.add, statuses };
}

describe('who may load employee data', () => {
  it.each([
    ['HR', USERS.hr, true],
    ['the site owner', USERS.owner, true],
    ['communications', USERS.comms, false],
    ['an employee', USERS.employee, false],
  ])('%s: %s', async (_who, email, may) => {
    const { add, statuses } = await rightsOf(email);
    expect(add).toBe(may);
    // Those who may not see Medarbejdere are told so without a 404 in their browser's console.
    expect(statuses.every((s) => s < 400)).toBe(true);
  });
});
