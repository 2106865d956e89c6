import { randomUUID } from 'node:crypto';
import type { OrgUnitEntity, TenantTx } from '@village/platform-tenancy';
import {
  DEFAULT_SCORE_RULES,
  EvaluationItemEntity,
  FrameworkEntity,
  ManualAdjustmentEntity,
  mergeEffectiveItems,
  pickItemFields,
  RuleStatus,
  ScoringListEntity,
  ScoringListItemEntity,
  ScoringListStatus,
  TownItemEntity,
  TownManualEntity,
  VillageItemEntity,
} from '@village/rulebook';
import { DEMO_YEAR } from './demo-year';
import {
  DEMO_FRAMEWORK_ITEMS,
  DEMO_MANUAL,
  DEMO_SCORING_LIST,
  frameworkTitle,
  type DemoManual,
  type DemoScoringList,
} from './demo-rulebook.data';

type Unit = Pick<OrgUnitEntity, 'id' | 'districtId' | 'townId' | 'villageId'>;
type FrameworkItemRow = Parameters<typeof mergeEffectiveItems>[0][number];
type AdjustmentRow = Parameters<typeof mergeEffectiveItems>[1][number];
type TownItemRow = Parameters<typeof mergeEffectiveItems>[2][number];

/** A published framework of a year with its items, as the manual and list seeds build on it. */
export interface SeededFramework {
  id: string;
  items: FrameworkItemRow[];
}

/** A published town manual with what it changed, for the village lists built on it. */
export interface SeededManual {
  id: string;
  framework: SeededFramework;
  adjustments: AdjustmentRow[];
  townItems: TownItemRow[];
}

/**
 * The demo rulebook: the district's published framework for `year` (the current year in the base seed), a
 * published 宋村镇 manual and an adopted 大泽头村 list. Runs inside a seed transaction (system context
 * scoped to the district). Parents are inserted as drafts and published after their rows, as the triggers
 * refuse rows added to a published parent.
 */
export async function seedDemoRulebook(
  tx: TenantTx,
  units: Map<string, OrgUnitEntity>,
  year: number = DEMO_YEAR,
): Promise<{ framework: SeededFramework; manual: SeededManual }> {
  const village = unitNamed(units, DEMO_SCORING_LIST.village);
  const framework = await seedDemoFramework(tx, village, year);
  const manual = await seedDemoManual(tx, unitNamed(units, DEMO_MANUAL.town), framework, DEMO_MANUAL, year);
  await seedDemoList(tx, village, manual, DEMO_SCORING_LIST, year);
  return { framework, manual };
}

export function unitNamed(units: Map<string, OrgUnitEntity>, name: string): OrgUnitEntity {
  const unit = units.get(name);
  if (!unit) throw new Error(`demo rulebook: no unit named ${name}`);
  return unit;
}

