import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Role, ManyToOneJoin } from '@village/platform-common';
import { OrgUnitEntity, type TenantRef, TenantIndexes } from '@village/platform-tenancy';
import { UserEntity } from './user.entity';

/**
 * A role held at an org unit, covering the units below it. Revoking sets `revoked_at`; rows are never
 * deleted, so who could do what, when, stays answerable.
 */
@Entity('role_assignment')
@TenantIndexes('role_assignment')
@Index('ix_role_assignment_user', ['userId'])
// One live grant of a role at a unit per account: two parallel grants give one row (ON CONFLICT).
@Index('uq_role_assignment_live', ['userId', 'role', 'orgUnitId'], {
  unique: true,
  where: '"revoked_at" IS NULL',
})
@Check(
  'ck_role_assignment_role',
  `"role" IN ('DISTRICT_ADMIN', 'TOWN_ADMIN', 'VILLAGE_ADMIN', 'CREDIT_COUNCIL', 'SCORER', 'GRID_LEADER', 'RESIDENT', 'AUDITOR', 'STORE_CLERK', 'SUPERVISOR')`,
)
export class RoleAssignmentEntity implements TenantRef {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOneJoin(() => UserEntity, { name: 'user_id', foreignKeyConstraintName: 'fk_role_assignment_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId: string;

  @ManyToOneJoin(() => OrgUnitEntity, {
    name: 'org_unit_id',
    foreignKeyConstraintName: 'fk_role_assignment_unit',
  })
  orgUnit?: OrgUnitEntity;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'town_id', type: 'uuid', nullable: true })
  townId: string | null;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;
}
