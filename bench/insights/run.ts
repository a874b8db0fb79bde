/**
 * Indblik benchmark (by hand: npx tsx bench/insights/run.ts [--items 100000] [--people 3000] [--runs 10]).
 * Loads 100,000 Navnenyt items over ten years (HR submitted them; a tenth still wait for approval), 3,000 site users
 * with privacy choices and a few portraits and stories into the local SharePoint (on disk), with SharePoint Online's
 * list-view threshold of 5,000, then measures what Indblik reads for the last twelve months through the product's own
 * repositories and real PnPjs: the time of one load and the requests it sends, and the domain's aggregation. Prints
 * medians; asserts nothing. The queries must not hit the list-view threshold: the run fails loudly if they do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { SPBrowser } from '@pnp/sp';
import { createEmulator } from '../../emulator';
import { BearerAuth, EmulatorSend } from '../../emulator/pnp';
import { InsightsRepository } from '../../src/features/insights/data/InsightsRepository';
import { defaultPeriod } from '../../src/features/insights/domain/period';
import { DEFAULT_AREAS, DEFAULT_TARGETS, DEFAULT_TOWNS } from '../../src/features/insights/domain/settings';
import { buildView } from '../../src/features/insights/domain/view';
import { toNavnenytItem } from '../../src/features/navnenyt/repositories';
import { PortraitRepository } from '../../src/features/portraits/repositories';
import { PrivacyRepository, readChoicesOf } from '../../src/features/privacy/repositories';
import { StoryRepository } from '../../src/features/stories/repositories';
import { UserRepository } from '../../src/shared/data/users/UserRepository';

const TODAY = '2026-11-27';
const COMMS = 'mette.sorensen@norddjurs.dk';
const HR = 'lars.ostergaard@norddjurs.dk';
const TYPES = ['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const items = arg('--items', 100000);
  const people = arg('--people', 3000);
  const runs = arg('--runs', 10);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-bench-'));
  const emu = createEmulator({ dataDir, today: TODAY });
  emu.admin.setListViewThreshold(5000);

  let t = performance.now();
  const ids = emu.admin.addUsers(Array.from({ length: people }, (_, i) => ({ email: `medarbejder${i}@norddjurs.dk`, title: `Medarbejder ${i}` })));
  emu.admin.addItems(
    'Privatlivsvalg',
    ids.slice(0, Math.floor(people * 0.9)).map((id, i) => ({ Title: `Medarbejder ${i}`, MnEmployeeId: id, MnIntranetBirthday: i % 10 !== 0, MnIntranetAge: i % 3 !== 0, MnIntranetJubilee: true, MnLinkedInPhoto: i % 12 === 0 })),
    { authorEmail: HR },
  );
  const start = Date.UTC(2017, 0, 1);
  const rows = Array.from({ length: items }, (_, i) => ({
    Title: `Medarbejder ${i % people}`,
    MnEmployeeId: ids[(i * 7919) % people],
    MnEventType: TYPES[i % TYPES.length],
    MnEventDate: new Date(start + (i % 3650) * 86400000).toISOString().slice(0, 10),
    MnArea: DEFAULT_AREAS[i % DEFAULT_AREAS.length],
    MnConsentConfirmed: true,
  }));
  const pendingEvery = 10;
  emu.admin.addItems('Navnenyt', rows.filter((_, i) => i % pendingEvery !== 0), { authorEmail: HR, created: '2026-01-05T08:00:00Z' });
  emu.admin.addItems('Navnenyt', rows.filter((_, i) => i % pendingEvery === 0), { authorEmail: HR, approval: 'pending', created: '2026-01-05T08:00:00Z' });
  emu.admin.addItems('Medarbejderportrætter', Array.from({ length: 40 }, (_, i) => ({ Title: `Portræt ${i}`, MnProfession: i % 2 ? 'Pædagog' : 'Lærer', MnLinkedInStatus: i % 3 ? 'Delt' : 'Ikke delt', MnFacebookStatus: 'Ikke delt' })));
  emu.admin.addPages(
    Array.from({ length: 60 }, (_, i) => ({
      name: `historie-${i}.aspx`,
      title: `Historie ${i}`,
      contentType: 'Medarbejderhistorie',
      fields: { MnTheme: i % 2 ? 'Klima og miljø' : 'Bosætning', MnArea: DEFAULT_AREAS[i % 4], MnPlace: DEFAULT_TOWNS[i % 7] },
      canvas: [],
      published: new Date(Date.UTC(2025, 0, 1) + i * 12 * 86400000).toISOString(),
      promotedState: 2,
    })),
  );
  console.log(`loaded ${items} navnenyt items, ${people} site users with choices, 40 portraits and 60 stories in ${((performance.now() - t) / 1000).toFixed(1)} s (list-view threshold 5,000)`);

  let requests = 0;
  const counting = { fetch: (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => { requests++; return emu.fetch(String(input), init); } };
  const sp: SPFI = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(counting), BearerAuth(COMMS));
  const privacy = new PrivacyRepository(sp, new UserRepository(sp));
  const sources = { stories: new StoryRepository(sp, emu.siteUrl), portraits: new PortraitRepository(sp, privacy, emu.siteUrl), toNameNews: toNavnenytItem, readChoices: readChoicesOf(sp) };
  const period = defaultPeriod(TODAY);
  const settings = { targets: DEFAULT_TARGETS, areas: DEFAULT_AREAS, towns: DEFAULT_TOWNS, employees: 0 };

  const load: number[] = [];
  const aggregate: number[] = [];
  const perLoad: number[] = [];
  let summary = '';
  for (let r = 0; r < runs; r++) {
    // A new repository each run, as a new page would build: the site's time zone is asked again.
    const repo = new InsightsRepository(spfi(sp), sources, emu.siteUrl);
    requests = 0;
    t = performance.now();
    const data = await repo.load(period);
    load.push(performance.now() - t);
    perLoad.push(requests);
    t = performance.now();
    const view = buildView(data, settings, period);
    aggregate.push(performance.now() - t);
    summary = `${data.nameNews.length} name news read for ${period.from}..${period.to} (${view.nameNews.total} published, ${view.nameNews.approval.pending} waiting), ${view.stories.total} stories, ${data.portraits.length} portraits, ${data.choices.length} people's choices of ${data.siteUsers} site users`;
  }
  console.log(summary);
  console.log(`load (every query of one view): median ${median(load).toFixed(0)} ms, ${median(perLoad)} requests`);
  console.log(`aggregation (domain, one view): median ${median(aggregate).toFixed(1)} ms`);
  await emu.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
