import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin.mts';
import { precompressAssets } from './precompress.mts';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What both web apps share: the @village/web aliases, the output under dist/apps (where the API serves
 * it from, apps/api/src/runtime/web-apps.ts), and a dev server that proxies the API, so `vite` in
 * development talks to a running `npm start` on the same origin as production does.
 */
export function webAppConfig(app: 'web-admin' | 'web-villager', base: string, devPort: number): UserConfig {
  const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
  return {
    root: `${repo}apps/${app}`,
    base,
    plugins: [graphqlDocuments(), react(), precompressAssets()],
    resolve: {
      alias: [
        { find: '@village/web/graphql', replacement: `${repo}libs/web/src/graphql/generated/index.ts` },
        { find: '@village/web', replacement: `${repo}libs/web/src/index.ts` },
      ],
    },
    build: {
      outDir: `${repo}dist/apps/${app}`,
      emptyOutDir: true,
      // Hashed file names under assets/: served with a year's cache (web-apps.ts).
      assetsDir: 'assets',
      chunkSizeWarningLimit: 2000,
      reportCompressedSize: false,
    },
    server: {
      port: devPort,
      proxy: { '/graphql': api, '/files': api },
    },
  };
}
