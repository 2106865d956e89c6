import { timeOrderedUuids } from './time-ordered-uuid';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered UUIDs', () => {
  it('are version 7 UUIDs carrying the time, in the order made, all different', () => {
    const ids = timeOrderedUuids(5000, Date.UTC(2026, 10, 28));
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(5000);
    expect(ids[0].replace('-', '').slice(0, 12)).toBe(Date.UTC(2026, 10, 28).toString(16).padStart(12, '0'));
  });

  it('sort after the ids of an earlier batch', () => {
    const [earlier] = timeOrderedUuids(1, 1_000);
    const [later] = timeOrderedUuids(1, 1_001);
    expect(earlier < later).toBe(true);
    expect(timeOrderedUuids(0)).toEqual([]);
  });
});
