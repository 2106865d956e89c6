import { Module } from '@nestjs/common';
import { FrameworkResolver } from './framework/framework.resolver';
import { FrameworkService } from './framework/framework.service';
import { ManualResolver } from './manual/manual.resolver';
import { ManualService } from './manual/manual.service';
import { ScoringListResolver } from './village-list/scoring-list.resolver';
import { ScoringListService } from './village-list/scoring-list.service';

/** What scores: district frameworks, town operating manuals and village scoring lists (区—镇—村三级). */
@Module({
  providers: [
    FrameworkService,
    FrameworkResolver,
    ManualService,
    ManualResolver,
    ScoringListService,
    ScoringListResolver,
  ],
  exports: [FrameworkService, ManualService, ScoringListService],
})
export class RulebookModule {}
