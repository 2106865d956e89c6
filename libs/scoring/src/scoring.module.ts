import { Module } from '@nestjs/common';
import { NotificationsModule } from '@village/platform-notifications';
import { AppraisalResolver } from './appraisal/appraisal.resolver';
import { AppraisalSampleService } from './appraisal/appraisal-sample.service';
import { AppraisalService } from './appraisal/appraisal.service';
import { DeclarationResolver } from './declarations/declaration.resolver';
import { DeclarationReviewService } from './declarations/declaration-review.service';
import { DeclarationService } from './declarations/declaration.service';
import { EvidenceStorage, LocalDiskEvidenceStorage } from './declarations/evidence/evidence-storage';
import { ExplainResolver } from './explain/explain.resolver';
import { ExplainService } from './explain/explain.service';
import { FrameworkResolver } from './framework/framework.resolver';
import { LedgerResolver } from './ledger/ledger.resolver';
import { LedgerService } from './ledger/ledger.service';
import { FrameworkService } from './framework/framework.service';
import { ManualResolver } from './manual/manual.resolver';
import { ManualService } from './manual/manual.service';
import { ScoringPeriodResolver } from './periods/scoring-period.resolver';
import { ScoringPeriodService } from './periods/scoring-period.service';
import { ScoringListResolver } from './village-list/scoring-list.resolver';
import { ScoringListService } from './village-list/scoring-list.service';
import { ObjectionResolver } from './tally/objection.resolver';
import { ObjectionService } from './tally/objection.service';
import { PublicNoticeService } from './tally/public-notice.service';
import { TallyResolver } from './tally/tally.resolver';
import { TallyService } from './tally/tally.service';

/** The three-tier rulebook (district frameworks, town manuals, village scoring lists) and the ledger. */
@Module({
  imports: [NotificationsModule],
  providers: [
    DeclarationService,
    { provide: EvidenceStorage, useClass: LocalDiskEvidenceStorage },
    DeclarationReviewService,
    DeclarationResolver,
    FrameworkService,
    FrameworkResolver,
    ManualService,
    ManualResolver,
    ScoringListService,
    ScoringListResolver,
    LedgerService,
    LedgerResolver,
    ScoringPeriodService,
    ScoringPeriodResolver,
    ExplainService,
    ExplainResolver,
    TallyService,
    PublicNoticeService,
    TallyResolver,
    ObjectionService,
    ObjectionResolver,
    AppraisalService,
    AppraisalSampleService,
    AppraisalResolver,
  ],
  exports: [
    FrameworkService,
    ManualService,
    ScoringListService,
    LedgerService,
    ScoringPeriodService,
    DeclarationService,
    TallyService,
    PublicNoticeService,
    ObjectionService,
    AppraisalService,
  ],
})
export class ScoringModule {}
