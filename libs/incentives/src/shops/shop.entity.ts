import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import { ShopKind } from './shop-enums';

/**
 * A place where redeemable points are spent: a village's credit supermarket, or a town's shop (the
 * agricultural service centre) that serves every village of the town. Readable from the villages below
 * its unit (row-level security), so a resident of another town never sees it.
 */
@Entity('shop')
@TenantIndexes('shop')
@Check('ck_shop_kind', `"kind" IN ('SUPERMARKET', 'SERVICE_CENTRE', 'VILLAGE_SERVICE')`)
@Check('ck_shop_unit', '"town_id" IS NOT NULL')
export class ShopEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  kind: ShopKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ name: 'opening_hours', type: 'varchar', length: 100, nullable: true })
  openingHours: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
