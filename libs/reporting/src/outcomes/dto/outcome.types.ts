import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IdField, IsCivilDate, Trim } from '@village/platform-common';
import { HonourLevel, OutcomeKind } from '../outcome-enums';
import type { OutcomeRecordView } from '../outcomes.service';

const YUAN = { message: '金额应为 0–100000000 元之间的数字' };
const COUNT = { message: '件数应为 0–100000 之间的整数' };
const YEAR = { message: '年度应为 2000–2100 之间的整数' };

/** The kind-specific fields of a record, optional in both a new record and a correction. */
@InputType({ isAbstract: true })
class OutcomeDetailsInput {
  @Field(() => String, { nullable: true, description: '佐证材料（档案号、照片位置、会议记录等）' })
  @IsOptional()
  @Trim()
  @MaxLength(500, { message: '不能超过 500 个字' })
  evidence?: string | null;

  @Field(() => Float, { nullable: true, description: '节约开支：金额（元）' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '金额应为数字，最多两位小数' })
  @Min(0, YUAN)
  @Max(100_000_000, YUAN)
  amountYuan?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '节约开支：金额如何估算（如 按每月保洁费 3000 元 × 12 个月）',
  })
  @IsOptional()
  @Trim()
  @MaxLength(500, { message: '不能超过 500 个字' })
  howEstimated?: string | null;

  @Field(() => Int, { nullable: true, description: '信访投诉：当月件数' })
  @IsOptional()
  @IsInt(COUNT)
  @Min(0, COUNT)
  @Max(100_000, COUNT)
  complaintCount?: number | null;

  @Field(() => Boolean, { nullable: true, description: '信访投诉：是否涉农' })
  @IsOptional()
  @IsBoolean({ message: '必须是是或否' })
  agriculture?: boolean | null;

  @Field(() => HonourLevel, { nullable: true, description: '集体荣誉：级别' })
  @IsOptional()
  @IsEnum(HonourLevel, { message: '不是有效的荣誉级别' })
  honourLevel?: HonourLevel | null;
}

@InputType({ description: '登记一条工作成效：解决问题、节约开支、当月信访投诉或集体荣誉（村或镇）' })
export class RecordOutcomeInput extends OutcomeDetailsInput {
  @IdField({ description: '登记到的村或镇' })
  unitId: string;

  @Field(() => OutcomeKind)
  @IsEnum(OutcomeKind, { message: '不是有效的类别' })
  kind: OutcomeKind;

  @Field({ description: '类别，最多 40 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(40, { message: '不能超过 40 个字' })
  category: string;

  @Field({ description: '说明，最多 1000 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  description: string;

  @Field({ description: '日期（YYYY-MM-DD）；信访投诉按月，记为当月 1 日' })
  @IsCivilDate()
  occurredOn: string;
}

@InputType({ description: '更正或撤回一条工作成效：另起一条新记录替代原记录，原记录保留可查' })
export class CorrectOutcomeInput extends OutcomeDetailsInput {
  @Field({ nullable: true, description: '类别（如 卫生保洁、卡口值守、土地纠纷、文明村），最多 40 字' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(40, { message: '不能超过 40 个字' })
  category?: string;

  @Field({ nullable: true, description: '说明，最多 1000 字' })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  description?: string;

  @Field({ nullable: true, description: '日期（YYYY-MM-DD）；信访投诉按月，记为当月 1 日' })
  @IsOptional()
  @IsCivilDate()
  occurredOn?: string;

  @IdField({ description: '被更正的记录（须为最新的一条）' })
  recordId: string;

  @Field({ description: '更正原因，最多 200 字' })
  @Trim()
  @IsNotEmpty({ message: '须写明更正原因' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;

  @Field(() => Boolean, { nullable: true, description: '撤回（误登记）：撤回后不再计入' })
  @IsOptional()
  @IsBoolean({ message: '必须是是或否' })
  withdraw?: boolean | null;
}

@ArgsType()
export class OutcomeRecordsArgs {
  @IdField({ description: '村或镇（镇只列镇本级登记的）' })
  unitId: string;

  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;

  @Field(() => [OutcomeKind], { nullable: true, description: '只列这些类别' })
  @IsOptional()
  @IsEnum(OutcomeKind, { each: true, message: '不是有效的类别' })
  kinds?: OutcomeKind[] | null;
}

@ObjectType('OutcomeRecord', {
  description: '一条工作成效记录（只增不改：更正与撤回另起一条，原记录保留并标明被哪条替代）',
})
export class OutcomeRecordType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '村（镇本级登记的为镇）' })
  unitId: string;

  @Field(() => OutcomeKind)
  kind: OutcomeKind;

  @Field()
  category: string;

  @Field()
  description: string;

  @Field()
  occurredOn: string;

  @Field(() => String, { nullable: true })
  evidence: string | null;

  @Field(() => Float, { nullable: true })
  amountYuan: number | null;

  @Field(() => String, { nullable: true })
  howEstimated: string | null;

  @Field(() => Int, { nullable: true })
  complaintCount: number | null;

  @Field()
  agriculture: boolean;

  @Field(() => HonourLevel, { nullable: true })
  honourLevel: HonourLevel | null;

  @Field(() => ID, { nullable: true, description: '本条更正的记录' })
  correctsId: string | null;

  @Field({ description: '撤回（不再计入）' })
  withdrawn: boolean;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;

  @Field(() => ID, { nullable: true, description: '替代本条的更正记录；为空即本条为最新' })
  correctedById: string | null;

  @Field({ description: '是否计入看板：最新且未撤回' })
  counts: boolean;

  @Field({ description: '登记人' })
  recordedByName: string;

  @Field(() => Date)
  createdAt: Date;

  static from({ record: r, correctedBy }: OutcomeRecordView): OutcomeRecordType {
    return Object.assign(new OutcomeRecordType(), {
      id: r.id,
      unitId: r.villageId ?? r.townId,
      kind: r.kind,
      category: r.category,
      description: r.description,
      occurredOn: r.occurredOn,
      evidence: r.evidence,
      amountYuan: r.amountYuan === null ? null : Number(r.amountYuan),
      howEstimated: r.howEstimated,
      complaintCount: r.complaintCount,
      agriculture: r.agriculture,
      honourLevel: r.honourLevel,
      correctsId: r.correctsId,
      withdrawn: r.withdrawn,
      correctionReason: r.correctionReason,
      correctedById: correctedBy,
      counts: correctedBy === null && !r.withdrawn,
      recordedByName: r.recordedByName,
      createdAt: r.createdAt,
    });
  }
}
