export * from './common/subject-type.enum';
export * from './common/item-enums';
export * from './common/item-columns';
export * from './rules/score-rules';
export * from './rules/adoption-quorum';
export * from './rules/adjustment-bounds';
export * from './rules/effective-items';
export * from './evaluation/grading';
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
export * from './ledger/ledger-entry-kind.enum';
export * from './ledger/ledger-entry.entity';
export * from './ledger/ledger-hash';
export * from './ledger/ledger.service';
export * from './periods/period-enums';
export * from './periods/period-calendar';
export * from './periods/late-entry';
export * from './periods/scoring-period.entity';
export * from './periods/scoring-period-event.entity';
export * from './periods/scoring-period.service';
export * from './declarations/declaration-enums';
export * from './declarations/declaration.entity';
export * from './declarations/declaration-review.entity';
export * from './declarations/evidence/declaration-evidence.entity';
export * from './declarations/evidence/evidence-storage';
export * from './declarations/declaration.service';
export * from './declarations/declaration-review.service';
export * from './explain/score-window';
export * from './explain/explain.service';
export * from './tally/score-tally.entity';
export * from './tally/score-tally-line.entity';
export * from './tally/public-notice.entity';
export * from './tally/objection.entity';
export * from './tally/tally-enums';
export * from './tally/tally.service';
export * from './tally/public-notice.service';
export * from './tally/objection.service';
export * from './appraisal/appraisal-enums';
export * from './appraisal/appraisal-rating.entity';
export * from './appraisal/appraisal-sample-review.entity';
export * from './appraisal/appraisal-sample-finding.entity';
export * from './appraisal/appraisal.service';
export * from './appraisal/appraisal-sample.service';
export * from './scoring.module';

import { AppraisalRatingEntity } from './appraisal/appraisal-rating.entity';
import { AppraisalSampleFindingEntity } from './appraisal/appraisal-sample-finding.entity';
import { AppraisalSampleReviewEntity } from './appraisal/appraisal-sample-review.entity';
import { DeclarationEntity } from './declarations/declaration.entity';
import { DeclarationReviewEntity } from './declarations/declaration-review.entity';
import { DeclarationEvidenceEntity } from './declarations/evidence/declaration-evidence.entity';
import { ScoringPeriodEventEntity } from './periods/scoring-period-event.entity';
import { ScoringPeriodEntity } from './periods/scoring-period.entity';
import { EvaluationItemEntity } from './framework/evaluation-item.entity';
import { LedgerEntryEntity } from './ledger/ledger-entry.entity';
import { FrameworkEntity } from './framework/framework.entity';
import { ManualAdjustmentEntity } from './manual/manual-adjustment.entity';
import { TownItemEntity } from './manual/town-item.entity';
import { TownManualEntity } from './manual/town-manual.entity';
import { ScoringListItemEntity } from './village-list/scoring-list-item.entity';
import { ScoringListEntity } from './village-list/scoring-list.entity';
import { VillageItemEntity } from './village-list/village-item.entity';
import { ObjectionEntity } from './tally/objection.entity';
import { PublicNoticeEntity } from './tally/public-notice.entity';
import { ScoreTallyLineEntity } from './tally/score-tally-line.entity';
import { ScoreTallyEntity } from './tally/score-tally.entity';

export const SCORING_ENTITIES = [
  FrameworkEntity,
  EvaluationItemEntity,
  TownManualEntity,
  ManualAdjustmentEntity,
  TownItemEntity,
  ScoringListEntity,
  VillageItemEntity,
  ScoringListItemEntity,
  LedgerEntryEntity,
  ScoringPeriodEntity,
  ScoringPeriodEventEntity,
  DeclarationEntity,
  DeclarationReviewEntity,
  DeclarationEvidenceEntity,
  ScoreTallyEntity,
  ScoreTallyLineEntity,
  PublicNoticeEntity,
  ObjectionEntity,
  AppraisalRatingEntity,
  AppraisalSampleReviewEntity,
  AppraisalSampleFindingEntity,
];
