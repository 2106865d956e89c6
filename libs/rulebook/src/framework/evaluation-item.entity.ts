import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { TenantIndexes } from '@village/platform-tenancy';
import { ItemColumns } from '../common/item-columns';
import { FrameworkEntity } from './framework.entity';

/**
 * One evaluation item of a framework. `published` is copied from the framework at publish time so
 * the read-from-below policy and the immutability trigger need no join.
 */
@Entity('evaluation_item')
@Unique('uq_evaluation_item_code', ['frameworkId', 'code'])
@TenantIndexes('evaluation_item')
export class EvaluationItemEntity extends ItemColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => FrameworkEntity)
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: false })
  withdrawn: boolean;

  @Column({ type: 'boolean', default: false })
  published: boolean;
}
