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
    // Every file's name carries its content's hash, as SPFx's bundles on SharePoint's CDN do: the server lets a browser
    // keep them for a year without asking again (server.ts), and a rebuild is new names that index.html points at.
    entryNames: '[name]-[hash]',
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
  const main = entryOutput(result.metafile);
  const html = fs.readFileSync(path.join(WORKBENCH_DIR, 'app', 'index.html'), 'utf8')
    .replace('href="/main.css"', `href="/${path.posix.basename(main.css)}"`)
    .replace('src="/main.js"', `src="/${path.posix.basename(main.js)}"`);
  const preload = staticChunks(result.metafile, main.js).map((f) => `    <link rel="modulepreload" href="/${f}" />`);
  fs.writeFileSync(path.join(outdir, 'index.html'), html.replace('  </head>', `${preload.join('\n')}\n  </head>`));
  return { outdir, millis: Date.now() - started };
}

/** The page's script and style sheet as the metafile names them (paths relative to the working directory). */
function entryOutput(metafile: esbuild.Metafile): { js: string; css: string } {
  const js = Object.keys(metafile.outputs).find((o) => o.endsWith('.js') && metafile.outputs[o].entryPoint?.endsWith('main.tsx'));
  const css = js ? metafile.outputs[js].cssBundle : undefined;
  if (!js || !css) throw new Error('esbuild wrote no main script and style sheet for workbench/app/main.tsx');
  return { js, css };
}

/**
 * The chunks main.js imports statically, however deep: the page names them all up front (`modulepreload`), so the
 * browser fetches them at once instead of discovering one level per round trip (on a phone's 3G, half a second each).
 * The chunks behind `import()` are left to load when their part first renders.
 */
function staticChunks(metafile: esbuild.Metafile, mainJs: string): string[] {
  const found = new Set<string>();
  const visit = (output: string): void => {
    for (const i of metafile.outputs[output]?.imports ?? []) {
      if (i.kind === 'import-statement' && !found.has(i.path)) {
        found.add(i.path);
        visit(i.path);
      }
    }
  };
  visit(mainJs);
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
