import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs, IdField, Trim } from '@village/platform-common';

@InputType({ description: '新建户' })
export class CreateHouseholdInput {
  @IdField({ description: '所属村' })
  villageId: string;

  @Field({ description: '户号：字母、数字或连字符，最多 32 位' })
  @Trim()
  @Matches(/^[0-9A-Za-z-]{1,32}$/, { message: '只能包含字母、数字或连字符，长度 1–32' })
  code: string;

  @Field(() => String, { nullable: true, description: '住址，最多 128 字' })
  @IsOptional()
  @Trim()
  @MaxLength(128, { message: '不能超过 128 个字' })
  address?: string | null;

  @IdField({ nullable: true, description: '所属网格' })
  gridId?: string | null;
}

@InputType({ description: '设置户主' })
export class SetHouseholdHeadInput {
  @IdField()
  householdId: string;

  @IdField({ description: '户主：须为本户成员' })
  residentId: string;
}

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @IdField({ nullable: true, description: '只看该网格的户' })
  gridId?: string;

  @Field({ nullable: true, description: '按户号或住址查找' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字' })
  search?: string;
}
