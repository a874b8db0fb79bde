/**
 * @jest-environment node
 *
 * The set-up's command (scripts/setup-site.ts) against the local SharePoint over HTTP, started with no lists: a site
 * owner's run creates everything and prints the report per kind; a second run finds everything; --check lists nothing
 * missing; an employee is refused and the command fails.
 */
import { spawn, spawnSync } from 'child_process';
import * as path from 'path';
import { newEmulator, USERS } from '../../../emulator/helpers';
import type { IEmulator } from '../../../../emulator';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
let emu: IEmulator;
let site: string;

/** Runs the command in a child process (the emulator answers in this one, so it runs asynchronously). */
function run(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/setup-site.ts', '--site', site, ...args], { cwd: ROOT, env: { ...process.env, MEDARBEJDERNYT_TOKEN: '' } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  emu = newEmulator({ lists: 'none', origin: 'http://localhost:0' });
  site = await emu.listen(0);
});

afterAll(() => emu.close());

describe('npx tsx scripts/setup-site.ts', () => {
  it('refuses an employee', async () => {
    const r = await run('--as', USERS.employee);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Kun webstedets ejere kan oprette Medarbejdernyts lister.');
  });

  it("creates everything as the site owner, then finds everything", async () => {
    const first = await run('--as', USERS.owner);
    expect(first.out).toMatch(/Webstedskolonner\s+\d+ oprettet/);
    expect(first.out).toMatch(/Færdig: \d+ oprettet, \d+ ændret, 1 fandtes i forvejen\./);
    expect(first.code).toBe(0);
    const second = await run('--as', USERS.owner);
    expect(second.out).toMatch(/Færdig: 0 oprettet, 0 ændret, \d+ fandtes i forvejen\./);
    const check = await run('--as', USERS.owner, '--check');
    expect(check.out).toContain('Alt er på plads: der er intet at oprette.');
  });

  it('says how to call it when an argument is missing', () => {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/setup-site.ts', '--site', site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEDARBEJDERNYT_TOKEN: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--token eller --as mangler');
  });
});
