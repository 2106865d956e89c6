import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NUMERIC } from '@village/platform-common';
import { TenantIndexes, type TenantRef } from '@village/platform-tenancy';

/**
 * The roll-up: one base figure (base-figures.ts) of one village for one period of a year, under the same
 * forced row-level security as the rows it sums — a village reads its own, a town its villages, a
 * district all. Rewritten by the figures job (figures-refresh.service.ts) when the village's
 * watermark moved; nothing else writes it.
 */
@Entity('village_figure')
@TenantIndexes('village_figure', { village: ['villageId', 'year', 'periodKind', 'periodNumber', 'figure'] })
export class VillageFigureEntity implements TenantRef {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'town_id', type: 'uuid' })
  townId: string;

  // The tenant columns are spelled out (not VillageOwnedChildColumns) as the village is part of the key.
  @PrimaryColumn({ name: 'village_id', type: 'uuid' })
  villageId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ name: 'period_kind', type: 'varchar', length: 8 })
  periodKind: string;

  @PrimaryColumn({ name: 'period_number', type: 'int' })
  periodNumber: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  figure: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, transformer: NUMERIC })
  value: number;

  @UpdateDateColumn({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
