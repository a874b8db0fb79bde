/**
 * Bundle sizes (by hand: npx tsx bench/bundles/run.ts [--no-build]).
 * Builds the solution as it ships (`gulp bundle --ship`, skipped with --no-build), then reads the hashed JavaScript
 * SPFx writes for each bundle of config/config.json and prints, per bundle and per chunk, raw and gzipped bytes
 * (node's zlib at its default level, as a web server sends them), then the two budgets of issue 10:
 *   - the front page: the readers' bundle and every chunk it loads with the page, at most 110 KB gzipped in total
 *     (a chunk loaded only when a person asks, such as Se alt om mig, is printed beside it);
 *   - each editor web part's first chunk (the editors' bundle file, which every editor web part loads before it can
 *     render), at most 120 KB gzipped; the chunks an editor web part then loads lazily are printed beside it.
 * KB here is 1,024 bytes. Prints figures; asserts nothing (the exit code is 0 even over budget).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const BUDGET_READERS_KB = 110;
const BUDGET_EDITOR_FIRST_KB = 120;
/** Where `gulp bundle --ship` leaves the hashed files (temp/deploy is what package-solution copies into the .sppkg). */
const OUTPUT_DIRS = ['temp/deploy', 'dist'];

interface IFile {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
  readonly text: string;
}

interface ILoaderManifest {
  readonly loaderConfig: { readonly entryModuleId: string; readonly scriptResources: Record<string, { readonly path?: string }> };
}

interface IBundleConfig {
  readonly bundles: Record<string, { readonly components: ReadonlyArray<{ readonly manifest: string }> }>;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, raw: number, gzip: number): string => `  ${label.padEnd(64)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}`;

