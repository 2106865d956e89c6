import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';

/** A town's published honour list of a year: written once (append-only); its nominations name it. */
@Entity('honour_list')
@Unique('uq_honour_list', ['townId', 'year'])
@TenantIndexes('honour_list')
export class HonourListEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'honour_count', type: 'integer' })
  honourCount: number;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
