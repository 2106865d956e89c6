import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IdField, IsCivilDate, SubjectType, Trim } from '@village/platform-common';
import { Grade } from '@village/grading';
import type { GoodsEntity } from '../goods.entity';
import type { ShopEntity } from '../shop.entity';
import type { StockMovementEntity } from '../stock-movement.entity';
import { LimitPeriod, ShopKind, StockMovementKind } from '../shop-enums';

@ObjectType('Shop', { description: '兑换点：村信用超市，或服务全镇各村的镇级服务中心' })
export class ShopType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ShopKind)
  kind: ShopKind;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  openingHours: string | null;

  @Field()
  active: boolean;

  @Field({ description: '镇级兑换点（服务全镇各村）' })
  townShop: boolean;

  @Field(() => ID, { description: '所属镇或村' })
  unitId: string;

  static from(s: ShopEntity): ShopType {
    return Object.assign(new ShopType(), {
      id: s.id,
      name: s.name,
      kind: s.kind,
      address: s.address,
      openingHours: s.openingHours,
      active: s.active,
      townShop: s.villageId === null,
      unitId: s.villageId ?? s.townId,
    });
  }
}

@ObjectType('Goods', { description: '可兑换的商品或服务' })
export class GoodsType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  shopId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  photoUrl: string | null;

  @Field()
  isService: boolean;

  @Field(() => Float, { description: '所需积分（每件）' })
  pricePoints: number;

  @Field(() => Float, { nullable: true, description: '折合金额（元/件），用于资金台账' })
  valueYuan: number | null;

  @Field({ description: '不限量（服务）' })
  unlimited: boolean;

  @Field(() => Int)
  stock: number;

  @Field(() => Int, { nullable: true })
  limitPerPerson: number | null;

  @Field(() => Int, { nullable: true })
  limitPerHousehold: number | null;

  @Field(() => LimitPeriod)
  limitPeriod: LimitPeriod;

  @Field(() => String, { nullable: true })
  availableFrom: string | null;

  @Field(() => String, { nullable: true })
  availableUntil: string | null;

  @Field(() => Int, { nullable: true, description: '仅每季度前 N 天可兑换' })
  quarterOpeningDays: number | null;

  @Field(() => Int, { nullable: true, description: '上一定案年度星级至少' })
  minStars: number | null;

  @Field(() => Grade, { nullable: true, description: '上一定案年度等次至少' })
  minGrade: Grade | null;

  @Field(() => [SubjectType], { description: '仅限这些主体（空：不限）' })
  subjectTypes: SubjectType[];

  @Field(() => Int, { description: '预约后几天内领取' })
  pickupDays: number;

  @Field()
  active: boolean;

  static from(g: GoodsEntity): GoodsType {
    return Object.assign(new GoodsType(), { ...g, minGrade: (g.minGrade as Grade | null) ?? null });
  }
}

@ObjectType('StockMovement', { description: '库存变动记录（入库、盘点调整），只增不改' })
export class StockMovementType {
  @Field(() => ID)
  id: string;

  @Field(() => StockMovementKind)
  kind: StockMovementKind;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  createdAt: Date;

  static from(m: StockMovementEntity): StockMovementType {
    return Object.assign(new StockMovementType(), {
      id: m.id,
      kind: m.kind,
      quantity: m.quantity,
      reason: m.reason,
      createdAt: m.createdAt,
    });
  }
}

@InputType({ description: '开设兑换点' })
export class CreateShopInput {
  @IdField({ description: '所属镇或村' })
  unitId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;

  @Field(() => ShopKind)
  @IsEnum(ShopKind, { message: '不是有效的兑换点类型' })
  kind: ShopKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: '不能超过 200 个字' })
  address: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(100, { message: '不能超过 100 个字' })
  openingHours: string | null;
}

@InputType({ description: '商品或服务的条件' })
export class GoodsFieldsInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(500, { message: '不能超过 500 个字' })
  description: string | null;

  @Field(() => String, { nullable: true, description: '图片地址（https）' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: '必须是 https 开头的图片地址' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  photoUrl: string | null;

  @Field({ defaultValue: false })
  @IsBoolean({ message: '必须是是或否' })
  isService: boolean;

  @Field(() => Float)
  @Min(0.01, { message: '必须大于 0' })
  @Max(1_000_000, { message: '不能大于 1000000' })
  pricePoints: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: '不能小于 0' })
  @Max(1_000_000, { message: '不能大于 1000000' })
  valueYuan: number | null;

  @Field({ defaultValue: false })
  @IsBoolean({ message: '必须是是或否' })
  unlimited: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(1000, { message: '不能大于 1000' })
  limitPerPerson: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(1000, { message: '不能大于 1000' })
  limitPerHousehold: number | null;

  @Field(() => LimitPeriod, { defaultValue: LimitPeriod.QUARTER })
  @IsEnum(LimitPeriod, { message: '不是有效的限兑周期' })
  limitPeriod: LimitPeriod;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCivilDate()
  availableFrom: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCivilDate()
  availableUntil: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(92, { message: '不能大于 92' })
  quarterOpeningDays: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能小于 0' })
  @Max(5, { message: '不能大于 5' })
  minStars: number | null;

  @Field(() => Grade, { nullable: true })
  @IsOptional()
  @IsEnum(Grade, { message: '不是有效的等次' })
  minGrade: Grade | null;

  @Field(() => [SubjectType], { defaultValue: [] })
  @IsEnum(SubjectType, { each: true, message: '不是有效的主体类型' })
  subjectTypes: SubjectType[];

  @Field(() => Int, { defaultValue: 7 })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '不能小于 1' })
  @Max(90, { message: '不能大于 90' })
  pickupDays: number;
}

@InputType({ description: '上架商品或服务' })
export class CreateGoodsInput extends GoodsFieldsInput {
  @IdField({ description: '兑换点' })
  shopId: string;

  @Field(() => Int, { defaultValue: 0, description: '上架时入库数量（不限量的服务不填）' })
  @IsInt({ message: '必须是整数' })
  @Min(0, { message: '不能小于 0' })
  @Max(1_000_000, { message: '不能大于 1000000' })
  initialStock: number;
}

@InputType({ description: '修改商品或服务（已预约的兑换单保留当时的名称与积分）' })
export class UpdateGoodsInput extends GoodsFieldsInput {
  @IdField({ description: '商品' })
  goodsId: string;

  @Field({ defaultValue: true, description: '上架中' })
  @IsBoolean({ message: '必须是是或否' })
  active: boolean;
}

@InputType({ description: '登记库存变动：入库（正数）或盘点调整（写明原因）' })
export class MoveStockInput {
  @IdField({ description: '商品' })
  goodsId: string;

  @Field(() => StockMovementKind)
  @IsEnum(StockMovementKind, { message: '不是有效的库存变动类型' })
  kind: StockMovementKind;

  @Field(() => Int)
  @IsInt({ message: '必须是整数' })
  @Min(-1_000_000, { message: '不能小于 -1000000' })
  @Max(1_000_000, { message: '不能大于 1000000' })
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string | null;
}
