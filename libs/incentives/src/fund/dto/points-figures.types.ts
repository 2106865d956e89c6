import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdField, IsCivilDate } from '@village/platform-common';

@ArgsType()
export class PointsFiguresArgs {
  @IdField({ description: '区、镇或村' })
  unitId: string;

  @Field({ description: '开始日期（含）' })
  @IsCivilDate()
  from: string;

  @Field({ description: '结束日期（含）' })
  @IsCivilDate()
  to: string;
}

@ObjectType('VillagePointsFigures', { description: '一个村的可兑换积分收支（按流水日期）' })
export class VillagePointsFiguresType {
  @Field(() => ID)
  villageId: string;

  @Field()
  villageName: string;

  @Field(() => Float, { description: '发放：期间内「积分入账」流水之和' })
  issued: number;

  @Field(() => Float, { description: '兑换：期间内兑换扣减之和减去兑换退回之和' })
  redeemed: number;

  @Field(() => Float, { description: '清零：期间内到期清零流水之和' })
  expired: number;

  @Field(() => Float, { description: '结余：当前各账户余额之和' })
  outstanding: number;
}

@ObjectType('ShopFigures', { description: '一个兑换点期间内已领取的兑换' })
export class ShopFiguresType {
  @Field(() => ID)
  shopId: string;

  @Field()
  shopName: string;

  @Field(() => Int, { description: '期间内确认领取且未退回的兑换单数' })
  pickedUp: number;

  @Field(() => Float, { description: '这些兑换单所用积分' })
  points: number;

  @Field(() => Float, { description: '这些兑换单的折合金额（元）' })
  valueYuan: number;
}

@ObjectType('PointsFigures', { description: '积分激励资金台账：各村发放、兑换、清零与结余，各兑换点兑出' })
export class PointsFiguresType {
  @Field(() => [VillagePointsFiguresType])
  villages: VillagePointsFiguresType[];

  @Field(() => [ShopFiguresType])
  shops: ShopFiguresType[];
}
