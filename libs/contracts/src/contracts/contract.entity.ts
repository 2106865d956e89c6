import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { VillageOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { HouseholdEntity, ResidentEntity } from '@village/residents';
import { ContractColour } from '../colour/contract-colour.enum';
import { ContractTemplateEntity } from '../templates/contract-template.entity';
import { ContractStatus } from './contract-status.enum';

/**
 * One party's contract of one colour for one year. The template's merged clauses and item codes are
 * copied here when the draft is made, so later template versions never alter a signed contract.
 */
@Entity('contract')
@TenantIndexes('contract', { village: ['villageId', 'year', 'colour'] })
@Index('uq_contract_live_resident', ['residentId', 'colour', 'year'], {
  unique: true,
  where: `"resident_id" IS NOT NULL AND "status" <> 'TERMINATED'`,
})
@Index('uq_contract_live_household', ['householdId', 'colour', 'year'], {
  unique: true,
  where: `"household_id" IS NOT NULL AND "status" <> 'TERMINATED'`,
})
@Check(
  'ck_contract_party',
  `("resident_id" IS NULL) <> ("household_id" IS NULL) AND ("colour" = 'BLUE') = ("household_id" IS NOT NULL)`,
)
@Check('ck_contract_status', `"status" IN ('DRAFT', 'SIGNED', 'TERMINATED')`)
export class ContractEntity extends VillageOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  colour: ContractColour;

  /** The effective template at generation (a town extension, or the district's template). */
  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOneJoin(() => ContractTemplateEntity, 'template_id')
  template?: Relation<ContractTemplateEntity>;

  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'text', array: true })
  clauses: string[];

  @Column({ name: 'item_codes', type: 'text', array: true })
  itemCodes: string[];

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId: string | null;

  @ManyToOneJoin(() => ResidentEntity, 'resident_id', { nullable: true })
  resident?: Relation<ResidentEntity>;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @ManyToOneJoin(() => HouseholdEntity, 'household_id', { nullable: true })
  household?: Relation<HouseholdEntity>;

  @Column({ type: 'varchar', length: 16, default: ContractStatus.DRAFT })
  status: ContractStatus;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'witness_name', type: 'varchar', length: 64, nullable: true })
  witnessName: string | null;

  @Column({ name: 'witness_resident_id', type: 'uuid', nullable: true })
  witnessResidentId: string | null;

  @ManyToOneJoin(() => ResidentEntity, 'witness_resident_id', { nullable: true })
  witnessResident?: Relation<ResidentEntity>;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy: string | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'termination_reason', type: 'varchar', length: 200, nullable: true })
  terminationReason: string | null;

  @Column({ name: 'terminated_by', type: 'uuid', nullable: true })
  terminatedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
