import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

// Module boundaries, the layers of docs/architecture.md §1: platform ← people (residents) ← rules (rulebook)
// ← programs (contracts, grids) and scoring ← outcomes (grading, then incentives, which reads the final
// year's grades through grading's public index: issue 13) ← read (reporting). A lib
// uses only the public index of libs in lower layers, never a sibling in its own layer; where a lower
// lib must call a higher one it defines a port that the app wires. Inside the platform, common < db <
// tenancy < auth < notifications. tests/workspace/layer-boundaries.spec.ts proves the rules bite.
const PLATFORM = ['type:platform'];
const PEOPLE = [...PLATFORM, 'layer:people'];
const RULES = [...PEOPLE, 'layer:rules'];
const PROGRAMS_AND_SCORING = [...RULES, 'layer:programs', 'layer:scoring'];
const GRADING = [...PROGRAMS_AND_SCORING, 'layer:outcomes'];
const OUTCOMES = [...GRADING, 'layer:outcomes-use'];
const boundaries = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
  // The web apps run in the browser: only the shared front-end lib, never server code.
  { sourceTag: 'type:web-app', onlyDependOnLibsWithTags: ['type:web'] },
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'layer:people', onlyDependOnLibsWithTags: PLATFORM },
  { sourceTag: 'layer:rules', onlyDependOnLibsWithTags: PEOPLE },
  { sourceTag: 'layer:programs', onlyDependOnLibsWithTags: RULES },
  { sourceTag: 'layer:scoring', onlyDependOnLibsWithTags: RULES },
  { sourceTag: 'layer:outcomes', onlyDependOnLibsWithTags: PROGRAMS_AND_SCORING },
  // Incentives use the results grading gives (eligibility, honours, cases); grading never sees them.
  { sourceTag: 'layer:outcomes-use', onlyDependOnLibsWithTags: GRADING },
  { sourceTag: 'layer:read', onlyDependOnLibsWithTags: OUTCOMES },
  { sourceTag: 'platform:common', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'platform:db', onlyDependOnLibsWithTags: ['platform:common'] },
  { sourceTag: 'platform:tenancy', onlyDependOnLibsWithTags: ['platform:common', 'platform:db'] },
  {
    sourceTag: 'platform:auth',
    onlyDependOnLibsWithTags: ['platform:common', 'platform:db', 'platform:tenancy'],
  },
  {
    sourceTag: 'platform:notifications',
    onlyDependOnLibsWithTags: ['platform:common', 'platform:db', 'platform:tenancy', 'platform:auth'],
  },
];

export default [
  {
    ignores: [
      'tests/support/generated',
      'libs/web/src/graphql/generated',
      '**/dist',
      '**/node_modules',
      '.data',
      'tmp',
      '.nx',
      'coverage',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints: boundaries }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Build configuration, not app code: both apps' Vite configs share tools/web/vite-base.mts.
    files: ['apps/*/vite.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['tests/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
