import { Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';
import type { Grade } from '@village/grading';
import { NominationStatus } from './honour-enums';
import { HonourTypeEntity } from './honour-type.entity';

/**
 * A village's nomination of a resident for an honour of a year, with the final year's stars and grade it
 * was checked against frozen on it. Its status moves forward only (a trigger refuses any change once
 * published); each move is also written to the append-only honour_event.
 */
@Entity('honour_nomination')
@Unique('uq_honour_nomination', ['villageId', 'honourTypeId', 'residentId', 'year'])
@TenantIndexes('honour_nomination', { village: false })
export class HonourNominationEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'honour_type_id', type: 'uuid' })
  honourTypeId: string;

  @ManyToOneJoin(() => HonourTypeEntity, 'honour_type_id')
  honourType?: Relation<HonourTypeEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 60 })
  residentName: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'integer', nullable: true })
  stars: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade: Grade | null;

  @Column({ type: 'varchar', length: 16 })
  status: NominationStatus;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'list_id', type: 'uuid', nullable: true })
  listId: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
