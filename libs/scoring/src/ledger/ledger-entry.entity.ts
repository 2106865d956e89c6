import { Check, Column, Entity, Index, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { ResidentEntity } from '@village/residents';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { RecordLevel, ScoreTrack } from '@village/rulebook';
import { NUMERIC, CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { LedgerEntryKind } from './ledger-entry-kind.enum';

/**
 * The dynamic ledger (积分动态管理台账): append-only, one row per scored act or reversal. Every row freezes
 * the item text and values it was scored under and carries a hash chained to the previous row of its
 * village, so a row changed behind the application's back is detected by the chain check.
 */
@Entity('ledger_entry')
@Unique('uq_ledger_entry_seq', ['villageId', 'seq'])
@Unique('uq_ledger_entry_idempotency', ['villageId', 'idempotencyKey'])
@TenantIndexes('ledger_entry', { village: ['villageId', 'actedOn'] })
@Index('ix_ledger_entry_resident', ['residentId', 'actedOn'])
@Index('uq_ledger_entry_reversal', ['reversesEntryId'], { unique: true, where: `"kind" = 'REVERSAL'` })
@Check('ck_ledger_entry_reversal', `("kind" = 'REVERSAL') = ("reverses_entry_id" IS NOT NULL)`)
export class LedgerEntryEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  /** Position in the village's chain (1, 2, …). */
  @Column({ type: 'bigint', transformer: NUMERIC })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: LedgerEntryKind;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id')
  resident?: Relation<ResidentEntity>;

  @Column({ type: 'varchar', length: 16 })
  track: ScoreTrack;

  /** Signed points: positive rewards, negative penalties; a reversal carries the negated points. */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: NUMERIC })
  points: number;

  @Column({ name: 'item_code', type: 'varchar', length: 32 })
  itemCode: string;

  /** The item's name and values as they stood when scored (rules change; history must not). */
  @Column({ name: 'item_name', type: 'varchar', length: 128 })
  itemName: string;

  @Column({ name: 'item_points_min', type: 'numeric', precision: 10, scale: 2, transformer: NUMERIC })
  itemPointsMin: number;

  @Column({ name: 'item_points_max', type: 'numeric', precision: 10, scale: 2, transformer: NUMERIC })
  itemPointsMax: number;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: NUMERIC })
  quantity: number | null;

  @Column({
    name: 'repeat_multiplier',
    type: 'numeric',
    precision: 6,
    scale: 2,
    default: 1,
    transformer: NUMERIC,
  })
  repeatMultiplier: number;

  @Column({ name: 'acted_on', type: 'date' })
  actedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'declaration_id', type: 'uuid', nullable: true })
  declarationId: string | null;

  @Column({ name: 'declared_by', type: 'uuid', nullable: true })
  declaredBy: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reverses_entry_id', type: 'uuid', nullable: true })
  reversesEntryId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** How the item's rule produced the points, frozen with the entry (null on entries before rules had notes). */
  @Column({ name: 'rule_note', type: 'varchar', length: 500, nullable: true })
  ruleNote: string | null;

  /** Which credit record the entry counts in (the village's yearly score excludes DISTRICT). */
  @Column({ name: 'record_level', type: 'varchar', length: 8, default: RecordLevel.BOTH })
  recordLevel: RecordLevel;

  /** A direct judgement's grade ceiling, frozen from the item. */
  @Column({ name: 'judgement_grade', type: 'varchar', length: 16, nullable: true })
  judgementGrade: string | null;

  /** A direct judgement's stars ceiling, frozen from the item. */
  @Column({ name: 'judgement_stars', type: 'int', nullable: true })
  judgementStars: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** SHA-256 of the request that created the row: the same key with another payload is refused. */
  @Column({ name: 'payload_hash', type: 'varchar', length: 64 })
  payloadHash: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ name: 'entry_hash', type: 'varchar', length: 64 })
  entryHash: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
