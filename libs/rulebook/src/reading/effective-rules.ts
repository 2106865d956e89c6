import type { TenantTx } from '@village/platform-tenancy';
import { FrameworkEntity } from '../framework/framework.entity';
import { RuleStatus, ScoringListStatus } from '../common/item-enums';
import { TownManualEntity } from '../manual/town-manual.entity';
import type { ScoreRules } from '../rules/score-rules';
import { ScoringListEntity } from '../village-list/scoring-list.entity';

// What the libraries above the rulebook read of it: the rules in force for a town or a village and year.

/**
 * The latest published manual of a town for a year (on that year's framework); readable by its villages
 * through the from-above policy.
 */
export function currentManual(tx: TenantTx, townId: string, year: number): Promise<TownManualEntity | null> {
  return tx
    .createQueryBuilder(TownManualEntity, 'm')
    .innerJoin(FrameworkEntity, 'f', 'f.id = m.frameworkId')
    .where('m.townId = :townId AND m.status = :status AND f.year = :year', {
      townId,
      status: RuleStatus.PUBLISHED,
      year,
    })
    .orderBy('m.version', 'DESC')
    .getOne();
}

/** The latest adopted list of a village for a year (built on a manual of that year's framework). */
export function effectiveList(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<ScoringListEntity | null> {
  return tx
    .createQueryBuilder(ScoringListEntity, 'l')
    .innerJoin(TownManualEntity, 'm', 'm.id = l.manualId')
    .innerJoin(FrameworkEntity, 'f', 'f.id = m.frameworkId')
    .where('l.villageId = :villageId AND l.status = :status AND f.year = :year', {
      villageId,
      status: ScoringListStatus.ADOPTED,
      year,
    })
    .orderBy('l.version', 'DESC')
    .getOne();
}

/** What a village scores a year by: its adopted list, the town manual under it and the district's rules. */
export interface VillageRulebook {
  list: ScoringListEntity;
  manual: TownManualEntity;
  rules: ScoreRules;
}

/** The village's rulebook for a year, or null when no list has been adopted for that year. */
export async function villageRulebook(
  tx: TenantTx,
  villageId: string,
  year: number,
): Promise<VillageRulebook | null> {
  const list = await effectiveList(tx, villageId, year);
  if (!list) return null;
  const manual = await tx.findOneByOrFail(TownManualEntity, { id: list.manualId });
  const framework = await tx.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
  return { list, manual, rules: framework.rules };
}

/**
 * The item codes a district has published in any of its frameworks and, for a town, those its own
 * published manuals add: what a contract template may name as the items its duties are scored under.
 */
export async function publishedItemCodes(
  tx: TenantTx,
  unit: { districtId: string; townId: string | null },
): Promise<Set<string>> {
  const rows = (await tx.query(
    `SELECT i.code FROM evaluation_item i JOIN framework f ON f.id = i.framework_id
      WHERE f.district_id = $1 AND f.status = $3
     UNION
     SELECT t.code FROM town_item t JOIN town_manual m ON m.id = t.manual_id
      WHERE $2::uuid IS NOT NULL AND m.town_id = $2 AND m.status = $3`,
    [unit.districtId, unit.townId, RuleStatus.PUBLISHED],
  )) as { code: string }[];
  return new Set(rows.map((r) => r.code));
}
