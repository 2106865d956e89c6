import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { todayInChina } from '@village/platform-common';
import { ByElectionStatus, CaseKind, CaseOutcome } from '../case-enums';
import type { ByElectionEntity } from '../by-election.entity';
import type { ConstraintCaseEntity } from '../constraint-case.entity';
import type { MentoringRuleEntity } from '../mentoring-rule.entity';
import type { MentoringVisitEntity } from '../mentoring-visit.entity';

@ObjectType('ConstraintCase', { description: '负面约束事项：限期整改、党员处置或一对一帮扶' })
export class ConstraintCaseType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int, { description: '总评年度' })
  year: number;

  @Field(() => CaseKind, { description: '类别' })
  kind: CaseKind;

  @Field(() => ID)
  residentId: string;

  @Field({ description: '村民姓名' })
  residentName: string;

  @Field({ description: '启动依据' })
  basis: string;

  @Field(() => String, { nullable: true, description: '期限（整改、处置或帮扶的截止日）' })
  deadline: string | null;

  @Field({ description: '是否已逾期未办结' })
  overdue: boolean;

  @Field(() => ID, { nullable: true, description: '帮扶人' })
  mentorResidentId: string | null;

  @Field(() => CaseOutcome, { nullable: true, description: '结果；未办结为空' })
  outcome: CaseOutcome | null;

  @Field(() => String, { nullable: true, description: '整改佐证、处置决定或帮扶结果' })
  outcomeText: string | null;

  @Field(() => String, { nullable: true, description: '结果日期' })
  outcomeOn: string | null;

  static from(e: ConstraintCaseEntity): ConstraintCaseType {
    return Object.assign(new ConstraintCaseType(), {
      id: e.id,
      villageId: e.villageId,
      year: e.year,
      kind: e.kind,
      residentId: e.residentId,
      residentName: e.residentName,
      basis: e.basis,
      deadline: e.deadline,
      overdue: e.outcome === null && e.deadline !== null && e.deadline < todayInChina(),
      mentorResidentId: e.mentorResidentId,
      outcome: e.outcome,
      outcomeText: e.outcomeText,
      outcomeOn: e.outcomeOn,
    });
  }
}

@ObjectType('MentoringVisit', { description: '帮扶走访记录' })
export class MentoringVisitType {
  @Field(() => ID)
  id: string;

  @Field({ description: '走访日期' })
  visitedOn: string;

  @Field({ description: '走访情况' })
  note: string;

  @Field({ description: '商定的改进事项' })
  agreedImprovement: string;

  static from(e: MentoringVisitEntity): MentoringVisitType {
    return Object.assign(new MentoringVisitType(), {
      id: e.id,
      visitedOn: e.visitedOn,
      note: e.note,
      agreedImprovement: e.agreedImprovement,
    });
  }
}

@ObjectType('ByElection', { description: '补选：为原代表联系的户补选村民代表，任期至本届届满' })
export class ByElectionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '引起补选的整改事项' })
  caseId: string;

  @Field(() => [ID], { description: '原代表联系的户' })
  householdIds: string[];

  @Field(() => String, { nullable: true, description: '本届任期届满日' })
  termEnd: string | null;

  @Field(() => ByElectionStatus)
  status: ByElectionStatus;

  @Field(() => ID, { nullable: true, description: '当选的村民' })
  electedResidentId: string | null;

  @Field(() => ID, { nullable: true, description: '当选者的村民代表身份' })
  electedRoleId: string | null;

  @Field(() => String, { nullable: true, description: '当选日期' })
  electedOn: string | null;

  static from(e: ByElectionEntity): ByElectionType {
    return Object.assign(new ByElectionType(), {
      id: e.id,
      caseId: e.caseId,
      householdIds: e.householdIds,
      termEnd: e.termEnd,
      status: e.status,
      electedResidentId: e.electedResidentId,
      electedRoleId: e.electedRoleId,
      electedOn: e.electedOn,
    });
  }
}

@ObjectType('MentoringRule', { description: '本村一对一帮扶对象的确定办法' })
export class MentoringRuleType {
  @Field(() => Int, { nullable: true, description: '星级不高于' })
  maxStars: number | null;

  @Field(() => Int, { nullable: true, description: '积分排名后百分之几' })
  bottomPercent: number | null;

  static from(e: MentoringRuleEntity): MentoringRuleType {
    return Object.assign(new MentoringRuleType(), { maxStars: e.maxStars, bottomPercent: e.bottomPercent });
  }
}
