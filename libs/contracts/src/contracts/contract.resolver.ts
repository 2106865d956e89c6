import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Permission, IdArgs } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { CONTRACT_COLOURS } from '../colour/contract-colour.enum';
import { ContractService } from './contract.service';
import { GenerateContractDraftsInput, SignContractInput, TerminateContractInput } from './dto/contract.input';
import {
  ContractCoverageType,
  ContractDraftsResultType,
  ContractPage,
  ContractType,
} from './dto/contract.type';
import { ContractCoverageArgs, ContractsArgs, MyContractsArgs } from './dto/contracts.args';
import { ContractEventType } from './dto/contract-event.type';

@Resolver(() => ContractType)
export class ContractResolver {
  constructor(private readonly service: ContractService) {}

  @Query(() => ContractPage, { description: '某村的契约' })
  @Allow(Permission.CONTRACT_READ)
  async contracts(@Ctx() ctx: RequestContext, @Args() args: ContractsArgs): Promise<ContractPage> {
    const page = await this.service.list(ctx, args);
    return { items: page.items.map(ContractType.from), total: page.total };
  }

  @Query(() => ContractType, { description: '按编号查看契约' })
  @Allow(Permission.CONTRACT_READ)
  async contract(@Ctx() ctx: RequestContext, @Args() { id }: IdArgs): Promise<ContractType> {
    return ContractType.from(await this.service.findOne(ctx, id));
  }

  @Query(() => [ContractType], {
    description:
      '我的契约：账号关联的村民本人及其所在户某年度（默认今年）的契约，含已解除的；未关联村民档案时为空',
  })
  @Allow(Permission.SELF)
  async myContracts(@Ctx() ctx: RequestContext, @Args() args: MyContractsArgs): Promise<ContractType[]> {
    return (await this.service.mine(ctx, args.year ?? undefined)).map(ContractType.from);
  }

  @Query(() => [ContractCoverageType], { description: '某村某年度各颜色契约的签约覆盖情况' })
  @Allow(Permission.CONTRACT_READ)
  async contractCoverage(
    @Ctx() ctx: RequestContext,
    @Args() args: ContractCoverageArgs,
  ): Promise<ContractCoverageType[]> {
    return this.service.coverage(ctx, args.villageId, args.year);
  }

  @Mutation(() => ContractDraftsResultType, {
    description: '村级管理员为本村生成某年度的契约草稿（一次事务；重复调用不会重复生成）',
  })
  @Allow(Permission.CONTRACT_MANAGE)
  async generateContractDrafts(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GenerateContractDraftsInput,
  ): Promise<ContractDraftsResultType> {
    const counts = await this.service.generateDrafts(ctx, input.villageId, input.year);
    const byColour = CONTRACT_COLOURS.map((colour) => ({ colour, count: counts[colour] }));
    return {
      villageId: input.villageId,
      year: input.year,
      created: byColour.reduce((sum, c) => sum + c.count, 0),
      byColour,
    };
  }

  @Mutation(() => ContractType, { description: '登记契约签订（签订日期、见证人）' })
  @Allow(Permission.CONTRACT_MANAGE)
  async signContract(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SignContractInput,
  ): Promise<ContractType> {
    return ContractType.from(await this.service.sign(ctx, input.id, input.signedOn, input));
  }

  @Mutation(() => ContractType, { description: '解除已签订的契约（须写明原因）' })
  @Allow(Permission.CONTRACT_MANAGE)
  async terminateContract(
    @Ctx() ctx: RequestContext,
    @Args('input') input: TerminateContractInput,
  ): Promise<ContractType> {
    return ContractType.from(await this.service.terminate(ctx, input.id, input.terminatedOn, input.reason));
  }

  @ResolveField(() => [ContractEventType], {
    description: '状态变化记录（逐份查询；列表中请按需请求）',
  })
  @Allow(Permission.CONTRACT_READ)
  async history(@Ctx() ctx: RequestContext, @Parent() contract: ContractType): Promise<ContractEventType[]> {
    return (await this.service.history(ctx, contract.id)).map(ContractEventType.from);
  }
}
