import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IdField } from '@village/platform-common';
import { ScoreTrack } from '@village/rulebook';
import { PointsAccountLevel, PointsExpiryMode, PointsMovementKind } from '../points-enums';
import type { PointsLotEntity } from '../points-lot.entity';
import type { PointsMovementEntity } from '../points-movement.entity';
import type { PointsPolicy } from '../points-policy';
import type { PointsStatement } from '../points.service';

@ObjectType('PointsPolicy', {
  description: '可兑换积分规则：哪些积分可兑换、比例、扣分是否抵减、按人或按户、何时清零',
})
export class PointsPolicyType {
  @Field(() => [ScoreTrack], { description: '计入可兑换积分的积分类型' })
  tracks: ScoreTrack[];

  @Field(() => Float, { description: '每 1 分审核通过的积分折合的可兑换积分' })
  rate: number;

  @Field({ description: '当季扣分是否抵减当季可兑换积分（最低为 0，不扣已有余额）' })
  deductionsReduce: boolean;

  @Field(() => PointsAccountLevel)
  accountLevel: PointsAccountLevel;

  @Field(() => PointsExpiryMode)
  expiryMode: PointsExpiryMode;

  @Field(() => String, { nullable: true, description: '每年清零日（MM-DD，含当日可用）' })
  resetMonthDay: string | null;

  @Field(() => Int, { nullable: true, description: '不清零时每批次的有效月数（空：长期有效）' })
  validityMonths: number | null;

  static from(p: PointsPolicy): PointsPolicyType {
    return Object.assign(new PointsPolicyType(), {
      tracks: p.tracks,
      rate: p.rate,
      deductionsReduce: p.deductionsReduce,
      accountLevel: p.accountLevel,
      expiryMode: p.expiryMode,
      resetMonthDay: p.resetMonthDay,
      validityMonths: p.validityMonths,
    });
  }
}

@InputType({ description: '设置可兑换积分规则（追加新版本；镇级规则优先于区级）' })
export class SetPointsPolicyInput {
  @IdField({ description: '区或镇' })
  unitId: string;

  @Field(() => [ScoreTrack])
  @ArrayMinSize(1, { message: '至少选择一种积分' })
  @ArrayMaxSize(2, { message: '最多两种' })
  @IsEnum(ScoreTrack, { each: true, message: '不是有效的积分类型' })
  tracks: ScoreTrack[];

  @Field(() => Float)
  @Min(0.01, { message: '必须大于 0' })
  @Max(100, { message: '不能大于 100' })
  rate: number;

  @Field()
  @IsBoolean({ message: '必须是是或否' })
  deductionsReduce: boolean;

  @Field(() => PointsAccountLevel)
  @IsEnum(PointsAccountLevel, { message: '不是有效的记账单位' })
  accountLevel: PointsAccountLevel;

  @Field(() => PointsExpiryMode)
  @IsEnum(PointsExpiryMode, { message: '不是有效的有效期方式' })
  expiryMode: PointsExpiryMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: '必须是 MM-DD，如 12-31' })
  resetMonthDay: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(120, { message: '不能大于 120' })
  validityMonths: number | null;
}

@ObjectType('PointsLot', { description: '可兑换积分批次（先到期的先用）' })
export class PointsLotType {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { description: '入账分数' })
  amount: number;

  @Field(() => Float, { description: '剩余分数' })
  remaining: number;

  @Field({ description: '入账日期' })
  earnedOn: string;

  @Field(() => String, { nullable: true, description: '最后可用日期（空：长期有效）' })
  expiresOn: string | null;

  static from(l: PointsLotEntity): PointsLotType {
    return Object.assign(new PointsLotType(), {
      id: l.id,
      amount: l.amount,
      remaining: l.remaining,
      earnedOn: l.earnedOn,
      expiresOn: l.expiresOn,
    });
  }
}

@ObjectType('PointsMovement', { description: '可兑换积分流水（只增不改，按村哈希链接）' })
export class PointsMovementType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  seq: number;

  @Field(() => PointsMovementKind)
  kind: PointsMovementKind;

  @Field(() => Float, { description: '正数入账，负数扣减' })
  points: number;

  @Field()
  occurredOn: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  lotId: string | null;

  @Field(() => ID, { nullable: true })
  redemptionId: string | null;

  static from(m: PointsMovementEntity): PointsMovementType {
    return Object.assign(new PointsMovementType(), {
      id: m.id,
      seq: m.seq,
      kind: m.kind,
      points: m.points,
      occurredOn: m.occurredOn,
      reason: m.reason,
      lotId: m.lotId,
      redemptionId: m.redemptionId,
    });
  }
}

@ObjectType('PointsStatement', { description: '可兑换积分账户：余额、批次与流水（余额恒等于流水之和）' })
export class PointsStatementType {
  @Field(() => Float, { description: '余额：各批次剩余之和（已兑换预留的不在内）' })
  balance: number;

  @Field(() => [PointsLotType])
  lots: PointsLotType[];

  @Field(() => [PointsMovementType], { description: '最近 200 条，最新在前' })
  movements: PointsMovementType[];

  static from(s: PointsStatement): PointsStatementType {
    return Object.assign(new PointsStatementType(), {
      balance: s.account?.balance ?? 0,
      lots: s.lots.map(PointsLotType.from),
      movements: s.movements.map(PointsMovementType.from),
    });
  }
}

@ObjectType('PointsChainCheck', { description: '可兑换积分流水哈希链与余额核对' })
export class PointsChainCheckType {
  @Field()
  ok: boolean;

  @Field(() => Int)
  entries: number;

  @Field(() => Int, { nullable: true })
  firstBrokenSeq: number | null;

  @Field({ description: '每个账户的余额都等于其流水之和' })
  balancesMatch: boolean;
}
