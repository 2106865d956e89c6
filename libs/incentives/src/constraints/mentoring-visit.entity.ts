import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, VillageOwnedColumns } from '@village/platform-tenancy';

/** One mentoring visit (走访): date, note and the improvement agreed. Append-only. */
@Entity('mentoring_visit')
@TenantIndexes('mentoring_visit', { village: ['villageId', 'caseId'] })
export class MentoringVisitEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  @Column({ name: 'agreed_improvement', type: 'varchar', length: 500 })
  agreedImprovement: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
