import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repo = fileURLToPath(new URL('.', import.meta.url));

/**
 * Component tests of the web apps (`*.test.tsx` next to the screens), in happy-dom. Jest runs the
 * server-side suites and the browser journeys (`*.spec.ts`); the two never pick up each other's files.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@village/web/graphql', replacement: `${repo}libs/web/src/graphql/generated/index.ts` },
      { find: '@village/web', replacement: `${repo}libs/web/src/index.ts` },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['apps/web-*/src/**/*.test.{ts,tsx}', 'libs/web/src/**/*.test.{ts,tsx}'],
    setupFiles: [`${repo}tools/web/vitest-setup.ts`],
    testTimeout: 20_000,
  },
});
