import { createHash } from 'node:crypto';

/**
 * What an audit row may hold of an operation's arguments. The log is append-only, so whatever is
 * written stays: a refused 2.4 MB note sent forty times must not become 96 MB of log that a reader
 * then loads into memory. Secrets are hidden, text PostgreSQL's jsonb refuses is made visible, long
 * text is cut (its length and hash kept, so an auditor can still match it to a file or a complaint),
 * and the whole row has a ceiling.
 */
export const AUDIT_LIMITS = {
  /** Characters of one string kept; a longer one becomes { cut, length, sha256 }. */
  maxStringLength: 1_000,
  /** Elements of one list kept. */
  maxListLength: 50,
  /** Nesting kept; deeper values are summarised. */
  maxDepth: 8,
  /** Bytes of one row's detail (JSON text). */
  maxDetailBytes: 16_384,
};

// ID numbers and uploaded files (which hold ID numbers) are personal data: never copied into the log.
const SECRET_KEY = /password|token|secret|idNumber|contentBase64/i;
// What PostgreSQL's jsonb cannot hold (NUL, UTF-16 halves without their pair): kept visible as U+FFFD,
// so a request carrying them is still logged rather than losing its row.
// eslint-disable-next-line no-control-regex -- NUL is one of the characters jsonb refuses
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The first `length` UTF-16 units, never ending in half a surrogate pair (jsonb would refuse it). */
function head(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Secrets replaced and text made storable, at any depth (bounded as the limits say). */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    const storable = value.replace(UNSTORABLE, '\ufffd');
    if (storable.length <= AUDIT_LIMITS.maxStringLength) return storable;
    return { cut: head(storable, AUDIT_LIMITS.maxStringLength), length: value.length, sha256: sha256(value) };
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= AUDIT_LIMITS.maxDepth) return { cut: '…', depth };
  if (Array.isArray(value)) {
    const kept = value.slice(0, AUDIT_LIMITS.maxListLength).map((v) => redact(v, depth + 1));
    return value.length > AUDIT_LIMITS.maxListLength ? [...kept, { cut: '…', length: value.length }] : kept;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_KEY.test(key) ? '***' : redact(v, depth + 1)]),
  );
}

/** The detail as JSON text for the row: redacted, and never more than the row's ceiling. */
export function auditDetailJson(detail: Record<string, unknown>): string {
  const json = JSON.stringify(redact(detail));
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes <= AUDIT_LIMITS.maxDetailBytes) return json;
  // Too big even after cutting each string: keep the start (as text) and the size and hash of the whole.
  return JSON.stringify({
    cut: head(json, AUDIT_LIMITS.maxDetailBytes / 4),
    bytes,
    sha256: sha256(json),
  });
}
