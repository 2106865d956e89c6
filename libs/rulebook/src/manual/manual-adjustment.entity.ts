import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { NUMERIC, ManyToOneJoin } from '@village/platform-common';
import { TownManualEntity } from './town-manual.entity';

const points = { type: 'numeric', precision: 8, scale: 2, transformer: NUMERIC, nullable: true } as const;

/** How a manual treats one framework item: disabled, or with adjusted points (null keeps the framework's). */
@Entity('manual_adjustment')
@Unique('uq_manual_adjustment_item', ['manualId', 'itemCode'])
@TenantIndexes('manual_adjustment')
export class ManualAdjustmentEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'manual_id', type: 'uuid' })
  manualId: string;

  @ManyToOneJoin(() => TownManualEntity, 'manual_id')
  manual?: TownManualEntity;

  @Column({ name: 'item_code', type: 'varchar', length: 32 })
  itemCode: string;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ name: 'points_min', ...points })
  pointsMin: number | null;

  @Column({ name: 'points_max', ...points })
  pointsMax: number | null;

  @Column({ name: 'per_unit_points', ...points })
  perUnitPoints: number | null;

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'boolean', default: false })
  published: boolean;
}
