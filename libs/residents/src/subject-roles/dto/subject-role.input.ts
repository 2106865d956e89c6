import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { SubjectType, IdField, IdListField, Trim } from '@village/platform-common';
import { IsCalendarDate } from '../../common/validators';

@InputType({ description: '为村民添加一个主体身份' })
export class AddSubjectRoleInput {
  @IdField()
  residentId: string;

  @Field(() => SubjectType, { description: '主体类型' })
  @IsEnum(SubjectType, { message: '主体类型无效' })
  subjectType: SubjectType;

  @Field({ description: '起始日期（YYYY-MM-DD）' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => String, { nullable: true, description: '结束日期（含当日），可不填' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '预备党员（仅党员）' })
  @IsOptional()
  @IsBoolean({ message: '必须是布尔值' })
  probationary = false;

  @Field(() => String, { nullable: true, description: '本届任期届满日期（仅村民代表）' })
  @IsOptional()
  @IsCalendarDate()
  termEnd?: string | null;

  @ArrayMaxSize(200, { message: '最多 200 户' })
  @IdListField({ nullable: true, description: '联系的户（仅村民代表）' })
  representedHouseholdIds?: string[] | null;
}

@InputType({ description: '结束一个主体身份（不删除，保留历史）' })
export class EndSubjectRoleInput {
  @IdField()
  roleId: string;

  @Field({ description: '结束日期（含当日，YYYY-MM-DD）' })
  @IsCalendarDate()
  endDate: string;

  @Field({ description: '结束原因，最多 200 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;
}
