import { Index } from 'typeorm';

export interface TenantIndexOptions {
  /**
   * The columns of `ix_<table>_village`, for tables mostly read a village at a time in some order
   * (default `['villageId']`); `false` where another index or a unique constraint already leads with
   * `village_id`, so the village policy uses that one.
   */
  village?: string[] | false;
}

/**
 * The indexes every tenant table has: `ix_<table>_tenant` on the three tenant columns, and one each for
 * town and village. The row-level-security policies match on any one of the three tenant columns (the
 * district's leads the tenant index): each has an index. Names are spelled out, not derived by TypeORM,
 * so `table` must be the entity's table name.
 */
export function TenantIndexes(table: string, options: TenantIndexOptions = {}): ClassDecorator {
  const village = options.village ?? ['villageId'];
  return (target) => {
    // Applied in the order the hand-written decorators were, bottom to top: village, town, tenant.
    if (village) Index(`ix_${table}_village`, village)(target);
    Index(`ix_${table}_town`, ['townId'])(target);
    Index(`ix_${table}_tenant`, ['districtId', 'townId', 'villageId'])(target);
  };
}
