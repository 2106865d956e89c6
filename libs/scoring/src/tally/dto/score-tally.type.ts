import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubjectType } from '@village/platform-common';
import { ScoringPeriodKind } from '../../periods/period-enums';
import type { ScoreTallyLineEntity } from '../score-tally-line.entity';
import type { StoredEvaluation } from '../year-end-evaluation.port';
import type { ScoreTallyEntity } from '../score-tally.entity';
import { RankGroup } from '../tally-enums';

@ObjectType('ScoreTallyLine', { description: '核算结果中一位村民的一行（公示内容）' })
export class ScoreTallyLineType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  residentId: string;

  @Field({ description: '姓名（核算时）' })
  residentName: string;

  @Field(() => [SubjectType], { description: '期末所具身份' })
  subjectTypes: SubjectType[];

  @Field({ description: '预备党员' })
  probationary: boolean;

  @Field(() => Float, { description: '本年累计居民信用积分奖惩分' })
  creditPoints: number;

  @Field(() => Float, { description: '居民信用积分（基础分 + 奖惩分）' })
  creditScore: number;

  @Field(() => Float, { description: '本期（本季度）信用积分奖惩分' })
  periodCreditPoints: number;

  @Field(() => Float, { nullable: true, description: '本年累计角色职责积分奖惩分（党员、村民代表）' })
  roleDutyPoints: number | null;

  @Field(() => Float, { nullable: true, description: '角色职责积分（基础分 + 奖惩分）' })
  roleDutyScore: number | null;

  @Field(() => Float, { nullable: true, description: '本期角色职责积分奖惩分' })
  periodRoleDutyPoints: number | null;

  @Field(() => RankGroup, { description: '排名分组' })
  rankGroup: RankGroup;

  @Field(() => Int, { description: '组内名次' })
  rank: number;

  @Field({ description: '有一票否决事项' })
  vetoed: boolean;

  /** The stored year-end result; the GraphQL field `evaluation` is resolved by grading. */
  evaluation: StoredEvaluation | null;

  static from(l: ScoreTallyLineEntity): ScoreTallyLineType {
    return Object.assign(new ScoreTallyLineType(), {
      id: l.id,
      residentId: l.residentId,
      residentName: l.residentName,
      subjectTypes: l.subjectTypes,
      probationary: l.probationary,
      creditPoints: l.creditPoints,
      creditScore: l.creditScore,
      periodCreditPoints: l.periodCreditPoints,
      roleDutyPoints: l.roleDutyPoints,
      roleDutyScore: l.roleDutyScore,
      periodRoleDutyPoints: l.periodRoleDutyPoints,
      rankGroup: l.rankGroup,
      rank: l.rank,
      vetoed: l.vetoed,
      evaluation: l.evaluation,
    });
  }
}

@ObjectType('ScoreTally', { description: '季度核算或年度总评的不可变快照（内容哈希并锚定台账哈希链）' })
export class ScoreTallyType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => ScoringPeriodKind)
  periodKind: ScoringPeriodKind;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  number: number;

  @Field(() => Int, { description: '版本（异议成立更正后重新核算为新版本）' })
  version: number;

  @Field({ description: '统计起始日（1 月 1 日，累计到期末）' })
  windowStartsOn: string;

  @Field({ description: '统计截止日（期末）' })
  windowEndsOn: string;

  @Field(() => Int, { description: '核算读取到的台账序号' })
  ledgerSeq: number;

  @Field({ description: '该台账记录的链哈希（锚点）' })
  ledgerAnchorHash: string;

  @Field(() => Int)
  residentCount: number;

  @Field({ description: '内容哈希（SHA-256）' })
  contentHash: string;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;

  @Field(() => [ScoreTallyLineType], { nullable: true, description: '各行（按分组、名次）；版本列表中为空' })
  lines: ScoreTallyLineType[] | null;

  static from(t: ScoreTallyEntity, lines: ScoreTallyLineEntity[] | null = null): ScoreTallyType {
    return Object.assign(new ScoreTallyType(), {
      id: t.id,
      villageId: t.villageId,
      periodId: t.periodId,
      periodKind: t.periodKind,
      year: t.year,
      number: t.number,
      version: t.version,
      windowStartsOn: t.windowStartsOn,
      windowEndsOn: t.windowEndsOn,
      ledgerSeq: t.ledgerSeq,
      ledgerAnchorHash: t.ledgerAnchorHash,
      residentCount: t.residentCount,
      contentHash: t.contentHash,
      reason: t.reason,
      createdAt: t.createdAt,
      lines: lines ? lines.map(ScoreTallyLineType.from) : null,
    });
  }
}

@ObjectType('TallyVerification', { description: '核算结果核验' })
export class TallyVerificationType {
  @Field(() => ID)
  tallyId: string;

  @Field({ description: '全部核验通过' })
  valid: boolean;

  @Field({ description: '公示内容与内容哈希一致' })
  contentHashMatches: boolean;

  @Field({ description: '锚定的台账记录哈希未变' })
  anchorMatches: boolean;

  @Field({ description: '锚点之前的台账哈希链完整' })
  chainValid: boolean;

  @Field({ description: '按台账重新合计与公示一致' })
  sumsMatch: boolean;

  @Field(() => [String])
  problems: string[];
}
