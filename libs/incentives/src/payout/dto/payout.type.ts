import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PayoutPlanStatus } from '../payout-enums';
import type { PayoutPlanEventEntity } from '../payout-plan-event.entity';
import type { PayoutPlanLineEntity } from '../payout-plan-line.entity';
import type { PayoutPlanEntity } from '../payout-plan.entity';

const toYuan = (cents: number) => Math.round(cents) / 100;

@ObjectType('PayoutPlan', {
  description:
    '一个周期的资金发放方案：村信用评议会据已定案核算起草，党员和村民代表会议表决，张榜公示，村民大会发放',
})
export class PayoutPlanType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ID, { description: '所据的季度或年度' })
  periodId: string;

  @Field(() => Int)
  year: number;

  @Field({ description: '周期类型：QUARTER 或 YEAR' })
  periodKind: string;

  @Field(() => Int, { description: '季度序号（年度为 1）' })
  periodNumber: number;

  @Field()
  title: string;

  @Field({ description: '每 1 分发放的金额（元）' })
  yuanPerPoint: number;

  @Field({ description: '合计金额（元）：各行金额之和，各行 = 本期信用积分 × 每分金额，四舍五入到分' })
  totalYuan: number;

  @Field(() => Int, { description: '发放人数（本期信用积分大于 0 且未被一票否决者）' })
  lineCount: number;

  @Field({
    description:
      '方案摘要：SHA-256（小写十六进制），对村、周期、核算版本、每分金额（分）与各行（序号、村民编号、姓名、本期积分两位小数、金额分）按键名排序的 JSON 计算',
  })
  digest: string;

  @Field(() => PayoutPlanStatus)
  status: PayoutPlanStatus;

  @Field(() => Int, { nullable: true, description: '表决：应到人数' })
  voteExpected: number | null;

  @Field(() => Int, { nullable: true, description: '表决：实到人数' })
  votePresent: number | null;

  @Field(() => Int, { nullable: true, description: '表决：赞成' })
  voteFor: number | null;

  @Field(() => Int, { nullable: true, description: '表决：反对' })
  voteAgainst: number | null;

  @Field(() => Int, { nullable: true, description: '表决：弃权' })
  voteAbstain: number | null;

  @Field(() => String, { nullable: true, description: '表决会议日期' })
  votedOn: string | null;

  @Field(() => Date, { nullable: true, description: '张榜公示时间' })
  postedAt: Date | null;

  @Field(() => String, { nullable: true, description: '发放日期' })
  paidOn: string | null;

  @Field()
  createdAt: Date;

  static from(e: PayoutPlanEntity): PayoutPlanType {
    return Object.assign(new PayoutPlanType(), {
      id: e.id,
      villageId: e.villageId,
      periodId: e.periodId,
      year: e.year,
      periodKind: e.periodKind,
      periodNumber: e.periodNumber,
      title: e.title,
      yuanPerPoint: toYuan(e.centsPerPoint),
      totalYuan: toYuan(e.totalCents),
      lineCount: e.lineCount,
      digest: e.digest,
      status: e.status,
      voteExpected: e.voteExpected,
      votePresent: e.votePresent,
      voteFor: e.voteFor,
      voteAgainst: e.voteAgainst,
      voteAbstain: e.voteAbstain,
      votedOn: e.votedOn,
      postedAt: e.postedAt,
      paidOn: e.paidOn,
      createdAt: e.createdAt,
      entity: e,
    });
  }

  /** The row itself, for the lines and events fields (not in the schema). */
  entity: PayoutPlanEntity;
}

@ObjectType('PayoutPlanLine', { description: '发放方案的一行（起草时冻结）' })
export class PayoutPlanLineType {
  @Field(() => Int, { description: '序号' })
  position: number;

  @Field(() => ID)
  residentId: string;

  @Field()
  residentName: string;

  @Field({ description: '本期信用积分（所据核算行）' })
  basisPoints: number;

  @Field({ description: '金额（元）' })
  amountYuan: number;

  static from(e: PayoutPlanLineEntity): PayoutPlanLineType {
    return Object.assign(new PayoutPlanLineType(), {
      position: e.position,
      residentId: e.residentId,
      residentName: e.residentName,
      basisPoints: e.basisPoints,
      amountYuan: toYuan(e.amountCents),
    });
  }
}

@ObjectType('PayoutPlanEvent', { description: '发放方案的一步：起草、表决、公示、发放' })
export class PayoutPlanEventType {
  @Field(() => PayoutPlanStatus)
  status: PayoutPlanStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID)
  createdBy: string;

  @Field()
  createdAt: Date;

  static from(e: PayoutPlanEventEntity): PayoutPlanEventType {
    return Object.assign(new PayoutPlanEventType(), {
      status: e.status,
      note: e.note,
      createdBy: e.createdBy,
      createdAt: e.createdAt,
    });
  }
}
