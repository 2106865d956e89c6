import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { LedgerChainCheckType } from './dto/chain-check.type';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => LedgerChainCheckType, { description: '重新计算某村积分台账的哈希链，发现被直接篡改的记录' })
  @Allow(Permission.AUDIT_READ)
  ledgerChainCheck(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
  ): Promise<LedgerChainCheckType> {
    return this.ledger.checkChain(ctx, villageId);
  }
}
