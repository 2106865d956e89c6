import { Column, Entity, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { GridEntity } from '../grids/grid.entity';
import { ResidentEntity } from '../residents/resident.entity';

/** A household (户): the unit of the BLUE self-governance contract and of household-scored items. */
@Entity('household')
@Unique('uq_household_village_code', ['villageId', 'code'])
@TenantIndexes('household')
export class HouseholdEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  /** 户号, unique in the village. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  address: string | null;

  @Column({ name: 'head_resident_id', type: 'uuid', nullable: true })
  headResidentId: string | null;

  @ManyToOneJoin(() => ResidentEntity, 'head_resident_id', { nullable: true })
  head?: Relation<ResidentEntity>;

  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @ManyToOneJoin(() => GridEntity, 'grid_id', { nullable: true })
  grid?: Relation<GridEntity>;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
