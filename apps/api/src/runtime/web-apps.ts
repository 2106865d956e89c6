import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type RequestHandler } from 'express';

/** Where each web app lives on the server, and its folder under the web directory (vite-base.mts). */
const APPS = [
  { prefix: '/m', folder: 'web-villager' },
  { prefix: '', folder: 'web-admin' },
] as const;
const ADMIN_APP = APPS[1];

/** Paths that belong to the API, never to an app's history-mode routes. */
const API_PATHS = ['/graphql', '/files', '/graphql-explorer'];

const NOT_BUILT_PAGE = `<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>前端尚未构建</title>
<body style="font-family:sans-serif;padding:48px"><h1>前端尚未构建</h1>
<p>服务器在运行，但找不到网页文件。请在项目目录运行 <code>npm run build:web</code>（或 <code>npm start</code>，它会先构建）。</p>
<p>GraphQL 接口：<a href="/graphql">/graphql</a></p></body></html>`;

/**
 * Serves the built web apps on the API's own origin: the villager app under /m/, the admin app at /.
 * Hashed files under assets/ are cached for a year (a new build has new names); index.html never is,
 * so a deploy reaches every phone on its next visit. Any other GET of a page path answers the app's
 * index.html, for history-mode routing; a missing asset is a 404, not a page.
 */
export function serveWebApps(app: INestApplication, webDir: string): void {
  for (const { prefix, folder } of APPS) {
    const assets = join(webDir, folder, 'assets');
    app.use(`${prefix}/assets`, precompressed(assets));
    app.use(
      `${prefix}/assets`,
      express.static(assets, { immutable: true, maxAge: '365d', fallthrough: false, index: false }),
    );
  }
  // Files an app keeps beside index.html (its public/ folder, e.g. the villager's early-my-score.js):
  // not hashed, so revalidated on every visit like the page itself.
  for (const { prefix, folder } of APPS) {
    app.use(
      prefix || '/',
      express.static(join(webDir, folder), {
        index: false,
        redirect: false,
        cacheControl: false,
        setHeaders: noCache,
      }),
    );
  }
  app.use(historyFallback(webDir));
}

function noCache(res: { setHeader(name: string, value: string): void }): void {
  res.setHeader('Cache-Control', 'no-cache');
}

const SUFFIXES: Record<string, string> = { br: '.br', gzip: '.gz' };

/**
 * The build's .br / .gz copy of a script or style sheet (tools/web/precompress.mts) when the browser
 * accepts it: a phone on a weak network downloads a third of the bytes.
 */
function precompressed(assets: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^\/[\w.-]+\.(js|css|svg)$/.test(req.path))
      return next();
    // Express's negotiation (it honours q=0), brotli first: it is the smaller copy.
    const encoding = (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e);
    const file = encoding ? join(assets, req.path.slice(1) + SUFFIXES[encoding]) : null;
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding || !file || !existsSync(file)) return next();
    res.setHeader('Content-Encoding', encoding);
    res.type(extname(req.path));
    res.sendFile(file, { immutable: true, maxAge: '365d', headers: { 'Content-Encoding': encoding } });
  };
}

function historyFallback(webDir: string): RequestHandler {
  const pages = new Map<string, string | null>();
  const indexOf = (folder: string): string | null => {
    // Read once; a missing build is looked for again on the next request (it may be building now).
    if (!pages.get(folder)) {
      const file = join(webDir, folder, 'index.html');
      pages.set(folder, existsSync(file) ? readFileSync(file, 'utf8') : null);
    }
    return pages.get(folder) ?? null;
  };
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    const target =
      APPS.find((a) => a.prefix && (req.path === a.prefix || req.path.startsWith(`${a.prefix}/`))) ??
      ADMIN_APP;
    if (target.prefix && req.path === target.prefix) return res.redirect(301, `${target.prefix}/`);
    const page = indexOf(target.folder);
    res.setHeader('Cache-Control', 'no-cache');
    if (!page) return res.status(503).type('html').send(NOT_BUILT_PAGE);
    res.type('html').send(page);
  };
}
