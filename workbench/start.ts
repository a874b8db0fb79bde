/**
 * `npm start`: builds the local front page, opens (or creates and seeds) the local SharePoint's data folder and serves
 * both on one origin: http://localhost:4321 (`PORT` to change; 0 picks a free port), on 127.0.0.1 only.
 *
 *   npm start                    data in .data/, seeded on first run, kept across restarts
 *   npm start -- --reset         throws the data away and seeds again
 *   npm start -- --data-dir DIR  another data folder (tests use a fresh temporary one)
 *   npm start -- --host ADDR     listen on another address (or HOST=ADDR); anything but loopback opens the local
 *                                SharePoint, with its sign-in as anyone, to the network: development only
 *   npm start -- --lists none    an empty site without the product's lists and no demo data (a new data folder, e.g.
 *                                with --reset or --data-dir): the site owner creates them with Opsætning af Medarbejdernyt
 *   npm start -- --https         HTTPS with HTTP/2, as SharePoint Online serves (https://localhost:4321; a self-signed
 *                                certificate made with openssl and kept in the data folder: tls.ts)
 *
 * Ctrl-C (SIGINT) or SIGTERM stops the server and closes the database cleanly.
 */
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { buildWorkbench, DIST_DIR } from './build';
import { openEmulator, removeDataDir } from './emulatorHost';
import type { IOpenedEmulator } from './emulatorHost';
import { isLoopback } from '../emulator/index';
import { createWorkbenchServer } from './server';
import { localCertificate } from './tls';
import { accountOf, DEMO_ACCOUNTS } from './app/accounts';

interface IArgs {
  readonly reset: boolean;
  readonly dataDir: string;
  readonly port: number;
  /** Listen address: 127.0.0.1 unless `--host` or `HOST` says otherwise. */
  readonly host: string;
  /** `none`: start an empty site (no lists, no demo data), for the one-time set-up. */
  readonly lists: 'xml' | 'none';
  /** HTTPS with HTTP/2 instead of plain HTTP/1.1. */
  readonly https: boolean;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): IArgs {
  const root = path.resolve(__dirname, '..');
  let dataDir = env.MN_DATA_DIR || path.join(root, '.data');
  let reset = false;
  let host = env.HOST || '127.0.0.1';
  let lists: 'xml' | 'none' = 'xml';
  let https = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reset') reset = true;
    else if (argv[i] === '--data-dir' && argv[i + 1]) dataDir = path.resolve(argv[++i]);
    else if (argv[i] === '--host' && argv[i + 1]) host = argv[++i];
    else if (argv[i] === '--lists' && (argv[i + 1] === 'none' || argv[i + 1] === 'xml')) lists = argv[++i] as 'xml' | 'none';
    else if (argv[i] === '--https') https = true;
    else throw new Error(`Unknown or incomplete argument: ${argv[i]} (known: --reset, --data-dir DIR, --host ADDRESS, --lists xml|none, --https)`);
  }
  const port = Number(env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return { reset, dataDir: path.resolve(dataDir), port, host, lists, https };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const started = Date.now();
  const built = await buildWorkbench(DIST_DIR);
  console.log(`Siden er bygget (${built.millis} ms).`);

  let resolveEmulator: (e: IOpenedEmulator) => void = () => undefined;
  let rejectEmulator: (e: unknown) => void = () => undefined;
  const emulator = new Promise<IOpenedEmulator>((resolve, reject) => {
    resolveEmulator = resolve;
    rejectEmulator = reject;
  });
  const defaultAccount = (accountOf('employee') ?? DEMO_ACCOUNTS[0]).email;
  const anyHost = !isLoopback(args.host);
  if (args.reset) removeDataDir(args.dataDir);
  const tls = args.https ? localCertificate(args.dataDir) : undefined;
  const server = createWorkbenchServer({ emulator, distDir: DIST_DIR, defaultAccount, anyHost, tls });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(args.port, args.host, resolve);
  });
  if (anyHost) console.log(`Advarsel: lytter på ${args.host}, så andre maskiner kan nå den lokale SharePoint (kun til udvikling).`);
  const port = (server.address() as AddressInfo).port;
  const origin = `${tls ? 'https' : 'http'}://localhost:${port}`;

  let opened: IOpenedEmulator | undefined;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopper …`);
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
    const closing = opened ? opened.close() : Promise.resolve();
    closing.then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    opened = await openEmulator({ dataDir: args.dataDir, origin, lists: args.lists });
    resolveEmulator(opened);
  } catch (e) {
    rejectEmulator(e);
    throw e;
  }
  const where = path.relative(process.cwd(), args.dataDir) || args.dataDir;
  const seeded = opened.seeded ? `seedet med demodata på ${opened.seedMillis} ms` : args.lists === 'none' ? 'tomt websted: kør Opsætning af Medarbejdernyt som webstedets ejer' : 'eksisterende data';
  console.log(`Data: ${where.startsWith('..') ? args.dataDir.replace(os.homedir(), '~') : where} (${seeded}).`);
  console.log(`Norddjurs Intranet kører på ${origin}/  (klar efter ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stopper)`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
