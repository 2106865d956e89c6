import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/**
 * How many of a good a person (or a household) holds in a limit window. Taken by a conditional upsert
 * (`… ON CONFLICT DO UPDATE … WHERE used + $q <= $limit`), given back on release: parallel
 * reservations can never pass the limit together.
 */
@Entity('redemption_quota')
@TenantIndexes('redemption_quota')
@Check('ck_redemption_quota_used', '"used" >= 0')
export class RedemptionQuotaEntity extends VillageOwnedColumns {
  @PrimaryColumn({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  /** A resident's or a household's id. */
  @PrimaryColumn({ name: 'holder_id', type: 'uuid' })
  holderId: string;

  /** '2026-Q4', '2026-11', '2026' or 'EVER'. */
  @PrimaryColumn({ name: 'window_key', type: 'varchar', length: 8 })
  windowKey: string;

  @Column({ type: 'int' })
  used: number;
}
