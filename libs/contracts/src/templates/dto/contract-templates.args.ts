import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs, IdField } from '@village/platform-common';
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

  @IdField({ nullable: true, description: '只看该区或镇制定的模板' })
  unitId?: string;
}

@ArgsType()
export class EffectiveContractTemplateArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => ContractColour, { description: '契约颜色' })
  @IsEnum(ContractColour, { message: '不是有效的契约颜色' })
  colour: ContractColour;
}
