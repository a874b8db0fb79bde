/**
 * npm run emulator -- --port <p> --data <folder> [--seed demo|none] [--lists xml|none] [--list-view-threshold <n>] [--today YYYY-MM-DD]
 *   [--host <address>] [--cors-origin <origin>]… [--time-zone <IANA name or SharePoint Id>]
 *
 * Serves the local SharePoint at http://localhost:<p>/sites/intranet (on 127.0.0.1 only, unless --host says
 * otherwise) and prints that URL.
 */
import * as path from 'path';
import { createEmulator } from './index';
import { seedDemo } from './seed';
import { resolveTimeZone } from './timeZones';

interface ICliOptions {
  port: number;
  data: string | undefined;
  seed: 'demo' | 'none';
  /** `none`: an empty site, for the product's one-time set-up (Opsætning af Medarbejdernyt). */
  lists: 'xml' | 'none';
  listViewThreshold: number;
  today: string | undefined;
  host: string;
  corsOrigins: string[];
  /** The site's regional time zone; undefined = Europe/Copenhagen. */
  timeZone?: string;
}

const USAGE = `Usage: npm run emulator -- [options]
  --port <p>                  HTTP port (default 4321; 0 = any free port)
  --data <folder>             SQLite data folder (default .data/emulator; "memory" = in-memory, nothing kept)
  --seed demo|none            load the demo data into an empty data folder (default none)
  --lists xml|none            xml: the product's lists, columns and content types from sharepoint/assets (as the
                              package's feature creates them; default); none: an empty site, for the set-up
  --list-view-threshold <n>   list-view threshold (default 5000)
  --today YYYY-MM-DD          fix the emulator's "today" (Europe/Copenhagen)
  --time-zone <zone>          the site's regional time zone: Europe/Copenhagen (default), UTC, America/Los_Angeles,
                              … or SharePoint's zone Id; date-only values are stored as midnight in it
  --host <address>            address to listen on (default 127.0.0.1; anything else opens it to the network)
  --cors-origin <origin>      let web pages of this origin call the REST API (CORS); repeat for more (default none)
  --help                      this text`;

export function parseArgs(argv: string[]): ICliOptions {
  const opts: ICliOptions = { port: 4321, data: path.join('.data', 'emulator'), seed: 'none', lists: 'xml', listViewThreshold: 5000, today: undefined, host: '127.0.0.1', corsOrigins: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--port':
        opts.port = Number(next());
        if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be 0..65535');
        break;
      case '--data': {
        const d = next();
        opts.data = d === 'memory' ? undefined : d;
        break;
      }
      case '--seed': {
        const s = next();
        if (s !== 'demo' && s !== 'none') throw new Error('--seed must be demo or none');
        opts.seed = s;
        break;
      }
      case '--lists': {
        const l = next();
        if (l !== 'xml' && l !== 'none') throw new Error('--lists must be xml or none');
        opts.lists = l;
        break;
      }
      case '--list-view-threshold':
        opts.listViewThreshold = Number(next());
        if (!Number.isInteger(opts.listViewThreshold) || opts.listViewThreshold < 1) throw new Error('--list-view-threshold must be a positive integer');
        break;
      case '--today':
        opts.today = next();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new Error('--today must be YYYY-MM-DD');
        break;
      case '--time-zone':
        opts.timeZone = next();
        resolveTimeZone(opts.timeZone);
        break;
      case '--host':
        opts.host = next();
        break;
      case '--cors-origin': {
        const origin = next();
        if (!/^https?:\/\/[^/]+$/.test(origin) || new URL(origin).origin !== origin) throw new Error(`--cors-origin must be an origin such as http://localhost:3000, not ${origin}`);
        opts.corsOrigins.push(origin);
        break;
      }
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`Unknown option ${arg}\n${USAGE}`);
    }
  }
  if (opts.lists === 'none' && opts.seed === 'demo') throw new Error('--seed demo needs the lists: use --lists xml, or run the set-up first');
  return opts;
}

async function main(): Promise<void> {
  let opts: ICliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    // eslint-disable-next-line no-console
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
    return;
  }
  const emulator = createEmulator({
    dataDir: opts.data ? path.resolve(opts.data) : undefined,
    lists: opts.lists,
    listViewThreshold: opts.listViewThreshold,
    today: opts.today,
    timeZone: opts.timeZone,
    origin: `http://localhost:${opts.port}`,
    corsOrigins: opts.corsOrigins,
  });
  if (opts.seed === 'demo') {
    if (emulator.admin.isEmpty()) {
      const started = Date.now();
      await seedDemo(emulator.admin, { today: emulator.admin.today() });
      // eslint-disable-next-line no-console
      console.log(`Demo data loaded in ${Date.now() - started} ms.`);
    } else {
      // eslint-disable-next-line no-console
      console.log('The data folder already holds data: the demo seed is not loaded again.');
    }
  }
  const url = await emulator.listen(opts.port, opts.host);
  // eslint-disable-next-line no-console
  console.log(`Local SharePoint: ${url}\nSign in (browser): ${url.replace(/\/sites\/.*$/, '')}/_login\nData: ${opts.data ? path.resolve(opts.data) : 'in memory'}`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    // eslint-disable-next-line no-console
    console.error(e);
    process.exitCode = 1;
  });
}
