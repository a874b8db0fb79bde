/**
 * Every domain folder (src/shared/domain and each feature's domain) is pure: it imports only domain code and
 * date-fns, never reads the clock, and keeps each file small. A feature's index.ts, which other features' domains
 * may import, exports only domain code and types, so importing it never loads PnPjs or React.
 */
import * as fs from 'fs';
import * as path from 'path';

const src = path.resolve(__dirname, '../../../src');
const features = fs.readdirSync(path.join(src, 'features')).filter((f) => fs.statSync(path.join(src, 'features', f)).isDirectory());
const domainDirs = ['shared/domain', ...features.map((f) => `features/${f}/domain`)];
const files = domainDirs.flatMap((d) =>
  fs
    .readdirSync(path.join(src, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f}`),
);
const read = (file: string): string => fs.readFileSync(path.join(src, file), 'utf8');

/** Pure targets: its own domain folder, shared/domain, another feature's index, date-fns. */
function isPure(file: string, specifier: string): boolean {
  if (specifier === 'date-fns' || specifier === 'date-fns/locale') return true;
  if (!specifier.startsWith('.')) return false;
  const target = path.relative(src, path.resolve(path.dirname(path.join(src, file)), specifier));
  return target.startsWith(path.dirname(file)) || target.startsWith('shared/domain') || /^features\/[^/]+$/.test(target);
}

describe('domain purity', () => {
  it('finds the domain folders', () => {
    expect(domainDirs).toEqual(expect.arrayContaining(['shared/domain', 'features/navnenyt/domain', 'features/privacy/domain']));
  });

  it.each(files)('%s imports only domain code and date-fns', (file) => {
    const specifiers = Array.from(read(file).matchAll(/\bfrom\s+'([^']+)'/g), (m) => m[1]);
    expect(specifiers.filter((s) => !isPure(file, s))).toEqual([]);
  });

  it.each(files)('%s never reads the clock', (file) => {
    expect(read(file)).not.toMatch(/Date\.now\s*\(|new Date\(\s*\)/);
  });

  it.each(files)('%s stays under 400 lines', (file) => {
    expect(read(file).split('\n').length).toBeLessThanOrEqual(400);
  });

  it.each(features)('features/%s/index.ts exports only domain code and types', (feature) => {
    const index = read(`features/${feature}/index.ts`);
    const exports = index.split('\n').filter((l) => l.startsWith('export'));
    expect(exports.length).toBeGreaterThan(0);
    for (const line of exports) expect(line).toMatch(/^export (\* |\{[^}]+\} )from '\.\/domain\/|^export type \{[^}]+\} from '\.\//);
  });
});
