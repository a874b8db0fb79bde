/**
 * Opsætning af Medarbejdernyt from the command line: the same plan, steps and PnPjs writer as the web part
 * (src/features/setup), against a site's REST API with a bearer token.
 *
 *   npx tsx scripts/setup-site.ts --site <site URL> --token <access token> [--check]
 *       SharePoint Online: a delegated token for SharePoint of a site owner, e.g. from CLI for Microsoft 365:
 *       m365 util accesstoken get --resource https://<tenant>.sharepoint.com --new --output text
 *       (or the token in MEDARBEJDERNYT_TOKEN, which keeps it out of the shell history)
 *   npx tsx scripts/setup-site.ts --site http://localhost:4321/sites/intranet --as birgitte.kjaer@norddjurs.dk [--check]
 *       the local SharePoint (npm start -- --lists none, or npm run emulator -- --lists none), signed in as a demo account
 *
 * --check only reports what exists and what is missing. Prints the report per kind and the step a run stopped at, in
 * Danish; exits 1 when the run stopped or the signed-in person may not manage the site.
 */
import { createSP } from '../src/shared/data/sp';
import { toDataError } from '../src/shared/data/errors';
import { getCommonStrings } from '../src/shared/loc/strings';
import { describeStep } from '../src/features/setup/components/describeStep';
import { SetupRepository } from '../src/features/setup/data/SetupRepository';
import { ASSET_FILES } from '../src/features/setup/domain/assets.generated';
import { SetupProblem } from '../src/features/setup/domain/permissions';
import { planFromAssets } from '../src/features/setup/domain/plan';
import { checkSetup, countOutcomes, runSetup } from '../src/features/setup/domain/run';
import type { IStepReport } from '../src/features/setup/domain/run';
import type { StepKind } from '../src/features/setup/domain/steps';
import { setupStrings } from '../src/features/setup/loc/setupTexts';

interface IArgs {
  readonly site: string;
  readonly bearer: string;
  readonly check: boolean;
}

const USAGE = 'Brug: npx tsx scripts/setup-site.ts --site <webstedets URL> (--token <adgangstoken> | --as <e-mail på den lokale SharePoint>) [--check]';

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): IArgs {
  let site: string | undefined;
  let bearer = env.MEDARBEJDERNYT_TOKEN;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--site' && argv[i + 1]) site = argv[++i].replace(/\/$/, '');
    else if ((a === '--token' || a === '--as') && argv[i + 1]) bearer = argv[++i];
    else if (a === '--check') check = true;
    else throw new Error(`Ukendt eller ufuldstændigt argument: ${a}\n${USAGE}`);
  }
  if (!site || !/^https?:\/\/[^/]+\/.+/.test(site)) throw new Error(`--site mangler eller er ikke et websteds adresse\n${USAGE}`);
  if (!bearer) throw new Error(`--token eller --as mangler\n${USAGE}`);
  return { site, bearer, check };
}

const KINDS: readonly StepKind[] = ['siteColumn', 'contentType', 'contentTypeColumn', 'list', 'listColumn', 'listContentType', 'index', 'listSettings', 'pagesContentType', 'listPermissions'];

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const strings = setupStrings(getCommonStrings('da'));
  const t = strings.setup;
  const repo = new SetupRepository(createSP({ baseUrl: args.site, headers: { Authorization: `Bearer ${args.bearer}` } }), args.site);
  if (!(await repo.mayRunSetup())) {
    console.error(t.refusal);
    return 1;
  }
  const plan = planFromAssets(ASSET_FILES);
  if (args.check) {
    const planned = await checkSetup(plan, repo);
    const missing = planned.filter((p) => !p.present);
    console.log(`${planned.length - missing.length} af ${planned.length} findes allerede. ${missing.length ? `${missing.length} mangler:` : t.nothingMissing}`);
    for (const p of missing) console.log(`  ${describeStep(p.step, t)}`);
    return 0;
  }
  const report = await runSetup(plan, repo, (done, total) => process.stdout.write(`\r${done} af ${total} …`));
  process.stdout.write('\r');
  for (const kind of KINDS) {
    const of = report.steps.filter((s) => s.step.kind === kind);
    if (of.length === 0) continue;
    const counts = countOutcomes(of);
    const parts = (['created', 'updated', 'existed', 'failed', 'notRun'] as const).filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${t.outcomes[o].toLowerCase()}`);
    console.log(`${t.groups[kind].padEnd(28)} ${parts.join(', ')}`);
  }
  const all = countOutcomes(report.steps);
  const failed: IStepReport | undefined = report.steps.find((s) => s.outcome === 'failed');
  if (failed) {
    const e = failed.error;
    const why = e instanceof SetupProblem ? (e.kind === 'missingGroup' ? t.missingGroup : t.missingRole).replace('{0}', e.what) : `${strings.common.errors[toDataError(e).kind]} (${toDataError(e).message})`;
    console.error(`${t.stopped.replace('{0}', describeStep(failed.step, t)).replace('{1}', String(all.created + all.updated))} ${why} ${t.resume}`);
    return 1;
  }
  console.log(t.done.replace('{0}', String(all.created)).replace('{1}', String(all.updated)).replace('{2}', String(all.existed)));
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
