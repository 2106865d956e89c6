import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';
import { ArtefactKind } from './canonical-form';

/**
 * One entry of a district's log of published digests (公开记录): the canonical form of a posted
 * artefact as it was published, its digest, and a hash chain over the district's entries in order
 * (entry_hash = SHA-256(prev_hash | seq | kind | artefact id | digest)). Append-only; the public page
 * serves `canonical` and the verify endpoint compares it with the rows the artefact is built from.
 */
@Entity('published_artefact')
@TenantIndexes('published_artefact')
@Unique('uq_published_artefact_seq', ['districtId', 'seq'])
@Unique('uq_published_artefact_source', ['artefactId'])
export class PublishedArtefactEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'bigint', transformer: NUMERIC })
  seq: number;

  @Column({ type: 'varchar', length: 24 })
  kind: ArtefactKind;

  /** The posted row's id (public notice, honour list, payout plan): the public page's address. */
  @Column({ name: 'artefact_id', type: 'uuid' })
  artefactId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  canonical: string;

  @Column({ type: 'varchar', length: 64 })
  digest: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ name: 'entry_hash', type: 'varchar', length: 64 })
  entryHash: string;

  @CreatedAtColumn()
  createdAt: Date;
}
