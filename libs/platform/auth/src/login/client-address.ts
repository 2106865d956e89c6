import { isIPv4, isIPv6 } from 'node:net';

/**
 * The throttle key of a client address. IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how Node reports IPv4
 * on a dual-stack socket) is the IPv4 address; other IPv6 addresses count by their /64, since one host
 * usually holds a whole /64 and could otherwise rotate through it. No address at all is one key.
 */
export function throttleAddress(ip: string | null): string {
  const raw = ip?.trim() ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(raw);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(raw)) return raw;
  if (isIPv6(raw)) return `${expandIPv6(raw).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('%')[0].toLowerCase().split('::') as [string, string?];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => (g.includes('.') ? g : g.replace(/^0+(?=.)/, '')));
}
