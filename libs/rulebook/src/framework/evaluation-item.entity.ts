import { Column, Entity, Unique } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes } from '@village/platform-tenancy';
import { DraftItemColumns } from '../common/draft-item-columns';
import { FrameworkEntity } from './framework.entity';

/**
 * One evaluation item of a framework. `published` is copied from the framework at publish time so
 * the read-from-below policy and the immutability trigger need no join.
 */
@Entity('evaluation_item')
@Unique('uq_evaluation_item_code', ['frameworkId', 'code'])
@TenantIndexes('evaluation_item')
export class EvaluationItemEntity extends DraftItemColumns {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOneJoin(() => FrameworkEntity, 'framework_id')
  framework?: FrameworkEntity;
}
