import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the integration suites: the documents written with `graphql()` in tests/
 * are checked against the committed schema.graphql and typed from it (`npm run codegen`; the
 * `codegen:check` script fails when the committed output is stale or a document does not match).
 * The output is committed as generated, unformatted, and ignored by Prettier and ESLint, so that
 * `--check` can compare it byte for byte.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/**/*.ts', '!tests/support/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'tests/support/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // DateTime travels as an ISO string in JSON.
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
