import { BatchLoader, groupBy } from './request-loaders';

describe('BatchLoader', () => {
  it('loads the keys asked for in one turn as one batch, each key once', async () => {
    const batches: string[][] = [];
    const loader = new BatchLoader(async (keys: readonly string[]) => {
      batches.push([...keys]);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()] as const));
    });
    // Resolvers ask after a few awaits of their own (guards, interceptors): still the same batch.
    const ask = async (key: string) => {
      await Promise.resolve();
      await Promise.resolve();
      return loader.load(key);
    };
    expect(await Promise.all([ask('a'), ask('b'), loader.load('a'), ask('c')])).toEqual(['A', 'B', 'A', 'C']);
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect(await loader.load('missing')).toBeUndefined();
    expect(batches).toHaveLength(2);
  });

  it('fails every key of a failed batch, and asks again next time', async () => {
    let calls = 0;
    const loader = new BatchLoader(async (keys: readonly string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return new Map(keys.map((k) => [k, 1] as const));
    });
    await expect(Promise.all([loader.load('x'), loader.load('y')])).rejects.toThrow('down');
    expect(await loader.load('x')).toBe(1);
  });
});

describe('groupBy', () => {
  it('groups rows by key, keeping their order', () => {
    const rows = [
      { k: 1, v: 'a' },
      { k: 2, v: 'b' },
      { k: 1, v: 'c' },
    ];
    expect(groupBy(rows, (r) => r.k)).toEqual(
      new Map([
        [1, [rows[0], rows[2]]],
        [2, [rows[1]]],
      ]),
    );
  });
});
