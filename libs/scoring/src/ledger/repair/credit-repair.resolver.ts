import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Allow, IdField, Permission, Trim } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { LedgerEntryType } from '../dto/ledger-entry.type';
import { CreditRepairService } from './credit-repair.service';

@InputType({ description: '信用修复：把一项直接认定改为该事项规定的固定扣分' })
export class RepairCreditInput {
  @IdField({ description: '直接认定的台账记录' })
  entryId: string;

  @Field({ description: '修复理由（整改情况等），最多 500 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(500, { message: '不能超过 500 个字' })
  reason: string;
}

@Resolver()
export class CreditRepairResolver {
  constructor(private readonly repairs: CreditRepairService) {}

  @Mutation(() => LedgerEntryType, {
    description:
      '信用修复（村信用评议委员会）：冲正一项直接认定，改记该事项规定的固定扣分；返回新记的扣分记录。同一认定只修复一次',
  })
  @Allow(Permission.DECLARATION_REVIEW)
  async repairCredit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RepairCreditInput,
  ): Promise<LedgerEntryType> {
    return LedgerEntryType.from(await this.repairs.repair(ctx, input));
  }
}
