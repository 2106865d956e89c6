import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '@village/residents';
import { PostEntity } from './post.entity';

/**
 * One term of one person on a post. Ending a term sets its end date (the last day held, inclusive) and
 * never deletes it, so who held which post when stays answerable for scoring.
 */
@Entity('post_assignment')
@Check('ck_post_assignment_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
@TenantIndexes('post_assignment')
@Index('ix_post_assignment_post', ['postId', 'residentId'])
@Index('ix_post_assignment_resident', ['residentId'])
export class PostAssignmentEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOneJoin(() => PostEntity, 'post_id')
  post?: Relation<PostEntity>;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 200, nullable: true })
  endReason: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;
}
