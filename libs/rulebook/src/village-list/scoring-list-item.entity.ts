import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes } from '@village/platform-tenancy';
import { ItemColumns } from '../common/item-columns';
import { ItemSource } from '../common/item-enums';
import { ScoringListEntity } from './scoring-list.entity';

/**
 * The effective items of an adopted list, frozen at adoption (framework minus disabled, with the
 * town's adjustments, plus town and village items). Append-only: later rule changes never alter it.
 */
@Entity('scoring_list_item')
@Unique('uq_scoring_list_item_code', ['listId', 'code'])
@TenantIndexes('scoring_list_item')
export class ScoringListItemEntity extends ItemColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'list_id', type: 'uuid' })
  listId: string;

  @ManyToOneJoin(() => ScoringListEntity, 'list_id')
  list?: ScoringListEntity;

  @Column({ type: 'varchar', length: 16 })
  source: ItemSource;

  /** The framework, town or village item row the values were taken from. */
  @Column({ name: 'source_item_id', type: 'uuid' })
  sourceItemId: string;

  @Column({ type: 'int', default: 0 })
  position: number;
}
