import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { NUMERIC, CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { DeclarationEntity } from './declaration.entity';
import { ReviewDecision } from './declaration-enums';

/** Who decided a declaration, how and why. Append-only: a decision is never edited. */
@Entity('declaration_review')
@TenantIndexes('declaration_review')
@Index('ix_declaration_review_declaration', ['declarationId'])
export class DeclarationReviewEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'declaration_id', type: 'uuid' })
  declarationId: string;

  @ManyToOneJoin(() => DeclarationEntity, 'declaration_id')
  declaration?: DeclarationEntity;

  @Column({ type: 'uuid' })
  reviewer: string;

  @Column({ type: 'varchar', length: 16 })
  decision: ReviewDecision;

  /** Signed points written to the ledger (APPROVE only). */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: NUMERIC })
  points: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** AMEND only: the item the reviewer scored instead of the declared one (the declared code if unchanged). */
  @Column({ name: 'amended_item_code', type: 'varchar', length: 32, nullable: true })
  amendedItemCode: string | null;

  /** AMEND only: the quantity scored (null for items not scored per unit). */
  @Column({
    name: 'amended_quantity',
    type: 'numeric',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: NUMERIC,
  })
  amendedQuantity: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
