import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { OrgUnitEntity, type TenantRef, TenantIndexes } from '@village/platform-tenancy';

/** A login account. Its tenant columns are those of its home unit, the unit that manages it. */
@Entity('app_user')
@Index('uq_app_user_username', ['username'], { unique: true })
@TenantIndexes('app_user')
export class UserEntity implements TenantRef {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ name: 'home_org_unit_id', type: 'uuid' })
  homeOrgUnitId: string;

  @ManyToOneJoin(() => OrgUnitEntity, {
    name: 'home_org_unit_id',
    foreignKeyConstraintName: 'fk_app_user_home_unit',
  })
  homeOrgUnit?: OrgUnitEntity;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @ManyToOneJoin(() => OrgUnitEntity, {
    name: 'district_id',
    foreignKeyConstraintName: 'fk_app_user_district',
  })
  district?: OrgUnitEntity;

  @Column({ name: 'town_id', type: 'uuid', nullable: true })
  townId: string | null;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId: string | null;

  /** Wrong passwords since the last successful login or lock. */
  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /**
   * Tokens carry the version they were issued under (claim `tv`); a password change or reset, a
   * disable, a role revocation or a logout adds one, so every token issued before is refused on its
   * next request (app_request_context compares the two).
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  /** Set by an administrator's one-time password: until changed, the token is good for changePassword only. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
