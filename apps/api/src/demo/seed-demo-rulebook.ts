import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrgUnitEntity } from '@village/platform-tenancy';
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
} from '@village/scoring';
import { DEMO_FRAMEWORK, DEMO_FRAMEWORK_ITEMS, DEMO_MANUAL, DEMO_SCORING_LIST } from './demo-rulebook.data';

/**
 * The demo rulebook: the district's published framework for the current year, a published 宋村镇 manual and an adopted
 * 大泽头村 list. Runs inside the demo seed's transaction (system context scoped to the district). Parents
 * are inserted as drafts and published after their rows, as the triggers refuse rows added to a
 * published parent.
 */
export async function seedDemoRulebook(em: EntityManager, units: Map<string, OrgUnitEntity>): Promise<void> {
  const unitNamed = (name: string) => {
    const unit = units.get(name);
    if (!unit) throw new Error(`demo rulebook: no unit named ${name}`);
    return unit;
  };
  const town = unitNamed(DEMO_MANUAL.town);
  const village = unitNamed(DEMO_SCORING_LIST.village);
  const now = new Date();
  const districtTenant = { districtId: town.districtId, townId: null, villageId: null };
  const townTenant = { districtId: town.districtId, townId: town.id, villageId: null };
  const villageTenant = {
    districtId: village.districtId,
    townId: village.townId as string,
    villageId: village.id,
  };

  const framework = { id: randomUUID(), ...districtTenant };
  await em.insert(FrameworkEntity, {
    ...framework,
    year: DEMO_FRAMEWORK.year,
    version: 1,
    status: RuleStatus.DRAFT,
    title: DEMO_FRAMEWORK.title,
    rules: { ...DEFAULT_SCORE_RULES },
    maxAdjustmentPercent: 20,
  });
  const frameworkItems = DEMO_FRAMEWORK_ITEMS.map((fields, position) => ({
    id: randomUUID(),
    frameworkId: framework.id,
    ...districtTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  await em.insert(EvaluationItemEntity, frameworkItems);
  await em.update(FrameworkEntity, { id: framework.id }, { status: RuleStatus.PUBLISHED, publishedAt: now });

  const manualId = randomUUID();
  await em.insert(TownManualEntity, {
    id: manualId,
    ...townTenant,
    frameworkId: framework.id,
    version: 1,
    status: RuleStatus.DRAFT,
    title: DEMO_MANUAL.title,
    procedure: DEMO_MANUAL.procedure,
  });
  const adjustments = [
    ...DEMO_MANUAL.disable.map((itemCode) => ({
      itemCode,
      disabled: true,
      pointsMin: null,
      pointsMax: null,
      perUnitPoints: null,
      reason: '本镇不适用',
    })),
    ...DEMO_MANUAL.adjust.map((a) => ({ ...a, disabled: false, perUnitPoints: null })),
  ];
  await em.insert(
    ManualAdjustmentEntity,
    adjustments.map((a) => ({ id: randomUUID(), manualId, ...townTenant, ...a, published: true })),
  );
  const townItems = DEMO_MANUAL.townItems.map((fields, position) => ({
    id: randomUUID(),
    manualId,
    ...townTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  await em.insert(TownItemEntity, townItems);
  await em.update(TownManualEntity, { id: manualId }, { status: RuleStatus.PUBLISHED, publishedAt: now });

  const listId = randomUUID();
  await em.insert(ScoringListEntity, {
    id: listId,
    ...villageTenant,
    version: 1,
    status: ScoringListStatus.DRAFT,
    manualId,
  });
  const villageItems = DEMO_SCORING_LIST.villageItems.map((fields, position) => ({
    id: randomUUID(),
    listId,
    ...villageTenant,
    ...fields,
    position,
    withdrawn: false,
    published: true,
  }));
  await em.insert(VillageItemEntity, villageItems);
  const effective = mergeEffectiveItems(frameworkItems, adjustments, townItems, villageItems);
  await em.insert(
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
  await em.update(
    ScoringListEntity,
    { id: listId },
    { status: ScoringListStatus.ADOPTED, ...DEMO_SCORING_LIST.adoption, adoptedAt: now },
  );
}
