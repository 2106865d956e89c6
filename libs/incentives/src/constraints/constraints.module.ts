import { Module } from '@nestjs/common';
import { ConstraintsResolver } from './constraints.resolver';
import { ConstraintsService } from './constraints.service';

/** Negative constraints (负面约束): rectification and by-elections, party handling, mentoring. */
@Module({
  providers: [ConstraintsService, ConstraintsResolver],
  exports: [ConstraintsService],
})
export class ConstraintsModule {}
