import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IdField, IsCivilDate, Trim } from '@village/platform-common';

const YEAR = { message: '年度应为 2000–2100 之间的整数' };
const HEADS = { message: '必须是 0 到 10000 之间的整数' };

@InputType({
  description: '起草一个周期的资金发放方案（村信用评议会）：按已定案核算的本期信用积分与每分金额',
})
export class DraftPayoutPlanInput {
  @IdField({ description: '已定案的季度或年度' })
  periodId: string;

  @Field(() => Int, { description: '每 1 分发放的金额，单位：分（如 50 即每分 0.50 元）' })
  @IsInt({ message: '必须是 1 到 100000 之间的整数（单位：分）' })
  @Min(1, { message: '必须是 1 到 100000 之间的整数（单位：分）' })
  @Max(100000, { message: '必须是 1 到 100000 之间的整数（单位：分）' })
  centsPerPoint: number;

  @Field(() => String, {
    nullable: true,
    description: '方案名称（可选，默认「某年某季度积分奖励发放方案」）',
  })
  @IsOptional()
  @Trim()
  @MaxLength(100, { message: '不能超过 100 个字' })
  title?: string | null;
}

@InputType({ description: '党员和村民代表会议对发放方案的表决结果（过⅔到会、到会过半数赞成为通过）' })
export class RecordPayoutVoteInput {
  @IdField({ description: '发放方案' })
  planId: string;

  @Field({ description: '会议日期（YYYY-MM-DD）' })
  @IsCivilDate()
  votedOn: string;

  @Field(() => Int, { description: '应到人数' })
  @IsInt(HEADS)
  @Min(1, { message: '必须是 1 到 10000 之间的整数' })
  @Max(10000, HEADS)
  expected: number;

  @Field(() => Int, { description: '实到人数' })
  @IsInt(HEADS)
  @Min(0, HEADS)
  @Max(10000, HEADS)
  present: number;

  @Field(() => Int, { description: '赞成票' })
  @IsInt(HEADS)
  @Min(0, HEADS)
  @Max(10000, HEADS)
  inFavour: number;

  @Field(() => Int, { description: '反对票' })
  @IsInt(HEADS)
  @Min(0, HEADS)
  @Max(10000, HEADS)
  against: number;

  @Field(() => Int, { description: '弃权票' })
  @IsInt(HEADS)
  @Min(0, HEADS)
  @Max(10000, HEADS)
  abstained: number;

  @Field(() => String, { nullable: true, description: '会议记录摘要（可选，最多 300 字）' })
  @IsOptional()
  @Trim()
  @MaxLength(300, { message: '不能超过 300 个字' })
  note?: string | null;
}

@InputType({ description: '登记方案已在村民大会上发放' })
export class MarkPayoutPaidInput {
  @IdField({ description: '发放方案' })
  planId: string;

  @Field({ description: '发放日期（YYYY-MM-DD）' })
  @IsCivilDate()
  paidOn: string;

  @Field(() => String, { nullable: true, description: '说明（可选，最多 300 字）' })
  @IsOptional()
  @Trim()
  @MaxLength(300, { message: '不能超过 300 个字' })
  note?: string | null;
}

@ArgsType()
export class PayoutPlansArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { nullable: true, description: '只看该年度' })
  @IsOptional()
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year?: number | null;
}
