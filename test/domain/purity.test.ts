/**
 * src/domain is pure: it imports only itself and date-fns, never reads the clock, and keeps each file small.
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.resolve(__dirname, '../../src/domain');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/domain purity', () => {
  it.each(files)('%s imports only src/domain and date-fns', (file) => {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const specifiers = Array.from(source.matchAll(/\bfrom\s+'([^']+)'/g), (m) => m[1]);
    const foreign = specifiers.filter((s) => !(s?.startsWith('./') || s === 'date-fns' || s === 'date-fns/locale'));
    expect(foreign).toEqual([]);
  });

  it.each(files)('%s never reads the clock', (file) => {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(source).not.toMatch(/Date\.now\s*\(|new Date\(\s*\)/);
  });

  it.each(files)('%s stays under 400 lines', (file) => {
    expect(fs.readFileSync(path.join(dir, file), 'utf8').split('\n').length).toBeLessThanOrEqual(400);
  });
});
