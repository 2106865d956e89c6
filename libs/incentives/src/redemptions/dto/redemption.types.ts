import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';
import { GoodsType, ShopType } from '../../shops/dto/shop.types';
import type { RedemptionEntity } from '../redemption.entity';
import { RedemptionStatus } from '../redemption-enums';
import type { ShopOffers } from '../redemption-queries.service';

const CLIENT_KEY = /^[A-Za-z0-9:_-]{8,100}$/;
const CLIENT_KEY_MESSAGE = '必须是 8～100 位字母、数字或 :_-（由客户端为每次操作生成，重试时沿用）';

@ObjectType('Redemption', { description: '兑换单' })
export class RedemptionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  shopId: string;

  @Field(() => ID)
  goodsId: string;

  @Field({ description: '商品名称（预约时）' })
  goodsName: string;

  @Field(() => ID)
  residentId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Float, { description: '所用积分' })
  points: number;

  @Field(() => Float, { nullable: true, description: '折合金额（元）' })
  valueYuan: number | null;

  @Field(() => RedemptionStatus)
  status: RedemptionStatus;

  @Field({ description: '取货码（6 位数字，到柜台出示）' })
  pickupCode: string;

  @Field({ description: '最迟领取日期' })
  pickupBy: string;

  @Field({ description: '由店员代为兑换' })
  onBehalf: boolean;

  @Field(() => String, { nullable: true, description: '代兑时记录的村民确认' })
  residentConfirmation: string | null;

  @Field({ description: '已申请退回，等待复核' })
  refundRequested: boolean;

  @Field(() => String, { nullable: true })
  refundReason: string | null;

  @Field()
  createdAt: Date;

  static from(r: RedemptionEntity): RedemptionType {
    return Object.assign(new RedemptionType(), {
      id: r.id,
      shopId: r.shopId,
      goodsId: r.goodsId,
      goodsName: r.goodsName,
      residentId: r.residentId,
      quantity: r.quantity,
      points: r.points,
      valueYuan: r.valueYuan,
      status: r.status,
      pickupCode: r.pickupCode,
      pickupBy: r.pickupBy,
      onBehalf: r.onBehalfBy !== null,
      residentConfirmation: r.residentConfirmation,
      refundRequested: r.refundRequestedBy !== null,
      refundReason: r.refundReason,
      createdAt: r.createdAt,
    });
  }
}

@ObjectType('GoodsOffer', { description: '我能否兑换此商品，不能时说明原因' })
export class GoodsOfferType {
  @Field(() => GoodsType)
  goods: GoodsType;

  @Field()
  canRedeem: boolean;

  @Field(() => String, { nullable: true, description: '不能兑换的原因' })
  whyNot: string | null;
}

@ObjectType('ShopOffers', { description: '为我服务的兑换点及其商品' })
export class ShopOffersType {
  @Field(() => ShopType)
  shop: ShopType;

  @Field(() => [GoodsOfferType])
  offers: GoodsOfferType[];

  static from(s: ShopOffers): ShopOffersType {
    return Object.assign(new ShopOffersType(), {
      shop: ShopType.from(s.shop),
      offers: s.offers.map((o) =>
        Object.assign(new GoodsOfferType(), {
          goods: GoodsType.from(o.goods),
          canRedeem: o.whyNot === null,
          whyNot: o.whyNot,
        }),
      ),
    });
  }
}

@ObjectType('MyShops', { description: '我可用的积分与为我服务的兑换点' })
export class MyShopsType {
  @Field(() => Float, { description: '当前可用（未到期）的可兑换积分' })
  balance: number;

  @Field(() => [ShopOffersType])
  shops: ShopOffersType[];
}

@InputType({ description: '预约兑换（积分与库存当即预留，凭取货码到柜台领取）' })
export class ReserveRedemptionInput {
  @IdField({ description: '商品' })
  goodsId: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(100, { message: '不能大于 100' })
  quantity: number;

  @Field({ description: '请求标识：同一次兑换重试时沿用，防止重复扣分' })
  @Matches(CLIENT_KEY, { message: CLIENT_KEY_MESSAGE })
  clientKey: string;
}

@InputType({ description: '店员代村民兑换（村民无手机时），须记录村民的确认' })
export class ReserveRedemptionForInput extends ReserveRedemptionInput {
  @IdField({ description: '村民' })
  residentId: string;

  @Field({ description: '村民确认方式，如「本人到场签字确认」' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  residentConfirmation: string;
}

@InputType({ description: '柜台凭取货码确认领取' })
export class ConfirmPickupInput {
  @IdField({ description: '兑换点' })
  shopId: string;

  @Field({ description: '6 位取货码' })
  @Trim()
  @Matches(/^\d{6}$/, { message: '必须是 6 位数字' })
  pickupCode: string;

  @Field()
  @Matches(CLIENT_KEY, { message: CLIENT_KEY_MESSAGE })
  clientKey: string;
}

@InputType({ description: '领取前取消兑换（积分与库存退回）' })
export class CancelRedemptionInput {
  @IdField({ description: '兑换单' })
  redemptionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string | null;

  @Field()
  @Matches(CLIENT_KEY, { message: CLIENT_KEY_MESSAGE })
  clientKey: string;
}

@InputType({ description: '领取后申请退回（店员），须另一名干部复核' })
export class RequestRefundInput {
  @IdField({ description: '兑换单' })
  redemptionId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;

  @Field()
  @Matches(CLIENT_KEY, { message: CLIENT_KEY_MESSAGE })
  clientKey: string;
}

@InputType({ description: '复核退回（申请人以外的干部）：积分、库存与限兑数量退回' })
export class ApproveRefundInput {
  @IdField({ description: '兑换单' })
  redemptionId: string;

  @Field()
  @Matches(CLIENT_KEY, { message: CLIENT_KEY_MESSAGE })
  clientKey: string;
}
