import { defineConfig } from 'vite';
import { webAppConfig } from '../../tools/web/vite-base.mts';

export default defineConfig(webAppConfig('web-admin', '/', 4200));
