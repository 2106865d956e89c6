import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs, IdField } from '@village/platform-common';
import { ContractColour } from '../../colour/contract-colour.enum';
import { ContractStatus } from '../contract-status.enum';
import { ContractYearField } from './contract-year.field';

@ArgsType()
export class ContractsArgs extends PageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @ContractYearField({ nullable: true })
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

  @ContractYearField()
  year: number;
}

@ArgsType()
export class MyContractsArgs {
  @ContractYearField({ nullable: true })
  year?: number;
}
