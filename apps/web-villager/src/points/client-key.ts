/**
 * A request key for one attempt at a redemption: sent again unchanged on a retry, so the API reserves
 * once however often a weak network makes the phone send. crypto.randomUUID exists only on a secure
 * page (https or localhost); a village's LAN address over http falls back to getRandomValues.
 */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
