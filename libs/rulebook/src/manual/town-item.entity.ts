import { Column, Entity, Unique } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes } from '@village/platform-tenancy';
import { DraftItemColumns } from '../common/draft-item-columns';
import { TownManualEntity } from './town-manual.entity';

/** An item the town adds on top of the framework in one manual version. */
@Entity('town_item')
@Unique('uq_town_item_code', ['manualId', 'code'])
@TenantIndexes('town_item')
export class TownItemEntity extends DraftItemColumns {
  @Column({ name: 'manual_id', type: 'uuid' })
  manualId: string;

  @ManyToOneJoin(() => TownManualEntity, 'manual_id')
  manual?: TownManualEntity;
}
