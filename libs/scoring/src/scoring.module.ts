import { Module } from '@nestjs/common';
import { FrameworkResolver } from './framework/framework.resolver';
import { FrameworkService } from './framework/framework.service';
import { ManualResolver } from './manual/manual.resolver';
import { ManualService } from './manual/manual.service';
import { ScoringPeriodResolver } from './periods/scoring-period.resolver';
import { ScoringPeriodService } from './periods/scoring-period.service';
import { ScoringListResolver } from './village-list/scoring-list.resolver';
import { ScoringListService } from './village-list/scoring-list.service';

/** The three-tier rulebook: district frameworks, town manuals, village scoring lists. */
@Module({
  providers: [
    FrameworkService,
    FrameworkResolver,
    ManualService,
    ManualResolver,
    ScoringListService,
    ScoringListResolver,
    ScoringPeriodService,
    ScoringPeriodResolver,
  ],
  exports: [FrameworkService, ManualService, ScoringListService, ScoringPeriodService],
})
export class ScoringModule {}
