import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { TenantIndexes } from './tenant-indexes';
import { OrgLevel } from './org-level.enum';
import type { TenantRef } from './tenant-ref';

/** A district, town or village: the tenant tree. Its own tenant columns point at itself and its ancestors. */
@Entity('org_unit')
@Unique('uq_org_unit_district_code', ['districtId', 'code'])
@TenantIndexes('org_unit')
@Index('ix_org_unit_parent', ['parentId'])
@Check('ck_org_unit_level', `"level" IN ('DISTRICT', 'TOWN', 'VILLAGE')`)
@Check(
  'ck_org_unit_tenant_columns',
  `("level" = 'DISTRICT' AND "district_id" = "id" AND "town_id" IS NULL AND "village_id" IS NULL AND "parent_id" IS NULL)
   OR ("level" = 'TOWN' AND "town_id" = "id" AND "village_id" IS NULL AND "parent_id" = "district_id")
   OR ("level" = 'VILLAGE' AND "village_id" = "id" AND "parent_id" = "town_id")`,
)
export class OrgUnitEntity implements TenantRef {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  level: OrgLevel;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOneJoin(
    () => OrgUnitEntity,
    { name: 'parent_id', foreignKeyConstraintName: 'fk_org_unit_parent' },
    { nullable: true },
  )
  parent?: OrgUnitEntity;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOneJoin(() => OrgUnitEntity, {
    name: 'district_id',
    foreignKeyConstraintName: 'fk_org_unit_district',
  })
  district?: OrgUnitEntity;

  @Column({ name: 'town_id', type: 'uuid', nullable: true })
  townId: string | null;

  @ManyToOneJoin(
    () => OrgUnitEntity,
    { name: 'town_id', foreignKeyConstraintName: 'fk_org_unit_town' },
    { nullable: true },
  )
  town?: OrgUnitEntity;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId: string | null;

  @ManyToOneJoin(
    () => OrgUnitEntity,
    { name: 'village_id', foreignKeyConstraintName: 'fk_org_unit_village' },
    { nullable: true },
  )
  village?: OrgUnitEntity;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
