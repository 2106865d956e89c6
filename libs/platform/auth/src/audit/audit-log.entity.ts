import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  DENIED = 'DENIED',
}

/**
 * Append-only record of every login attempt and every mutation. The app role may INSERT and SELECT
 * (in scope) but has no UPDATE or DELETE grant, and a trigger refuses changes from anyone else.
 * Tenant columns are null only for attempts that match no account.
 */
@Entity('audit_log')
@Index('ix_audit_log_tenant', ['districtId', 'townId', 'villageId', 'occurredAt'])
// The row-level-security policies match on any one of the three tenant columns: each has an index.
@Index('ix_audit_log_town', ['townId', 'occurredAt'])
@Index('ix_audit_log_village', ['villageId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 64 })
  operation: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  @Column({ name: 'error_code', type: 'varchar', length: 32, nullable: true })
  errorCode: string | null;

  @Column({ name: 'org_unit_id', type: 'uuid', nullable: true })
  orgUnitId: string | null;

  @Column({ name: 'district_id', type: 'uuid', nullable: true })
  districtId: string | null;

  @Column({ name: 'town_id', type: 'uuid', nullable: true })
  townId: string | null;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId: string | null;

  @Column({ name: 'client_ip', type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  detail: Record<string, unknown>;
}
