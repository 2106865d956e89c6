import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { IdField, isCivilDate, Trim } from '@village/platform-common';
import { CaseOutcome } from '../case-enums';

const YEAR = { message: '年度应为 2000–2100 之间的整数' };

/** A real calendar day as YYYY-MM-DD. */
function IsDay(): PropertyDecorator {
  return ValidateBy({
    name: 'isDay',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCivilDate(value),
      defaultMessage: () => '日期格式应为 YYYY-MM-DD，且是真实日期',
    },
  });
}

@ArgsType()
export class VillageYearCasesArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { description: '已最终确定的总评年度' })
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;
}

@ArgsType()
export class ConstraintCasesArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { nullable: true, description: '只看该年度' })
  @IsOptional()
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year?: number | null;
}

@InputType({ description: '登记事项结果：整改到位（佐证）、终止代表资格、党支部处置决定或帮扶结果' })
export class CloseConstraintCaseInput {
  @IdField({ description: '事项' })
  caseId: string;

  @Field(() => CaseOutcome, { description: '结果' })
  @IsEnum(CaseOutcome, { message: '不是有效的结果' })
  outcome: CaseOutcome;

  @Field({ description: '整改佐证、处置决定或帮扶结果，最多 1000 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  text: string;

  @Field({ description: '结果日期（决定或终止之日，YYYY-MM-DD）' })
  @IsDay()
  on: string;
}

@InputType({ description: '为帮扶事项指定帮扶人（本村党员或村干部）' })
export class AssignMentorInput {
  @IdField({ description: '帮扶事项' })
  caseId: string;

  @IdField({ description: '帮扶人' })
  mentorResidentId: string;
}

@InputType({ description: '登记一次帮扶走访' })
export class RecordMentoringVisitInput {
  @IdField({ description: '帮扶事项' })
  caseId: string;

  @Field({ description: '走访日期（YYYY-MM-DD）' })
  @IsDay()
  visitedOn: string;

  @Field({ description: '走访情况，最多 1000 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  note: string;

  @Field({ description: '商定的改进事项，最多 500 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  agreedImprovement: string;
}

@InputType({ description: '登记补选结果：当选者任村民代表至本届任期届满' })
export class RecordByElectionInput {
  @IdField({ description: '补选' })
  byElectionId: string;

  @IdField({ description: '当选的村民' })
  electedResidentId: string;

  @Field({ description: '当选日期（YYYY-MM-DD）' })
  @IsDay()
  electedOn: string;
}

@InputType({ description: '本村一对一帮扶对象的确定办法（二选一）' })
export class SetMentoringRuleInput {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { nullable: true, description: '星级不高于（0–5）' })
  @IsOptional()
  @IsInt({ message: '必须是 0 到 5 之间的整数' })
  @Min(0, { message: '必须是 0 到 5 之间的整数' })
  @Max(5, { message: '必须是 0 到 5 之间的整数' })
  maxStars?: number | null;

  @Field(() => Int, { nullable: true, description: '积分排名后百分之几（1–50）' })
  @IsOptional()
  @IsInt({ message: '必须是 1 到 50 之间的整数' })
  @Min(1, { message: '必须是 1 到 50 之间的整数' })
  @Max(50, { message: '必须是 1 到 50 之间的整数' })
  bottomPercent?: number | null;
}
