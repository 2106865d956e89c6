import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { ResidentEntity } from '@village/residents';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import type { BeneficiaryRelation } from '@village/rulebook';
import { NUMERIC, CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { ScoringListItemEntity } from '@village/rulebook';
import { DeclarationChannel, DeclarationStatus } from './declaration-enums';

/**
 * A declared (or cadre-registered) act awaiting review. It names the frozen item of the village's adopted
 * list for the act's year. Only its status ever changes, and only once (PENDING → APPROVED | REJECTED |
 * AMENDED).
 */
@Entity('declaration')
@Unique('uq_declaration_idempotency', ['villageId', 'idempotencyKey'])
@TenantIndexes('declaration', { village: ['villageId', 'status'] })
@Index('ix_declaration_resident', ['residentId', 'itemCode', 'actedOn'])
export class DeclarationEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: ResidentEntity;

  /** The user who declared or registered it. */
  @Column({ name: 'declared_by', type: 'uuid' })
  declaredBy: string;

  @Column({ type: 'varchar', length: 16 })
  channel: DeclarationChannel;

  @Column({ name: 'scoring_list_item_id', type: 'uuid' })
  scoringListItemId: string;

  @ManyToOneJoin(() => ScoringListItemEntity, 'scoring_list_item_id')
  item?: ScoringListItemEntity;

  @Column({ name: 'item_code', type: 'varchar', length: 32 })
  itemCode: string;

  @Column({ name: 'acted_on', type: 'date' })
  actedOn: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: NUMERIC })
  quantity: number | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  /** Who acted, when the act scores someone else (the resident above, a beneficiary); null: the resident. */
  @Column({ name: 'actor_resident_id', type: 'uuid', nullable: true })
  actorResidentId: string | null;

  /** The resident's relation to the actor as declared (spouse, child, parent …). */
  @Column({ name: 'beneficiary_relation', type: 'varchar', length: 8, nullable: true })
  beneficiaryRelation: BeneficiaryRelation | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** SHA-256 of the request: the same key with another payload is refused. */
  @Column({ name: 'payload_hash', type: 'varchar', length: 64 })
  payloadHash: string;

  @Column({ type: 'varchar', length: 16, default: DeclarationStatus.PENDING })
  status: DeclarationStatus;

  @CreatedAtColumn()
  createdAt: Date;
}
