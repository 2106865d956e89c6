import { safeFileName } from './evidence-sniff';

/**
 * `attachment` with the stored name, made safe (no path, no control or quoting characters) and sent
 * twice: an ASCII stand-in in `filename` for old clients, the UTF-8 name per RFC 5987 in `filename*`
 * (Chinese file names are the rule here).
 */
export function attachmentDisposition(name: string): string {
  const safe = safeFileName(name, 'evidence');
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
