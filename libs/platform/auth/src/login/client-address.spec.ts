import { throttleAddress } from './client-address';

describe('throttleAddress', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6, and groups IPv6 by /64', () => {
    expect(throttleAddress('10.1.2.3')).toBe('10.1.2.3');
    expect(throttleAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(throttleAddress('2001:db8:0:12:aaaa::1')).toBe('2001:db8:0:12::/64');
    expect(throttleAddress('2001:0db8:0000:0012:ffff:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
  });

  it('gives one key to requests without a usable address', () => {
    expect(throttleAddress(null)).toBe('unknown');
    expect(throttleAddress('not an address')).toBe('unknown');
  });
});
