import { randomUUID } from 'node:crypto';
import {
  CONTRACT_COLOURS,
  ContractColour,
  ContractEntity,
  ContractStatus,
  ContractTemplateEntity,
  createMissingDrafts,
  markSigned,
  markTerminated,
  TemplateStatus,
} from '@village/contracts';
import { OrgLevel, type OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import {
  DEMO_DISTRICT_TEMPLATES,
  DEMO_SONGCUN_BLUE_EXTENSION,
  DEMO_TERMINATION,
  DEMO_WITNESSES,
  type DemoTemplate,
} from './demo-contracts.data';

/** Published district templates for all five colours, and 宋村镇's extension of the BLUE one. */
export async function seedDemoContractTemplates(tx: TenantTx, units: readonly OrgUnitEntity[]) {
  const district = units.find((u) => u.level === OrgLevel.DISTRICT);
  const songcun = units.find((u) => u.level === OrgLevel.TOWN && u.name === '宋村镇');
  if (!district) throw new Error('demo contracts: no district');
  const base = new Map<ContractColour, ContractTemplateEntity>();
  for (const colour of CONTRACT_COLOURS) {
    const row = template(district, null, colour, DEMO_DISTRICT_TEMPLATES[colour], null);
    await tx.insert(ContractTemplateEntity, row);
    base.set(colour, row);
  }
  if (songcun) {
    const blue = base.get(ContractColour.BLUE);
    await tx.insert(
      ContractTemplateEntity,
      template(district, songcun, ContractColour.BLUE, DEMO_SONGCUN_BLUE_EXTENSION, blue),
    );
  }
}

/**
 * The year's contracts of a village, generated from whatever residents exist: most signed in the
 * first quarter, a few left as drafts, one terminated. With no residents it creates nothing.
 */
export async function seedDemoContracts(tx: TenantTx, village: OrgUnitEntity | undefined, year: number) {
  if (!village) throw new Error('demo contracts: no village');
  await createMissingDrafts(tx, village, year, null, new Date(`${year}-01-05T00:00:00Z`));
  const drafts = await tx.find(ContractEntity, {
    where: { villageId: village.id, year, status: ContractStatus.DRAFT },
    order: { colour: 'ASC', id: 'ASC' },
  });
  let terminated = false;
  for (const [index, contract] of drafts.entries()) {
    if (index % 6 === 5) continue; // some households and people have not signed yet
    const signedOn = `${year}-0${1 + (index % 3)}-${String(10 + (index % 15)).padStart(2, '0')}`;
    const witnessName = DEMO_WITNESSES[index % DEMO_WITNESSES.length];
    await markSigned(tx, contract, { signedOn, witnessName, witnessResidentId: null }, null);
    if (!terminated && contract.householdId === null) {
      terminated = true;
      const signed = { ...contract, status: ContractStatus.SIGNED };
      await markTerminated(
        tx,
        signed,
        `${year}${DEMO_TERMINATION.terminatedOn}`,
        DEMO_TERMINATION.reason,
        null,
      );
    }
  }
}

function template(
  district: OrgUnitEntity,
  town: OrgUnitEntity | null,
  colour: ContractColour,
  content: DemoTemplate,
  base: ContractTemplateEntity | undefined | null,
): ContractTemplateEntity {
  return Object.assign(new ContractTemplateEntity(), {
    id: randomUUID(),
    districtId: district.id,
    townId: town?.id ?? null,
    villageId: null,
    colour,
    ...content,
    version: 1,
    status: TemplateStatus.PUBLISHED,
    publishedAt: new Date(),
    publishedBy: null,
    extendsTemplateId: base?.id ?? null,
    createdBy: null,
  });
}
