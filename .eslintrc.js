require('@rushstack/eslint-config/patch/modern-module-resolution');

/**
 * The SPFx React profile at its defaults, plus the architecture's layer rules.
 * RATIONALE for each addition:
 * - import/no-restricted-paths: ARCHITECTURE_ZONES above.
 * - import/no-cycle: a cycle between modules is a layer violation in disguise.
 * - react-hooks: hooks are how components reach data.
 */
const { ARCHITECTURE_ZONES } = require('./config/architecture-zones');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  plugins: ['import', 'react-hooks'],
  parserOptions: { tsconfigRootDir: __dirname },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        ecmaVersion: 2022,
        sourceType: 'module',
      },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true, allowTypedFunctionExpressions: true }],
        'react-hooks/rules-of-hooks': 'error',
        // useAsync takes a dependency list like useEffect: the rule checks it at every call.
        'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useAsync$' }],
        'import/no-cycle': 'error',
        'import/no-restricted-paths': ['error', { zones: ARCHITECTURE_ZONES }],
        'no-restricted-imports': [
          'error',
          { paths: [{ name: '@pnp/sp/presets/all', message: 'Import PnPjs selectively (@pnp/sp/webs, /lists, /items, /batching).' }] },
        ],
        'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      },
    },
    {
      files: ['src/**/components/**/*.ts', 'src/**/components/**/*.tsx', 'src/**/domain/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['@pnp/*'], message: 'Components and the domain never import PnPjs: use a repository from src/data.' },
              { group: ['@microsoft/sp-*'], message: 'Components and the domain never import SPFx.' },
            ],
          },
        ],
      },
    },
    {
      files: ['src/**/webparts/**/*WebPart.ts'],
      rules: { 'max-lines': ['error', { max: 150 }] },
    },
    {
      files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'emulator/**/*.ts', 'workbench/**/*.ts', 'workbench/**/*.tsx', 'scripts/**/*.ts'],
      rules: {
        '@microsoft/spfx/no-async-await': 'off',
        '@microsoft/spfx/pair-react-dom-render-unmount': 'off',
      },
    },
    {
      files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts'],
      rules: { 'max-lines': 'off' },
    },
  ],
};
