import { Column } from 'typeorm';
import { ManyToOneJoin } from '@village/platform-common';
import { OrgUnitEntity } from './org-unit.entity';
import type { TenantRef } from './tenant-ref';

/**
 * Tenant columns for rows owned by a district, or by a town or village inside it (a framework is
 * district-level, a town manual town-level). Extend it; the RLS migration adds the policy.
 */
export abstract class TenantOwnedColumns implements TenantRef {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOneJoin(() => OrgUnitEntity, 'district_id')
  district?: OrgUnitEntity;

  @Column({ name: 'town_id', type: 'uuid', nullable: true })
  townId: string | null;

  @ManyToOneJoin(() => OrgUnitEntity, 'town_id', { nullable: true })
  town?: OrgUnitEntity;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId: string | null;

  @ManyToOneJoin(() => OrgUnitEntity, 'village_id', { nullable: true })
  village?: OrgUnitEntity;
}

/** Tenant columns for rows that always belong to one village (residents, contracts, grids, …). */
export abstract class VillageOwnedColumns implements TenantRef {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOneJoin(() => OrgUnitEntity, 'district_id')
  district?: OrgUnitEntity;

  @Column({ name: 'town_id', type: 'uuid' })
  townId: string;

  @ManyToOneJoin(() => OrgUnitEntity, 'town_id')
  town?: OrgUnitEntity;

  @Column({ name: 'village_id', type: 'uuid' })
  villageId: string;

  @ManyToOneJoin(() => OrgUnitEntity, 'village_id')
  village?: OrgUnitEntity;
}

/**
 * The same three tenant columns without foreign keys to the org tree, for high-volume child rows whose
 * parent row already carries them (a tally's lines: its header has the keys; three foreign-key checks per
 * line were ~45 % of writing a district's tallies). The child keeps a foreign key to its parent instead.
 */
export abstract class VillageOwnedChildColumns implements TenantRef {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'town_id', type: 'uuid' })
  townId: string;

  @Column({ name: 'village_id', type: 'uuid' })
  villageId: string;
}

/** The tenant columns of a village, for rows created inside it. */
export function villageTenant(village: TenantRef & { id: string }): {
  districtId: string;
  townId: string;
  villageId: string;
} {
  if (!village.townId || village.villageId !== village.id) throw new Error('villageTenant: not a village');
  return { districtId: village.districtId, townId: village.townId, villageId: village.id };
}
