import { Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { GridEntity } from '@village/residents';

/**
 * A self-governance post (自治岗位) of a grid, such as 环境卫生岗. Holding it carries duties that are scored;
 * the evaluation items they are scored under are named by code (the rulebook owns the items).
 */
@Entity('post')
@Unique('uq_post_grid_name', ['gridId', 'name'])
@TenantIndexes('post', { village: ['villageId', 'gridId'] })
export class PostEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'grid_id', type: 'uuid' })
  gridId: string;

  @ManyToOneJoin(() => GridEntity, 'grid_id')
  grid?: Relation<GridEntity>;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text', default: '' })
  duties: string;

  @Column({ name: 'item_codes', type: 'text', array: true, default: () => "'{}'" })
  itemCodes: string[];

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
