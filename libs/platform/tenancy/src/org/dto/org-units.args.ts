import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '@village/platform-common';

@ArgsType()
export class TownsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '只看该区的镇' })
  @IsOptional()
  @IsUUID('all', { message: '必须是有效的编号' })
  districtId?: string;
}

@ArgsType()
export class VillagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '只看该镇的村' })
  @IsOptional()
  @IsUUID('all', { message: '必须是有效的编号' })
  townId?: string;

  @Field({ nullable: true, description: '按名称或编码查找' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字' })
  search?: string;
}
