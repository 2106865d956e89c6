import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import { StockMovementKind } from './shop-enums';

/** A recorded change of a good's stock (入库, 盘点调整 with its reason): append-only, never an edit. */
@Entity('stock_movement')
@TenantIndexes('stock_movement')
@Index('ix_stock_movement_goods', ['goodsId', 'createdAt'])
@Check('ck_stock_movement_quantity', '"quantity" <> 0')
@Check('ck_stock_movement_kind', `"kind" IN ('RECEIVED', 'ADJUSTED')`)
@Check('ck_stock_movement_received', `"kind" <> 'RECEIVED' OR "quantity" > 0`)
@Check('ck_stock_movement_reason', `"kind" <> 'ADJUSTED' OR length(btrim(coalesce("reason", ''))) > 0`)
export class StockMovementEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: StockMovementKind;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
