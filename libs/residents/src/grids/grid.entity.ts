import { Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ResidentEntity } from '../residents/resident.entity';

/**
 * A grid (网格): an area of a village with a grid leader (网格长). Residents and households belong to one.
 * Posts, teams and their duties live in the grids lib; the area itself lives here, beside its people.
 */
@Entity('grid')
@Unique('uq_grid_village_code', ['villageId', 'code'])
@TenantIndexes('grid')
export class GridEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'leader_resident_id', type: 'uuid', nullable: true })
  leaderResidentId: string | null;

  @ManyToOneJoin(() => ResidentEntity, 'leader_resident_id', { nullable: true })
  leader?: Relation<ResidentEntity>;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