function build(): void {
  const gulp = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'gulp.cmd' : 'gulp');
  const started = Date.now();
  console.log('gulp bundle --ship …');
  execFileSync(gulp, ['bundle', '--ship'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The newest build's hashed JavaScript: the output folder's web part manifests name each bundle's file
 * (`loaderConfig.scriptResources[entryModuleId].path`); older builds' files stay in dist/ until `gulp clean`.
 */
function readOutput(bundles: readonly string[]): { dir: string; mains: Map<string, IFile>; files: IFile[] } {
  for (const dir of OUTPUT_DIRS) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    const entries = new Map<string, string>();
    for (const name of fs.readdirSync(abs).filter((n) => n.endsWith('.manifest.json'))) {
      const { loaderConfig } = JSON.parse(fs.readFileSync(path.join(abs, name), 'utf8')) as ILoaderManifest;
      const script = loaderConfig.scriptResources[loaderConfig.entryModuleId];
      if (bundles.includes(loaderConfig.entryModuleId) && script?.path) entries.set(loaderConfig.entryModuleId, script.path);
    }
    if (!entries.size) continue;
    const read = (name: string): IFile => {
      const buffer = fs.readFileSync(path.join(abs, name));
      return { name, raw: buffer.length, gzip: zlib.gzipSync(buffer).length, text: buffer.toString('utf8') };
    };
    const mains = new Map([...entries].map(([bundle, file]) => [bundle, read(file)] as const));
    const mainNames = new Set(entries.values());
    const files = fs.readdirSync(abs).filter((n) => n.endsWith('.js') && !mainNames.has(n)).map(read);
    return { dir, mains, files };
  }
  throw new Error(`No web part manifest naming a bundle in ${OUTPUT_DIRS.join(' or ')}: build first (without --no-build).`);
}

/** The manifest's alias for each component of a bundle (the name printed for an editor web part). */
function aliasesOf(manifests: ReadonlyArray<{ readonly manifest: string }>): string[] {
  return manifests.map(({ manifest }) => {
    const text = fs.readFileSync(path.join(ROOT, manifest), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    return (JSON.parse(text) as { alias: string }).alias;
  });
}

/** A chunk belongs to the bundle whose file names it (webpack's chunk loader holds each chunk's name and hash). */
function chunksOf(main: IFile, candidates: readonly IFile[]): IFile[] {
  const hashOf = (name: string): string => name.replace(/\.js$/, '').split('_').pop() ?? name;
  const referenced = (f: IFile, by: IFile): boolean => by.text.includes(hashOf(f.name)) || by.text.includes(f.name);
  const found = new Set<IFile>();
  const queue = [main];
  while (queue.length) {
    const from = queue.pop() as IFile;
    for (const c of candidates) if (!found.has(c) && referenced(c, from)) { found.add(c); queue.push(c); }
  }
  return [...found];
}

function main(): void {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'config', 'config.json'), 'utf8')) as IBundleConfig;
  const bundleNames = Object.keys(config.bundles);
  if (!process.argv.includes('--no-build')) build();
  const { dir, mains, files } = readOutput(bundleNames);
  console.log(`\n${dir}/ (raw and gzipped, KB = 1,024 bytes)`);
  console.log(`  ${'file'.padEnd(64)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  const totals = new Map<string, { main: IFile; chunks: IFile[] }>();
  for (const bundle of bundleNames) {
    const main = mains.get(bundle);
    if (!main) throw new Error(`No manifest in ${dir} names the bundle ${bundle}`);
    const chunks = chunksOf(main, files);
    totals.set(bundle, { main, chunks });
    console.log(`${bundle}`);
    console.log(row(`${main.name} (first chunk)`, main.raw, main.gzip));
    for (const c of chunks) console.log(row(`${c.name} (lazy)`, c.raw, c.gzip));
    const all = [main, ...chunks];
    console.log(row('all files', all.reduce((s, f) => s + f.raw, 0), all.reduce((s, f) => s + f.gzip, 0)));
  }

  console.log('\nBudgets');
  const readers = totals.get('medarbejdernyt-readers');
  if (readers) {
    // A chunk the readers load by a named import() (Se alt om mig) comes when a person asks for it, not with the page.
    const onDemand = new Set([...lazyLoads(readers.main, readers.chunks).values()].flat());
    const all = [readers.main, ...readers.chunks.filter((c) => !onDemand.has(c))];
    const gzip = all.reduce((s, f) => s + f.gzip, 0);
    const raw = all.reduce((s, f) => s + f.raw, 0);
    const verdict = gzip <= BUDGET_READERS_KB * 1024 ? 'within' : 'OVER';
    console.log(`  front page (the readers, ${all.length} file${all.length > 1 ? 's' : ''}): ${kb(gzip)} gzipped (${kb(raw)} raw); budget ${BUDGET_READERS_KB} KB: ${verdict}`);
    for (const [name, files] of lazyLoads(readers.main, readers.chunks)) {
      console.log(`    on request (${name}): ${kb(files.reduce((s, f) => s + f.gzip, 0))} gzipped in ${files.length} chunk${files.length > 1 ? 's' : ''}, not part of the page load`);
    }
  }
  const editors = totals.get('medarbejdernyt-editors');
  if (editors) {
    const verdict = editors.main.gzip <= BUDGET_EDITOR_FIRST_KB * 1024 ? 'within' : 'OVER';
    const loads = lazyLoads(editors.main, editors.chunks);
    for (const alias of aliasesOf(config.bundles['medarbejdernyt-editors'].components)) {
      const key = normalize(alias.replace(/WebPart$/, ''));
      const lazy = [...loads].find(([name]) => normalize(name) === key)?.[1] ?? [];
      const later = lazy.length ? `, then ${kb(lazy.reduce((s, f) => s + f.gzip, 0))} in ${lazy.length} lazy chunk${lazy.length > 1 ? 's' : ''} (${kb(editors.main.gzip + lazy.reduce((s, f) => s + f.gzip, 0))} in all)` : ', no lazy chunk';
      console.log(`  ${alias}: first chunk ${kb(editors.main.gzip)} gzipped${later}; budget ${BUDGET_EDITOR_FIRST_KB} KB for the first chunk: ${verdict}`);
    }
  }
}

const normalize = (name: string): string => name.toLowerCase().replace(/[^a-zæøå]/g, '');

/**
 * What each named `import()` loads: webpack's runtime in the bundle file maps chunk ids to names
 * (`{691:"godkend-navnenyt",…}[e]`) and each `import()` site becomes `Promise.all([r.e(744),r.e(691)])`; the chunk
 * named with `webpackChunkName` after a web part (indsend-navnenyt) is that web part's root, the numbered ones with it
 * are the Fluent UI and code it shares with other roots. Minified webpack output: a bench's reading, not an API.
 */
function lazyLoads(main: IFile, chunks: readonly IFile[]): Map<string, IFile[]> {
  const names = new Map<string, string>();
  const nameMap = /\{((?:\d+:"[^"]+",?)+)\}\[\w+\]\|\|/.exec(main.text);
  for (const [, id, name] of nameMap ? nameMap[1].matchAll(/(\d+):"([^"]+)"/g) : []) names.set(id, name);
  // With a single lazy chunk webpack writes its file name outright (`u.u=e=>"chunk.se-alt-om-mig_<hash>.js"`).
  const single = nameMap ? null : /\w\.u=\w=>"chunk\.([^_"]+)_[0-9a-f]+\.js"/.exec(main.text);
  if (single) for (const [, id] of main.text.matchAll(/\w\.e\((\d+)\)/g)) names.set(id, single[1]);
  const fileOf = (id: string): IFile | undefined => chunks.find((c) => c.name.startsWith(`chunk.${names.get(id) ?? id}_`));
  const loads = new Map<string, IFile[]>();
  for (const [site] of main.text.matchAll(/Promise\.all\(\[(?:\w+\.e\(\d+\),?)+\]\)|\w+\.e\(\d+\)\.then/g)) {
    const ids = Array.from(site.matchAll(/\.e\((\d+)\)/g), (m) => m[1]);
    const named = ids.find((id) => names.has(id));
    if (named) loads.set(names.get(named) as string, ids.map(fileOf).filter((f): f is IFile => f !== undefined));
  }
  return loads;
}

main();
