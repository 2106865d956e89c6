import { Module } from '@nestjs/common';
import { HonoursModule } from './honours/honours.module';
import { ConstraintsModule } from './constraints/constraints.module';

/**
 * How results are used (结果运用, DOMAIN.md §7, §10, §11): redeemable points and their lots, shops,
 * goods and redemptions; honours; rectification, by-elections, handling records and mentoring.
 * It reads the final year's grades through grading's public index and never writes the evaluation ledger.
 */
@Module({
  imports: [HonoursModule, ConstraintsModule],
  providers: [],
  exports: [],
})
export class IncentivesModule {}