/** 文登区's framework of `year` with the demo items, published. `anyUnit` names the district. */
export async function seedDemoFramework(tx: TenantTx, anyUnit: Unit, year: number): Promise<SeededFramework> {
  const districtTenant = { districtId: anyUnit.districtId, townId: null, villageId: null };
  const id = randomUUID();
  await tx.insert(FrameworkEntity, {
    id,
    ...districtTenant,
    year,
    version: 1,
    status: RuleStatus.DRAFT,
    title: frameworkTitle(year),
    rules: { ...DEFAULT_SCORE_RULES },
    maxAdjustmentPercent: 20,
  });
  const items = DEMO_FRAMEWORK_ITEMS.map((fields, position) => ({
    id: randomUUID(),
    frameworkId: id,
    ...districtTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  await tx.insert(EvaluationItemEntity, items);
  await tx.update(FrameworkEntity, { id }, { status: RuleStatus.PUBLISHED, publishedAt: new Date() });
  return { id, items };
}

/** The framework of `year` already in the database (the base seed's), with its items. */
export async function existingFramework(
  tx: TenantTx,
  districtId: string,
  year: number,
): Promise<SeededFramework> {
  const framework = await tx.findOne(FrameworkEntity, {
    where: { districtId, year, status: RuleStatus.PUBLISHED },
    order: { version: 'DESC' },
  });
  if (!framework) throw new Error(`demo rulebook: no published ${year} framework`);
  const items = await tx.find(EvaluationItemEntity, { where: { frameworkId: framework.id } });
  return { id: framework.id, items };
}

/** A town's manual of `year` on `framework`, published. */
export async function seedDemoManual(
  tx: TenantTx,
  town: Unit,
  framework: SeededFramework,
  spec: DemoManual,
  year: number,
): Promise<SeededManual> {
  const townTenant = { districtId: town.districtId, townId: town.id, villageId: null };
  const id = randomUUID();
  await tx.insert(TownManualEntity, {
    id,
    ...townTenant,
    frameworkId: framework.id,
    version: await nextVersion(tx, 'town_manual', 'town_id', town.id),
    status: RuleStatus.DRAFT,
    title: spec.title(year),
    procedure: spec.procedure,
  });
  const adjustments = [
    ...spec.disable.map((itemCode) => ({
      itemCode,
      disabled: true,
      pointsMin: null,
      pointsMax: null,
      perUnitPoints: null,
      reason: '本镇不适用',
    })),
    ...spec.adjust.map((a) => ({ ...a, disabled: false, perUnitPoints: null })),
  ];
  if (adjustments.length) {
    await tx.insert(
      ManualAdjustmentEntity,
      adjustments.map((a) => ({ id: randomUUID(), manualId: id, ...townTenant, ...a, published: true })),
    );
  }
  const townItems = spec.townItems.map((fields, position) => ({
    id: randomUUID(),
    manualId: id,
    ...townTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  if (townItems.length) await tx.insert(TownItemEntity, townItems);
  await tx.update(TownManualEntity, { id }, { status: RuleStatus.PUBLISHED, publishedAt: new Date() });
  return { id, framework, adjustments, townItems };
}

/** A village's list of `year` on `manual`, adopted by the assembly's vote with its effective items frozen. */
export async function seedDemoList(
  tx: TenantTx,
  village: Unit,
  manual: SeededManual,
  spec: DemoScoringList,
  year: number,
): Promise<void> {
  const villageTenant = {
    districtId: village.districtId,
    townId: village.townId as string,
    villageId: village.id,
  };
  const listId = randomUUID();
  await tx.insert(ScoringListEntity, {
    id: listId,
    ...villageTenant,
    version: await nextVersion(tx, 'scoring_list', 'village_id', village.id),
    status: ScoringListStatus.DRAFT,
    manualId: manual.id,
  });
  const villageItems = spec.villageItems.map((fields, position) => ({
    id: randomUUID(),
    listId,
    ...villageTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  if (villageItems.length) await tx.insert(VillageItemEntity, villageItems);
  const effective = mergeEffectiveItems(
    manual.framework.items,
    manual.adjustments,
    manual.townItems,
    villageItems,
  );
  await tx.insert(
    ScoringListItemEntity,
    effective.map((item, position) => ({
      id: randomUUID(),
      listId,
      ...villageTenant,
      ...pickItemFields(item),
      source: item.source,
      sourceItemId: item.sourceItemId,
      position,
    })),
  );
  const { meetingDay, ...vote } = spec.adoption;
  await tx.update(
    ScoringListEntity,
    { id: listId },
    {
      status: ScoringListStatus.ADOPTED,
      ...vote,
      meetingDate: `${year}-${meetingDay}`,
      adoptedAt: new Date(),
    },
  );
}

/** Manual and list versions count up per town and village across years, as the services number them. */
async function nextVersion(
  tx: TenantTx,
  table: 'town_manual' | 'scoring_list',
  column: 'town_id' | 'village_id',
  id: string,
): Promise<number> {
  const [row] = (await tx.query(
    `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM ${table} WHERE ${column} = $1`,
    [id],
  )) as { next: number }[];
  return Number(row.next);
}
