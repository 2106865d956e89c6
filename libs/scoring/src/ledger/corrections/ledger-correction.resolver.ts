import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  LedgerCorrectionPage,
  LedgerCorrectionsArgs,
  LedgerCorrectionType,
  ProposeLedgerCorrectionInput,
} from './dto/ledger-correction.type';
import { LedgerCorrectionService } from './ledger-correction.service';

@Resolver()
export class LedgerCorrectionResolver {
  constructor(private readonly service: LedgerCorrectionService) {}

  @Mutation(() => LedgerCorrectionType, {
    description: '提出台账更正：冲正或补记一条已通过的记录，写明理由，待另一名审核人员确认',
  })
  @Allow(Permission.DECLARATION_REVIEW)
  async proposeLedgerCorrection(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ProposeLedgerCorrectionInput,
  ): Promise<LedgerCorrectionType> {
    return LedgerCorrectionType.from(await this.service.propose(ctx, input));
  }

  @Mutation(() => LedgerCorrectionType, {
    description: '确认台账更正（提出人、本人及本户成员回避）：记入台账，公示中的季度重新核算并重新公示',
  })
  @Allow(Permission.DECLARATION_REVIEW)
  async confirmLedgerCorrection(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<LedgerCorrectionType> {
    return LedgerCorrectionType.from(await this.service.confirm(ctx, id));
  }

  @Mutation(() => LedgerCorrectionType, { description: '驳回台账更正，须写明理由' })
  @Allow(Permission.DECLARATION_REVIEW)
  async rejectLedgerCorrection(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<LedgerCorrectionType> {
    return LedgerCorrectionType.from(await this.service.reject(ctx, id, reason));
  }

  @Query(() => LedgerCorrectionPage, { description: '本村的台账更正（新的在前）' })
  @Allow(Permission.DECLARATION_REVIEW)
  async ledgerCorrections(
    @Ctx() ctx: RequestContext,
    @Args() args: LedgerCorrectionsArgs,
  ): Promise<LedgerCorrectionPage> {
    const page = await this.service.list(ctx, args);
    return { items: page.items.map(LedgerCorrectionType.from), total: page.total };
  }
}
