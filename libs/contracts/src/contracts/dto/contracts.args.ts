import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageArgs, IdField } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import { ContractStatus } from '../contract-status.enum';

@ArgsType()
export class ContractsArgs extends PageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { nullable: true, description: '年度' })
  @IsOptional()
  @IsInt({ message: '必须是整数' })
  @Min(2000, { message: '不能早于 2000 年' })
  @Max(2100, { message: '不能晚于 2100 年' })
  year?: number;

  @Field(() => ContractColour, { nullable: true, description: '颜色' })
  @IsOptional()
  @IsEnum(ContractColour, { message: '不是有效的契约颜色' })
  colour?: ContractColour;

  @Field(() => ContractStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(ContractStatus, { message: '不是有效的状态' })
  status?: ContractStatus;
}

@ArgsType()
export class ContractCoverageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '必须是整数' })
  @Min(2000, { message: '不能早于 2000 年' })
  @Max(2100, { message: '不能晚于 2100 年' })
  year: number;
}
