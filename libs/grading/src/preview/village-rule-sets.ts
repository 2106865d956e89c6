import type { TenantTx } from '@village/platform-tenancy';
import {
  ItemSource,
  mergeEffectiveItems,
  ScoringListItemEntity,
  villageRulebook,
  type ItemFields,
} from '@village/rulebook';
import { manualParts, PreviewDraftKind, type ManualParts, type PreviewDraft } from './preview-draft';
import type { RuleSet } from './preview-village';

/** A village the draft reaches. */
export interface PreviewVillageRef {
  id: string;
  name: string;
  townId: string;
  townName: string;
}

/**
 * The villages a draft reaches, by town and name: a manual's town's villages, a framework's district's.
 * Read under the caller's scope, like everything else here.
 */
export async function villagesOf(tx: TenantTx, draft: PreviewDraft): Promise<PreviewVillageRef[]> {
  const byManual = draft.kind === PreviewDraftKind.MANUAL;
  return (await tx.query(
    `SELECT v.id, v.name, t.id AS "townId", t.name AS "townName"
       FROM org_unit v JOIN org_unit t ON t.id = v.town_id
      WHERE v.level = 'VILLAGE' AND v.district_id = $1 AND ($2::uuid IS NULL OR v.town_id = $2)
      ORDER BY t.name, v.name, v.id`,
    [draft.districtId, byManual ? draft.townId : null],
  )) as PreviewVillageRef[];
}

/** A village's year under its adopted list and under the draft. */
export interface VillageRuleSets {
  listId: string;
  current: RuleSet;
  draft: RuleSet;
}

const byCode = (items: readonly ItemFields[]) => new Map(items.map((i) => [i.code, i]));

/**
 * What a village scores the year by now (its adopted list, frozen, and the rules of the framework under
 * it) and under the draft: the draft framework's items (or the draft manual's framework's) with the
 * draft manual's adjustments and town items (or, for a framework, those of the manual the village's
 * list follows), plus the village's own items as its list froze them. Null without an adopted list.
 * `manuals` caches the manuals' parts across villages.
 */
export async function villageRuleSets(
  tx: TenantTx,
  draft: PreviewDraft,
  villageId: string,
  year: number,
  manuals: Map<string, ManualParts>,
): Promise<VillageRuleSets | null> {
  const rulebook = await villageRulebook(tx, villageId, year);
  if (!rulebook) return null;
  const listItems = await tx.find(ScoringListItemEntity, {
    where: { listId: rulebook.list.id },
    order: { position: 'ASC' },
  });
  let parts = draft.manual;
  if (!parts) {
    const manualId = rulebook.list.manualId;
    parts = manuals.get(manualId) ?? (await manualParts(tx, manualId));
    manuals.set(manualId, parts);
  }
  const villageItems = listItems
    .filter((i) => i.source === ItemSource.VILLAGE)
    .map((i) => ({ ...i, id: i.sourceItemId }));
  const draftItems = mergeEffectiveItems(
    draft.frameworkItems,
    parts.adjustments,
    parts.townItems,
    villageItems,
  );
  return {
    listId: rulebook.list.id,
    current: { items: byCode(listItems), rules: rulebook.rules },
    draft: { items: byCode(draftItems), rules: draft.rules },
  };
}
