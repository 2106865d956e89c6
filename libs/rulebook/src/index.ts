// The rulebook's public face: what the libraries above it (contracts, grids, scoring, grading) and the
// composition root read. Drafting and publishing stay behind the services and resolvers.
export * from './common/item-enums';
export * from './common/item-columns';
export type { AmountBand } from './common/amount-band';
export type { Milestone } from './common/milestone';
export * from './common/rule-year';
export * from './common/validity-rule';
export * from './rules/score-rules';
export * from './rules/letter-grades';
export * from './rules/village-limits';
export * from './rules/describe-rule';
export * from './rules/adoption-quorum';
export * from './rules/effective-items';
export * from './reading/effective-rules';
export * from './framework/framework.entity';
export * from './framework/evaluation-item.entity';
export * from './framework/framework.service';
export * from './manual/town-manual.entity';
export * from './manual/manual-adjustment.entity';
export * from './manual/town-item.entity';
export * from './manual/manual.service';
export * from './village-list/scoring-list.entity';
export * from './village-list/village-item.entity';
export * from './village-list/scoring-list-item.entity';
export * from './village-list/scoring-list.service';
export * from './rulebook.module';

import { EvaluationItemEntity } from './framework/evaluation-item.entity';
import { FrameworkEntity } from './framework/framework.entity';
import { ManualAdjustmentEntity } from './manual/manual-adjustment.entity';
import { TownItemEntity } from './manual/town-item.entity';
import { TownManualEntity } from './manual/town-manual.entity';
import { ScoringListItemEntity } from './village-list/scoring-list-item.entity';
import { ScoringListEntity } from './village-list/scoring-list.entity';
import { VillageItemEntity } from './village-list/village-item.entity';

export const RULEBOOK_ENTITIES = [
  FrameworkEntity,
  EvaluationItemEntity,
  TownManualEntity,
  ManualAdjustmentEntity,
  TownItemEntity,
  ScoringListEntity,
  VillageItemEntity,
  ScoringListItemEntity,
];
