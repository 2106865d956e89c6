import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ContractEntity } from './contract.entity';
import { ContractEventKind, ContractStatus } from './contract-status.enum';

/** The status history of a contract: append-only (the table refuses UPDATE and DELETE). */
@Entity('contract_event')
@TenantIndexes('contract_event')
@Index('ix_contract_event_contract', ['contractId'])
export class ContractEventEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOneJoin(() => ContractEntity, 'contract_id')
  contract?: Relation<ContractEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: ContractEventKind;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: ContractStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: ContractStatus;

  /** The date the event took effect (signing or termination date); null for drafting. */
  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, string | number | boolean | null>;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
