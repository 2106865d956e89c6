import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, ManyToOneJoin } from '@village/platform-common';
import { TenantOwnedColumns, TenantIndexes } from '@village/platform-tenancy';
import { ContractColour } from '../colour/contract-colour.enum';
import { TemplateStatus } from './template-status.enum';

/**
 * A contract template version. District rows (town_id null) are the base of a colour; a town row
 * extends the district's template of the same colour with its own clauses and items. Published
 * versions are immutable (service check + trigger); a change is a new version.
 */
@Entity('contract_template')
@TenantIndexes('contract_template')
@Index('uq_contract_template_district_version', ['districtId', 'colour', 'version'], {
  unique: true,
  where: '"town_id" IS NULL',
})
@Index('uq_contract_template_town_version', ['townId', 'colour', 'version'], {
  unique: true,
  where: '"town_id" IS NOT NULL',
})
@Check('ck_contract_template_owner', `"village_id" IS NULL`)
@Check('ck_contract_template_extends', `("town_id" IS NULL) = ("extends_template_id" IS NULL)`)
@Check('ck_contract_template_status', `"status" IN ('DRAFT', 'PUBLISHED')`)
export class ContractTemplateEntity extends TenantOwnedColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  colour: ContractColour;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  /** Duty clauses, in order. A town extension holds only the clauses it adds. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  clauses: string[];

  /** Codes of the evaluation items (rulebook) the duties are scored by. */
  @Column({ name: 'item_codes', type: 'text', array: true, default: () => "'{}'" })
  itemCodes: string[];

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: TemplateStatus.DRAFT })
  status: TemplateStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  /** Town extensions: the district version they extend. */
  @Column({ name: 'extends_template_id', type: 'uuid', nullable: true })
  extendsTemplateId: string | null;

  @ManyToOneJoin(() => ContractTemplateEntity, 'extends_template_id', { nullable: true })
  extendsTemplate?: Relation<ContractTemplateEntity>;

  @CreatedAtColumn()
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
