import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { LedgerChainCheckType } from './dto/chain-check.type';
import { LedgerEntriesArgs, LedgerEntryPage, LedgerEntryType } from './dto/ledger-entry.type';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => LedgerEntryPage, {
    description: '村民的积分台账记录（新的在前）：村干部查看本村村民，村民查看本人',
  })
  @Allow(Permission.SELF) // who may read whom is decided per resident in the service
  async ledgerEntries(@Ctx() ctx: RequestContext, @Args() args: LedgerEntriesArgs): Promise<LedgerEntryPage> {
    const page = await this.ledger.entriesOf(ctx, args);
    return { items: page.items.map(LedgerEntryType.from), total: page.total };
  }

  @Query(() => LedgerChainCheckType, { description: '重新计算某村积分台账的哈希链，发现被直接篡改的记录' })
  @Allow(Permission.AUDIT_READ)
  ledgerChainCheck(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
  ): Promise<LedgerChainCheckType> {
    return this.ledger.checkChain(ctx, villageId);
  }
}
