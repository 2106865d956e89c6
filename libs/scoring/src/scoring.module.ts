import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NotificationsModule } from '@village/platform-notifications';
import { DeclarationResolver } from './declarations/declaration.resolver';
import { DeclarationDetailsService } from './declarations/declaration-details.service';
import { DeclarationFieldsResolver } from './declarations/declaration-fields.resolver';
import { DeclarationReviewService } from './declarations/declaration-review.service';
import { DeclarationService } from './declarations/declaration.service';
import { EvidenceStorage, LocalDiskEvidenceStorage } from './declarations/evidence/evidence-storage';
import { EvidenceDownloadController } from './declarations/evidence/evidence-download.controller';
import { EvidenceDownloadService } from './declarations/evidence/evidence-download.service';
import { ExplainResolver } from './explain/explain.resolver';
import { ExplainService } from './explain/explain.service';
import { LedgerResolver } from './ledger/ledger.resolver';
import { CreditRepairResolver } from './ledger/repair/credit-repair.resolver';
import { CreditRepairService } from './ledger/repair/credit-repair.service';
import { LedgerService } from './ledger/ledger.service';
import { LedgerCorrectionResolver } from './ledger/corrections/ledger-correction.resolver';
import { LedgerCorrectionService } from './ledger/corrections/ledger-correction.service';
import { ScoringPeriodResolver } from './periods/scoring-period.resolver';
import { ScoringPeriodService } from './periods/scoring-period.service';
import { ObjectionResolver } from './tally/objection.resolver';
import { ObjectionService } from './tally/objection.service';
import { OverdueObjectionsService } from './tally/overdue-objections.service';
import { PublicNoticeService } from './tally/public-notice.service';
import { TallyResolver } from './tally/tally.resolver';
import { TallyService } from './tally/tally.service';
import { YEAR_END_EVALUATION, type YearEndEvaluation } from './tally/year-end-evaluation.port';
import {
  NoPeriodFinalListener,
  PERIOD_FINAL_LISTENER,
  type PeriodFinalListener,
} from './periods/period-final.port';

const scoringModuleParts = {
  imports: [NotificationsModule],
  controllers: [EvidenceDownloadController],
  providers: [
    DeclarationService,
    DeclarationReviewService,
    DeclarationResolver,
    DeclarationDetailsService,
    DeclarationFieldsResolver,
    EvidenceDownloadService,
    LedgerService,
    LedgerResolver,
    CreditRepairResolver,
    CreditRepairService,
    ScoringPeriodService,
    ScoringPeriodResolver,
    ExplainService,
    ExplainResolver,
    TallyService,
    PublicNoticeService,
    TallyResolver,
    ObjectionService,
    ObjectionResolver,
    OverdueObjectionsService,
    LedgerCorrectionService,
    LedgerCorrectionResolver,
  ],
  exports: [
    LedgerService,
    ScoringPeriodService,
    DeclarationService,
    TallyService,
    PublicNoticeService,
    ObjectionService,
    OverdueObjectionsService,
    LedgerCorrectionService,
  ],
};

/**
 * The monthly and quarterly machinery: declarations and review, the ledger, periods, tallies, public
 * notice and objections, explanations. It reads the rulebook through its public index.
 */
@Module({})
export class ScoringModule {
  /**
   * `yearEndEvaluation`: the implementation of the tally's year-end port (grading's, in the app);
   * `evidenceDir`: the folder of the local evidence store (the app's EVIDENCE_DIR setting);
   * `periodFinal`: what a period that becomes final tells (incentives' points crediting, in the app).
   */
  static forRoot(options: {
    yearEndEvaluation: Type<YearEndEvaluation>;
    evidenceDir: string;
    periodFinal?: Type<PeriodFinalListener>;
  }): DynamicModule {
    return {
      module: ScoringModule,
      // Global: reporting, which reads every lib, proposes registrations through DeclarationService.
      global: true,
      ...scoringModuleParts,
      providers: [
        ...scoringModuleParts.providers,
        { provide: YEAR_END_EVALUATION, useClass: options.yearEndEvaluation },
        { provide: PERIOD_FINAL_LISTENER, useClass: options.periodFinal ?? NoPeriodFinalListener },
        { provide: EvidenceStorage, useValue: new LocalDiskEvidenceStorage(options.evidenceDir) },
      ],
    };
  }
}
