import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

// Module boundaries: the app composes libraries; domain libraries use platform libraries and each
// other's public index only; inside the platform, common < db < tenancy < auth < notifications.
const boundaries = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
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
  { ignores: ['**/dist', '**/node_modules', '.data', 'tmp', '.nx', 'coverage', '**/*.js', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints: boundaries }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
