import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  grantToApp,
  publishedFromAboveRls,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

/** Village-owned rows the app changes in place: running totals and states, each move also a ledger row. */
const VILLAGE_MUTABLE = ['points_account', 'points_lot', 'redemption', 'redemption_quota'];
/** Village-owned, append-only: the points ledger and the redemption history. */
const VILLAGE_APPEND_ONLY = ['points_movement', 'redemption_event'];

/**
 * Redeemable points and shops. Points, redemptions and quotas belong to the resident's village.
 * Policies, shops, goods and stock movements belong to their district, town or village and are
 * readable from the units below (a town's shop serves all its villages). A reservation at a town's
 * shop takes the good's stock from a village's transaction: `goods_take_from_below` lets a unit below
 * the owner UPDATE a visible good (the service only ever runs the conditional stock update there).
 */
export class PointsShopsRls1796500000001 implements MigrationInterface {
  name = 'PointsShopsRls1796500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...VILLAGE_MUTABLE.flatMap((t) => scopedTenantTable(t, ['SELECT', 'INSERT', 'UPDATE'])),
      ...VILLAGE_APPEND_ONLY.flatMap((t) => appendOnlyTenantTable(t)),
      ...publishedFromAboveRls('points_policy'),
      grantToApp('points_policy', ['SELECT', 'INSERT']),
      'CREATE TRIGGER points_policy_append_only BEFORE UPDATE OR DELETE ON points_policy FOR EACH ROW EXECUTE FUNCTION public.refuse_change()',
      ...publishedFromAboveRls('shop'),
      grantToApp('shop', ['SELECT', 'INSERT', 'UPDATE']),
      ...publishedFromAboveRls('goods'),
      grantToApp('goods', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE POLICY goods_take_from_below ON goods FOR UPDATE
         USING (public.app_is_above_scope(district_id, town_id, village_id))
         WITH CHECK (public.app_is_above_scope(district_id, town_id, village_id))`,
      ...publishedFromAboveRls('stock_movement'),
      grantToApp('stock_movement', ['SELECT', 'INSERT']),
      'CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement FOR EACH ROW EXECUTE FUNCTION public.refuse_change()',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      'DROP TRIGGER stock_movement_append_only ON stock_movement',
      'DROP POLICY stock_movement_from_above ON stock_movement',
      ...dropTenantTableRls('stock_movement'),
      'DROP POLICY goods_take_from_below ON goods',
      'DROP POLICY goods_from_above ON goods',
      ...dropTenantTableRls('goods'),
      'DROP POLICY shop_from_above ON shop',
      ...dropTenantTableRls('shop'),
      'DROP TRIGGER points_policy_append_only ON points_policy',
      'DROP POLICY points_policy_from_above ON points_policy',
      ...dropTenantTableRls('points_policy'),
      ...VILLAGE_APPEND_ONLY.flatMap((t) => [...dropAppendOnly(t), ...dropTenantTableRls(t)]),
      ...VILLAGE_MUTABLE.flatMap((t) => dropTenantTableRls(t)),
    ]);
  }
}
