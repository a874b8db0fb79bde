/**
 * The architecture's lint zones (config/architecture-zones.js) refuse each kind of wrong import and allow the right
 * ones: linted here as if the file stood at the given place in src/.
 */
import * as path from 'path';
import { ESLint } from 'eslint';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ARCHITECTURE_ZONES } = require('../../config/architecture-zones') as { ARCHITECTURE_ZONES: unknown[] };

const root = path.resolve(__dirname, '..', '..');
// ESLint 8's eslintrc format, as the project's .eslintrc.js (the installed typings describe the flat format only).
const config = {
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  plugins: ['import'],
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  },
  rules: { 'import/no-restricted-paths': ['error', { zones: ARCHITECTURE_ZONES }] },
};
const options = { cwd: root, useEslintrc: false, overrideConfig: config };
const eslint = new ESLint(options as unknown as ESLint.Options);

async function zoneErrors(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('wrong imports fail the lint', () => {
  it.each([
    ['another feature\'s internals', 'src/features/stories/domain/probe.ts', '../../navnenyt/domain/models', /only through navnenyt\/index\.ts/],
    ['a domain reaching into its data layer', 'src/features/navnenyt/domain/probe.ts', '../data/NavnenytRepository', /domain does not know about data/],
    ['a domain reaching into shared data', 'src/features/navnenyt/domain/probe.ts', '../../../shared/data/rows', /imports only pure code/],
    ['shared code knowing a feature', 'src/shared/domain/probe.ts', '../../features/navnenyt', /knows no feature/],
    ['components composing another feature\'s repositories', 'src/features/navnenyt/components/navnenyt/probe.ts', '../../../privacy/repositories', /Only web parts compose/],
    ['components building PnPjs', 'src/features/navnenyt/components/navnenyt/probe.ts', '../../../../shared/data/sp', /never build PnPjs/],
    ['data knowing components', 'src/features/privacy/data/probe.ts', '../components/myChoices/MyChoicesRoot', /data does not know about components/],
    ['a web part importing another web part', 'src/features/navnenyt/webparts/navnenyt/probe.ts', '../submitNavnenyt/definition', /never imports another web part/],
  ])('%s', async (_what, file, specifier, message) => {
    const errors = await zoneErrors(file, specifier);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });
});

describe('right imports pass', () => {
  it.each([
    ['a domain using another feature\'s public index', 'src/features/navnenyt/domain/probe.ts', '../../privacy'],
    ['a domain using shared domain code', 'src/features/navnenyt/domain/probe.ts', '../../../shared/domain/dates'],
    ['a web part composing another feature\'s repositories', 'src/features/navnenyt/webparts/navnenyt/probe.ts', '../../../privacy/repositories'],
    ['a web part using its own components', 'src/features/navnenyt/webparts/navnenyt/probe.ts', '../../components/navnenyt/NavnenytRoot'],
    ['a web part using its feature\'s texts', 'src/features/navnenyt/webparts/navnenyt/probe.ts', '../../loc'],
    ['components using their feature\'s texts', 'src/features/navnenyt/components/navnenyt/probe.ts', '../../loc'],
    ['components using shared components', 'src/features/stories/components/stories/probe.ts', '../../../../shared/components/common/styles'],
  ])('%s', async (_what, file, specifier) => {
    expect(await zoneErrors(file, specifier)).toEqual([]);
  });
});
