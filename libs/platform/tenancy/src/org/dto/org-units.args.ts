import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs, IdField } from '@village/platform-common';

@ArgsType()
export class TownsArgs extends PageArgs {
  @IdField({ nullable: true, description: '只看该区的镇' })
  districtId?: string;
}

@ArgsType()
export class VillagesArgs extends PageArgs {
  @IdField({ nullable: true, description: '只看该镇的村' })
  townId?: string;

  @Field({ nullable: true, description: '按名称或编码查找' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字' })
  search?: string;
}
