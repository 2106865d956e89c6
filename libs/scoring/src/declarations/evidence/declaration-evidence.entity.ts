import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { DeclarationEntity } from '../declaration.entity';

/** An evidence file (photo or PDF) of a declaration; the bytes live in EvidenceStorage. Append-only. */
@Entity('declaration_evidence')
@TenantIndexes('declaration_evidence')
@Index('ix_declaration_evidence_declaration', ['declarationId'])
export class DeclarationEvidenceEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'declaration_id', type: 'uuid' })
  declarationId: string;

  @ManyToOneJoin(() => DeclarationEntity, 'declaration_id')
  declaration?: DeclarationEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 64 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @CreatedAtColumn()
  createdAt: Date;
}
