import { getMetadataArgsStorage } from 'typeorm';
import { TenantIndexes } from './tenant-indexes';

function indexesOf(target: object): [string | undefined, unknown][] {
  return getMetadataArgsStorage()
    .indices.filter((index) => index.target === target)
    .map((index) => [index.name, index.columns]);
}

describe('TenantIndexes', () => {
  it('names the tenant, town and village indexes after the table', () => {
    @TenantIndexes('probe_row')
    class ProbeRow {}
    expect(indexesOf(ProbeRow)).toEqual([
      ['ix_probe_row_village', ['villageId']],
      ['ix_probe_row_town', ['townId']],
      ['ix_probe_row_tenant', ['districtId', 'townId', 'villageId']],
    ]);
  });

  it('takes the village index columns, or leaves it to another index', () => {
    @TenantIndexes('probe_dated', { village: ['villageId', 'year'] })
    class ProbeDated {}
    @TenantIndexes('probe_unique', { village: false })
    class ProbeUnique {}
    expect(indexesOf(ProbeDated)[0]).toEqual(['ix_probe_dated_village', ['villageId', 'year']]);
    expect(indexesOf(ProbeUnique).map(([name]) => name)).toEqual([
      'ix_probe_unique_town',
      'ix_probe_unique_tenant',
    ]);
  });
});
