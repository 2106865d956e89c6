import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantIndexes, type TenantRef } from '@village/platform-tenancy';

/** Where the figures job left a village: the fingerprint of what its figures were computed from. */
@Entity('village_figure_watermark')
@TenantIndexes('village_figure_watermark')
export class FigureWatermarkEntity implements TenantRef {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'town_id', type: 'uuid' })
  townId: string;

  // The tenant columns are spelled out (not VillageOwnedChildColumns) as the village is part of the key.
  @PrimaryColumn({ name: 'village_id', type: 'uuid' })
  villageId: string;

  @Column({ type: 'varchar', length: 400 })
  fingerprint: string;

  @UpdateDateColumn({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
