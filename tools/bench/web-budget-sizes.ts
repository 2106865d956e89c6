import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FirstLoadSize {
  /** Scripts the page loads before anything renders: the entry and its modulepreload links. */
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/**
 * What a first visit must download before the app can render, from the built index.html: its module
 * script and the chunks Vite preloads with it, measured as their gzip copies (precompress.mts), which
 * is what the server sends a browser that accepts gzip.
 */
export function firstLoadSize(buildDir: string): FirstLoadSize {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1].replace(/^.*\/assets\//, 'assets/'));
  const scripts = [
    ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const gz = (file: string) => {
    const path = join(buildDir, `${file}.gz`);
    if (!existsSync(path)) throw new Error(`${path} missing: build with npm run build:web`);
    return readFileSync(path).length;
  };
  return {
    files: scripts,
    jsGzipBytes: scripts.reduce((sum, f) => sum + gz(f), 0),
    cssGzipBytes: styles.reduce((sum, f) => sum + gz(f), 0),
  };
}
