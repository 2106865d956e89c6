import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, NUMERIC, SubjectType } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import { LimitPeriod } from './shop-enums';

/**
 * A good or service of a shop (商品/服务), with the shop's tenant columns. `stock` is decided by
 * conditional updates (`… WHERE stock >= $q`) and held ≥ 0 by a CHECK; it always equals the recorded
 * stock movements less what held redemptions took (tests/incentives prove it).
 */
@Entity('goods')
@TenantIndexes('goods')
@Index('ix_goods_shop', ['shopId', 'name'])
@Check('ck_goods_price', '"price_points" > 0')
@Check('ck_goods_value', '"value_yuan" IS NULL OR "value_yuan" >= 0')
@Check('ck_goods_stock', '"stock" >= 0')
@Check('ck_goods_limits', '"limit_per_person" IS NULL OR "limit_per_person" > 0')
@Check('ck_goods_household_limit', '"limit_per_household" IS NULL OR "limit_per_household" > 0')
@Check('ck_goods_limit_period', `"limit_period" IN ('MONTH', 'QUARTER', 'YEAR', 'EVER')`)
@Check('ck_goods_opening_days', '"quarter_opening_days" IS NULL OR "quarter_opening_days" BETWEEN 1 AND 92')
@Check('ck_goods_min_stars', '"min_stars" IS NULL OR "min_stars" BETWEEN 0 AND 5')
@Check('ck_goods_pickup_days', '"pickup_days" BETWEEN 1 AND 90')
export class GoodsEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shop_id', type: 'uuid' })
  shopId: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ name: 'photo_url', type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  /** A service (farm machinery, a meal) rather than a good on a shelf. */
  @Column({ name: 'is_service', type: 'boolean', default: false })
  isService: boolean;

  @Column({ name: 'price_points', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC })
  pricePoints: number;

  /** What one unit is worth in yuan, for the fund's accounts. */
  @Column({
    name: 'value_yuan',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  valueYuan: number | null;

  @Column({ type: 'boolean', default: false })
  unlimited: boolean;

  @Column({ type: 'int', default: 0 })
  stock: number;

  @Column({ name: 'limit_per_person', type: 'int', nullable: true })
  limitPerPerson: number | null;

  @Column({ name: 'limit_per_household', type: 'int', nullable: true })
  limitPerHousehold: number | null;

  @Column({ name: 'limit_period', type: 'varchar', length: 8, default: LimitPeriod.QUARTER })
  limitPeriod: LimitPeriod;

  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom: string | null;

  @Column({ name: 'available_until', type: 'date', nullable: true })
  availableUntil: string | null;

  /** Redeemable only in the first N days of each quarter (e.g. 7); null: any day. */
  @Column({ name: 'quarter_opening_days', type: 'int', nullable: true })
  quarterOpeningDays: number | null;

  /** Stars of the last final year at least this. */
  @Column({ name: 'min_stars', type: 'int', nullable: true })
  minStars: number | null;

  /** A grade of the last final year (any track) at least this: EXCELLENT, QUALIFIED or BASIC. */
  @Column({ name: 'min_grade', type: 'varchar', length: 16, nullable: true })
  minGrade: string | null;

  /** Only residents holding one of these subject types (empty: everyone). */
  @Column({ name: 'subject_types', type: 'varchar', length: 16, array: true, default: () => "'{}'" })
  subjectTypes: SubjectType[];

  /** Days a reservation waits for pickup before it expires. */
  @Column({ name: 'pickup_days', type: 'int', default: 7 })
  pickupDays: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
