/**
 * Bundles the local front page (workbench/app) with esbuild's JS API into workbench/dist/.
 * React 17 classic JSX runtime, production React, source maps; a few seconds at most. ES modules with code splitting,
 * as SPFx's webpack splits: each `import()` (the editors' roots, Se alt om mig) becomes a chunk of its own that the
 * browser fetches only when that part first renders, so the Teams view and a phone load what the readers need.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

export const WORKBENCH_DIR = __dirname;
export const DIST_DIR = path.join(WORKBENCH_DIR, 'dist');

export interface IBuildResult {
  readonly outdir: string;
  readonly millis: number;
}

export async function buildWorkbench(outdir: string = DIST_DIR): Promise<IBuildResult> {
  const started = Date.now();
  // Not emptied first: another local server (a parallel browser test) may be serving this folder right now. Chunks
  // carry a hash in their names, so an older build's chunks stay beside the new ones and harm nothing.
  fs.mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    metafile: true,
    absWorkingDir: path.resolve(WORKBENCH_DIR, '..'),
    entryPoints: [path.join(WORKBENCH_DIR, 'app', 'main.tsx')],
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    platform: 'browser',
    target: ['es2020'],
    jsx: 'transform',
    jsxFactory: 'React.createElement',
    jsxFragment: 'React.Fragment',
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const html = fs.readFileSync(path.join(WORKBENCH_DIR, 'app', 'index.html'), 'utf8');
  const preload = staticChunks(result.metafile, outdir).map((f) => `    <link rel="modulepreload" href="/${f}" />`);
  fs.writeFileSync(path.join(outdir, 'index.html'), html.replace('  </head>', `${preload.join('\n')}\n  </head>`));
  return { outdir, millis: Date.now() - started };
}

/**
 * The chunks main.js imports statically, however deep: the page names them all up front (`modulepreload`), so the
 * browser fetches them at once instead of discovering one level per round trip (on a phone's 3G, half a second each).
 * The chunks behind `import()` are left to load when their part first renders.
 */
function staticChunks(metafile: esbuild.Metafile, outdir: string): string[] {
  const rel = (abs: string): string => path.relative(path.resolve(WORKBENCH_DIR, '..'), abs).split(path.sep).join('/');
  const key = (name: string): string => rel(path.join(outdir, name));
  const found = new Set<string>();
  const visit = (output: string): void => {
    for (const i of metafile.outputs[output]?.imports ?? []) {
      if (i.kind === 'import-statement' && !found.has(i.path)) {
        found.add(i.path);
        visit(i.path);
      }
    }
  };
  visit(key('main.js'));
  return [...found].map((p) => path.posix.basename(p)).sort();
}

if (require.main === module) {
  buildWorkbench().then(
    (r) => console.log(`Workbench built in ${r.millis} ms → ${path.relative(process.cwd(), r.outdir)}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
