import { ByElectionEntity } from './by-election.entity';
import { ConstraintCaseEntity } from './constraint-case.entity';
import { MentoringRuleEntity } from './mentoring-rule.entity';
import { MentoringVisitEntity } from './mentoring-visit.entity';

export * from './case-enums';
export * from './constraints.module';
export * from './constraints.service';
export { openYearCases, DEFAULT_MENTORING_MAX_STARS } from './open-year-cases';
export { openAbsenceCase, type AbsenceCaseRequest } from './open-absence-case';
export { ByElectionEntity, ConstraintCaseEntity, MentoringRuleEntity, MentoringVisitEntity };

export const CONSTRAINTS_ENTITIES = [
  ConstraintCaseEntity,
  MentoringVisitEntity,
  ByElectionEntity,
  MentoringRuleEntity,
];
