import { KnownBlocks } from './known-blocks';

describe('KnownBlocks', () => {
  it('finds the latest-ending live block among the keys, and drops ended ones', () => {
    const blocks = new KnownBlocks();
    const now = Date.parse('2026-05-03T06:00:00Z');
    blocks.remember('ip:10.0.0.1', new Date(now + 30_000));
    blocks.remember('user:alice', new Date(now + 90_500));
    blocks.remember('user:bob', new Date(now - 1));
    expect(blocks.find(['ip:10.0.0.1', 'user:alice'], now)).toEqual({
      key: 'user:alice',
      until: new Date(now + 90_500),
      retryAfterSeconds: 91,
    });
    expect(blocks.find(['ip:10.0.0.2', 'user:bob'], now)).toBeNull();
    expect(blocks.find(['ip:10.0.0.1'], now + 30_000)).toBeNull();
  });
});
