/**
 * Bundles the local front page (workbench/app) with esbuild's JS API into workbench/dist/.
 * React 17 classic JSX runtime, production React, source maps; a few seconds at most.
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
  fs.mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: path.resolve(WORKBENCH_DIR, '..'),
    entryPoints: [path.join(WORKBENCH_DIR, 'app', 'main.tsx')],
    outdir,
    bundle: true,
    format: 'iife',
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
  fs.copyFileSync(path.join(WORKBENCH_DIR, 'app', 'index.html'), path.join(outdir, 'index.html'));
  return { outdir, millis: Date.now() - started };
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
