import { Module } from '@nestjs/common';
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

/** The three-tier rulebook (district frameworks, town manuals, village scoring lists) and the ledger. */
@Module({
  providers: [
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
  ],
  exports: [FrameworkService, ManualService, ScoringListService, LedgerService, ScoringPeriodService],
})
export class ScoringModule {}
