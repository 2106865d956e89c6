import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn, NUMERIC } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';

/**
 * A signed checkpoint of a district's digest log: "the log's first `seq` entries end in `rootHash`",
 * signed with the installation's Ed25519 key (Node's crypto). A printed notice carries the checkpoint
 * that first covered it; any later log must still pass through that root. Append-only.
 */
@Entity('digest_checkpoint')
@TenantIndexes('digest_checkpoint')
@Unique('uq_digest_checkpoint_seq', ['districtId', 'seq'])
export class DigestCheckpointEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'bigint', transformer: NUMERIC })
  seq: number;

  @Column({ name: 'root_hash', type: 'varchar', length: 64 })
  rootHash: string;

  /** The signer's public key, raw 32 bytes in base64 (also published on the public page). */
  @Column({ name: 'public_key', type: 'varchar', length: 64 })
  publicKey: string;

  /** Ed25519 signature (base64) over checkpointStatement(...). */
  @Column({ type: 'varchar', length: 100 })
  signature: string;

  @CreatedAtColumn()
  createdAt: Date;
}
