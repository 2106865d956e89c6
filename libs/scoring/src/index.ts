export * from './ledger/ledger-entry-kind.enum';
export * from './ledger/ledger-entry.entity';
export * from './ledger/ledger-hash';
export * from './ledger/ledger.service';
export * from './ledger/corrections/correction-enums';
export * from './ledger/corrections/ledger-correction.entity';
export * from './ledger/corrections/ledger-correction.service';
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
// Chinese file names in downloads (reporting's printable notices use it too).
export { attachmentDisposition } from './declarations/evidence/content-disposition';
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
export * from './tally/overdue-objections.service';
export * from './tally/year-end-evaluation.port';
export * from './periods/period-final.port';
export * from './tally/standing-judgements';
export * from './ledger/district-record';
export * from './tally/tally-lines';
// Read by grading's what-if preview, which recomputes a year the way the tally and the review do.
export { ledgerSums, tallyPeople } from './tally/tally-inputs';
export type { ResidentSums, TallyPerson, TallyWindow } from './tally/tally-inputs';
export { actPoints, type ActRuleItem } from './declarations/points-rules';
export { capWindows } from './declarations/declaration-rules';
export * from './tally/dto/score-tally.type';
export * from './periods/dto/scoring-period.input';
export * from './scoring.module';

import { DeclarationEntity } from './declarations/declaration.entity';
import { DeclarationReviewEntity } from './declarations/declaration-review.entity';
import { DeclarationEvidenceEntity } from './declarations/evidence/declaration-evidence.entity';
import { ScoringPeriodEventEntity } from './periods/scoring-period-event.entity';
import { ScoringPeriodEntity } from './periods/scoring-period.entity';
import { LedgerEntryEntity } from './ledger/ledger-entry.entity';
import { LedgerCorrectionEntity } from './ledger/corrections/ledger-correction.entity';
import { ObjectionEntity } from './tally/objection.entity';
import { PublicNoticeEntity } from './tally/public-notice.entity';
import { ScoreTallyLineEntity } from './tally/score-tally-line.entity';
import { ScoreTallyEntity } from './tally/score-tally.entity';

export const SCORING_ENTITIES = [
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
  LedgerCorrectionEntity,
];
export { onePixelPng } from './declarations/evidence/one-pixel-png';
export { readEvidence, type EvidenceFile, type EvidenceUpload } from './declarations/evidence/evidence-file';
export { EvidenceFileInput } from './declarations/dto/declaration.input';
