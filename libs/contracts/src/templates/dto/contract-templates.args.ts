import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import { TemplateStatus } from '../template-status.enum';

@ArgsType()
export class ContractTemplatesArgs extends PageArgs {
  @Field(() => ContractColour, { nullable: true, description: '只看该颜色' })
  @IsOptional()
  @IsEnum(ContractColour, { message: '不是有效的契约颜色' })
  colour?: ContractColour;

  @Field(() => TemplateStatus, { nullable: true, description: '只看该状态' })
  @IsOptional()
  @IsEnum(TemplateStatus, { message: '不是有效的状态' })
  status?: TemplateStatus;

  @Field(() => ID, { nullable: true, description: '只看该区或镇制定的模板' })
  @IsOptional()
  @IsUUID('all', { message: '必须是有效的编号' })
  unitId?: string;
}

@ArgsType()
export class EffectiveContractTemplateArgs {
  @Field(() => ID, { description: '村' })
  @IsUUID('all', { message: '必须是有效的编号' })
  villageId: string;

  @Field(() => ContractColour, { description: '契约颜色' })
  @IsEnum(ContractColour, { message: '不是有效的契约颜色' })
  colour: ContractColour;
}
