/**
 * The local page's server for the workbench tests: a temporary dist folder with a page (and any other files), a fresh
 * local SharePoint, the server on a free port of 127.0.0.1 (HTTPS with HTTP/2 when `https`), and one `close`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { createEmulator } from '../../emulator';
import type { IEmulator } from '../../emulator';
import { createWorkbenchServer } from '../../workbench/server';
import type { WorkbenchServer } from '../../workbench/server';
import { localCertificate } from '../../workbench/tls';

export const PAGE_HTML = '<!doctype html><html><head><title>Forside</title></head><body></body></html>';
export const DEFAULT_ACCOUNT = 'jonas.nielsen@norddjurs.dk';

export interface ILocalPage {
  readonly emu: IEmulator;
  readonly port: number;
  /** e.g. https://localhost:40123 */
  readonly origin: string;
  readonly distDir: string;
  close(): Promise<void>;
}

export async function startLocalPage(files: Readonly<Record<string, string>> = {}, https = false): Promise<ILocalPage> {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-test-'));
  for (const [name, text] of Object.entries({ 'index.html': PAGE_HTML, ...files })) fs.writeFileSync(path.join(distDir, name), text);
  const emu = createEmulator();
  const options = { emulator: Promise.resolve(emu), distDir, defaultAccount: DEFAULT_ACCOUNT, log: (): void => undefined };
  const server: WorkbenchServer = https ? createWorkbenchServer({ ...options, tls: localCertificate(distDir) }) : createWorkbenchServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    emu,
    port,
    origin: `${https ? 'https' : 'http'}://localhost:${port}`,
    distDir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emu.close();
      fs.rmSync(distDir, { recursive: true, force: true });
    },
  };
}
