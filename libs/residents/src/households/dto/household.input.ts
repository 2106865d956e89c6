import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@village/platform-common';
import { Trim, UUID_MESSAGE } from '../../common/validators';

@InputType({ description: '新建户' })
export class CreateHouseholdInput {
  @Field(() => ID, { description: '所属村' })
  @IsUUID('all', UUID_MESSAGE)
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

  @Field(() => ID, { nullable: true, description: '所属网格' })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  gridId?: string | null;
}

@InputType({ description: '设置户主' })
export class SetHouseholdHeadInput {
  @Field(() => ID)
  @IsUUID('all', UUID_MESSAGE)
  householdId: string;

  @Field(() => ID, { description: '户主：须为本户成员' })
  @IsUUID('all', UUID_MESSAGE)
  residentId: string;
}

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => ID, { description: '村' })
  @IsUUID('all', UUID_MESSAGE)
  villageId: string;

  @Field(() => ID, { nullable: true, description: '只看该网格的户' })
  @IsOptional()
  @IsUUID('all', UUID_MESSAGE)
  gridId?: string;

  @Field({ nullable: true, description: '按户号或住址查找' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字' })
  search?: string;
}
