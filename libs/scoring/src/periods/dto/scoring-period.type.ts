import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ScoringPeriodKind, ScoringPeriodStatus } from '../period-enums';
import type { ScoringPeriodEventEntity } from '../scoring-period-event.entity';
import type { ScoringPeriodEntity } from '../scoring-period.entity';
import type { PeriodsOfDate } from '../scoring-period.service';

@ObjectType('ScoringPeriod', { description: '村积分期间（月度、季度、年度）' })
export class ScoringPeriodType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ScoringPeriodKind)
  kind: ScoringPeriodKind;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '月份 1–12、季度 1–4、年度为 1' })
  number: number;

  @Field(() => String, { description: '起始日期（含）' })
  startsOn: string;

  @Field(() => String, { description: '截止日期（含）' })
  endsOn: string;

  @Field(() => ScoringPeriodStatus)
  status: ScoringPeriodStatus;

  static from(entity: ScoringPeriodEntity): ScoringPeriodType {
    return Object.assign(new ScoringPeriodType(), {
      id: entity.id,
      villageId: entity.villageId,
      kind: entity.kind,
      year: entity.year,
      number: entity.number,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      status: entity.status,
    });
  }
}

@ObjectType('ScoringPeriodEvent', { description: '积分期间状态变化记录（只增不改）' })
export class ScoringPeriodEventType {
  @Field(() => ID)
  id: string;

  @Field(() => ScoringPeriodStatus, { nullable: true, description: '原状态（开启时为空）' })
  fromStatus: ScoringPeriodStatus | null;

  @Field(() => ScoringPeriodStatus, { description: '新状态' })
  toStatus: ScoringPeriodStatus;

  @Field(() => String, { description: '原因' })
  reason: string;

  @Field(() => ID, { nullable: true, description: '操作用户' })
  createdBy: string | null;

  @Field(() => Date, { description: '记录时间' })
  createdAt: Date;

  static from(entity: ScoringPeriodEventEntity): ScoringPeriodEventType {
    return Object.assign(new ScoringPeriodEventType(), {
      id: entity.id,
      fromStatus: entity.fromStatus,
      toStatus: entity.toStatus,
      reason: entity.reason,
      createdBy: entity.createdBy,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('ScoringPeriodsOfDate', { description: '某日期所在的月度、季度与年度积分期间' })
export class ScoringPeriodsOfDateType {
  @Field(() => ScoringPeriodType)
  month: ScoringPeriodType;

  @Field(() => ScoringPeriodType)
  quarter: ScoringPeriodType;

  @Field(() => ScoringPeriodType)
  year: ScoringPeriodType;

  static from(periods: PeriodsOfDate): ScoringPeriodsOfDateType {
    return Object.assign(new ScoringPeriodsOfDateType(), {
      month: ScoringPeriodType.from(periods.month),
      quarter: ScoringPeriodType.from(periods.quarter),
      year: ScoringPeriodType.from(periods.year),
    });
  }
}
