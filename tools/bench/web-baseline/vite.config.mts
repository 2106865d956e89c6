import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressAssets } from '../../web/precompress.mts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), precompressAssets()],
  build: { outDir: fileURLToPath(new URL('../../../tmp/web-baseline', import.meta.url)), emptyOutDir: true },
});
