import type { RequestHandler } from 'express';

/**
 * What every response carries. The policy suits the explorer page (scripts, styles and fonts from this
 * server; GraphiQL's fonts are data: URLs; it talks to /graphql only) and any page served later, and
 * costs nothing on JSON answers. Styles allow 'unsafe-inline' because GraphiQL's dialogs add a <style>
 * element when they open (react-remove-scroll); scripts do not: the explorer's own script is a served
 * file (explorer.ts). Checked in headless Chromium: the page loads with no policy violation.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // blob: for evidence photos, fetched with the viewer's token and shown from an object URL.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const securityHeaders: RequestHandler = (_req, res, next) => {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
  next();
};
