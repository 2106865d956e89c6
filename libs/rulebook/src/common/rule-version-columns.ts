import { Column, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantOwnedColumns } from '@village/platform-tenancy';
import { RuleStatus } from './item-enums';

/**
 * The columns of a versioned rule document: a district's framework or a town's manual. Each version is
 * edited as a DRAFT and frozen once PUBLISHED (a trigger refuses changes); a new version may be copied
 * from an earlier one. Extend it; the entity adds what the document says.
 */
export abstract class RuleVersionColumns extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: RuleStatus.DRAFT })
  status: RuleStatus;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
