import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web apps: every `graphql(`…`)` written in apps/web-* and libs/web is checked
 * against the committed schema.graphql and typed from it. The output is not committed: the build, the
 * type check, lint and the tests generate it first (`npm run codegen:web`), and a document that does
 * not match the schema fails that step.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: [
    'apps/web-admin/src/**/*.{ts,tsx}',
    'apps/web-villager/src/**/*.{ts,tsx}',
    'libs/web/src/**/*.{ts,tsx}',
    '!libs/web/src/graphql/generated/**',
  ],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'libs/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
