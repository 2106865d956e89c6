import { Column, Entity, Unique } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes } from '@village/platform-tenancy';
import { DraftItemColumns } from '../common/draft-item-columns';
import { ScoringListEntity } from './scoring-list.entity';

/**
 * A village's own item in one list version (`published` once the list is adopted). Beyond the manual's
 * caps it needs the town's approval before the list can be adopted.
 */
@Entity('village_item')
@Unique('uq_village_item_code', ['listId', 'code'])
@TenantIndexes('village_item')
export class VillageItemEntity extends DraftItemColumns {
  @Column({ name: 'list_id', type: 'uuid' })
  listId: string;

  @ManyToOneJoin(() => ScoringListEntity, 'list_id')
  list?: ScoringListEntity;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;
}
