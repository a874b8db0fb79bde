'use strict';

/**
 * The only jest configuration. Tests live under test/ (never under src/: the SPFx build would compile them).
 * @pnp/* is ESM-only and is transformed; @swc/jest compiles TypeScript and JSX.
 * Tests run in the node environment unless a file says `@jest-environment jsdom` (component tests).
 */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'classic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  setupFiles: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 30000,
};
