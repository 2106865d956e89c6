import { Column, Entity, Index, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { UserEntity } from '@village/platform-auth';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { GridEntity } from '../grids/grid.entity';
import { HouseholdEntity } from '../households/household.entity';
import { Gender, HouseholdRelation, ResidentStatus } from './resident-status.enum';

/**
 * A person of a village. The ID number is stored encrypted (AES-256-GCM), with a keyed hash to find
 * duplicates and a masked form for display; the clear number never leaves the service.
 */
@Entity('resident')
@Unique('uq_resident_id_number', ['districtId', 'idNumberHash'])
@Unique('uq_resident_user', ['userId'])
@TenantIndexes('resident', { village: ['villageId', 'status'] })
@Index('ix_resident_household', ['householdId'])
export class ResidentEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 8 })
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'id_number_cipher', type: 'text' })
  idNumberCipher: string;

  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash: string;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 32 })
  idNumberMasked: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOneJoin(() => HouseholdEntity, 'household_id', { nullable: true })
  household?: Relation<HouseholdEntity>;

  /** 与户主关系; null for the head and where the register does not say. */
  @Column({ name: 'relation_to_head', type: 'varchar', length: 8, nullable: true })
  relationToHead: HouseholdRelation | null;

  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @ManyToOneJoin(() => GridEntity, 'grid_id', { nullable: true })
  grid?: Relation<GridEntity>;

  @Column({ type: 'varchar', length: 16, default: ResidentStatus.ACTIVE })
  status: ResidentStatus;

  /** The login of a resident who uses the app themself (RESIDENT role). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOneJoin(() => UserEntity, 'user_id', { nullable: true })
  user?: Relation<UserEntity>;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
