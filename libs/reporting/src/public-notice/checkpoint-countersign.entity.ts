import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAtColumn } from '@village/platform-common';
import { TenantIndexes, TenantOwnedColumns } from '@village/platform-tenancy';

/**
 * A countersignature of a checkpoint by a town cadre or a member of a village's supervisory committee
 * (村务监督委员会): who, for which unit, confirming which root. Attributed and append-only; one per
 * person and checkpoint.
 */
@Entity('checkpoint_countersign')
@TenantIndexes('checkpoint_countersign')
@Unique('uq_checkpoint_countersign', ['checkpointId', 'signedBy'])
export class CheckpointCountersignEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  /** The root hash the signer saw and confirms (must equal the checkpoint's). */
  @Column({ name: 'root_hash', type: 'varchar', length: 64 })
  rootHash: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 100 })
  unitName: string;

  /** 镇 or 村务监督委员会. */
  @Column({ type: 'varchar', length: 24 })
  capacity: string;

  @Column({ name: 'signer_name', type: 'varchar', length: 100 })
  signerName: string;

  @Column({ type: 'varchar', length: 300 })
  statement: string;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy: string;
}
