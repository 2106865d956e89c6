import type { EntityManager } from 'typeorm';
import { FrameworkEntity } from '../framework/framework.entity';
import { TownManualEntity } from '../manual/town-manual.entity';
import type { ScoreRules } from '../rules/score-rules';
import type { ScoringListEntity } from '../village-list/scoring-list.entity';
import { effectiveList } from '../village-list/scoring-list.service';

/** What a village scores a year by: its adopted list, the town manual under it and the district's rules. */
export interface VillageRulebook {
  list: ScoringListEntity;
  manual: TownManualEntity;
  rules: ScoreRules;
}

/** The village's rulebook for a year, or null when no list has been adopted for that year. */
export async function villageRulebook(
  em: EntityManager,
  villageId: string,
  year: number,
): Promise<VillageRulebook | null> {
  const list = await effectiveList(em, villageId, year);
  if (!list) return null;
  const manual = await em.findOneByOrFail(TownManualEntity, { id: list.manualId });
  const framework = await em.findOneByOrFail(FrameworkEntity, { id: manual.frameworkId });
  return { list, manual, rules: framework.rules };
}
