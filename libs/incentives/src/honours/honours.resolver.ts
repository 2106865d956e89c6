import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  CreateHonourTypeInput,
  DecideNominationInput,
  HonourNominationsArgs,
  NominateHonourInput,
  PublishHonourListArgs,
} from './dto/honour.input';
import { HonourListType, HonourNominationType, HonourTypeType } from './dto/honour.type';
import { HonoursService } from './honours.service';

@Resolver()
export class HonoursResolver {
  constructor(private readonly honours: HonoursService) {}

  @Mutation(() => HonourTypeType, { description: '新设一种荣誉及其评选条件（区）' })
  @Allow(Permission.HONOUR_MANAGE)
  async createHonourType(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateHonourTypeInput,
  ): Promise<HonourTypeType> {
    return HonourTypeType.from(await this.honours.createType(ctx, input));
  }

  @Query(() => [HonourTypeType], { description: '可见的荣誉类型（本区设立的）' })
  @Allow(Permission.RESIDENT_READ)
  async honourTypes(@Ctx() ctx: RequestContext): Promise<HonourTypeType[]> {
    return (await this.honours.types(ctx)).map(HonourTypeType.from);
  }

  @Mutation(() => HonourNominationType, {
    description: '推荐村民参评荣誉（村）：按该年度总评的星级与等次核对评选条件，不符时说明原因',
  })
  @Allow(Permission.HONOUR_NOMINATE)
  async nominateHonour(
    @Ctx() ctx: RequestContext,
    @Args('input') input: NominateHonourInput,
  ): Promise<HonourNominationType> {
    return HonourNominationType.from(await this.honours.nominate(ctx, input));
  }

  @Mutation(() => HonourNominationType, { description: '审批推荐（镇）：同意或不同意，须写明理由' })
  @Allow(Permission.HONOUR_APPROVE)
  async decideHonourNomination(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DecideNominationInput,
  ): Promise<HonourNominationType> {
    return HonourNominationType.from(await this.honours.decide(ctx, input));
  }

  @Mutation(() => HonourListType, {
    description: '公布本镇年度荣誉榜（镇）：已同意的推荐上榜，公布后不可更改',
  })
  @Allow(Permission.HONOUR_APPROVE)
  async publishHonourList(
    @Ctx() ctx: RequestContext,
    @Args() args: PublishHonourListArgs,
  ): Promise<HonourListType> {
    return HonourListType.from(await this.honours.publish(ctx, args));
  }

  @Query(() => [HonourNominationType], { description: '评先选优推荐（按村、镇、年度筛选）' })
  @Allow(Permission.RESIDENT_READ)
  async honourNominations(
    @Ctx() ctx: RequestContext,
    @Args() args: HonourNominationsArgs,
  ): Promise<HonourNominationType[]> {
    return (await this.honours.nominations(ctx, args)).map(HonourNominationType.from);
  }

  @Query(() => [HonourNominationType], { description: '某村民已公布的荣誉（干部或本人）' })
  @Allow(Permission.SELF) // who may read whom is decided per resident in the service
  async residentHonours(
    @Ctx() ctx: RequestContext,
    @Args('residentId', { type: () => ID }) residentId: string,
  ): Promise<HonourNominationType[]> {
    return (await this.honours.honoursOf(ctx, residentId)).map(HonourNominationType.from);
  }

  @Query(() => [HonourNominationType], { description: '我获得的荣誉（村民端）' })
  @Allow(Permission.SELF)
  async myHonours(@Ctx() ctx: RequestContext): Promise<HonourNominationType[]> {
    return (await this.honours.myHonours(ctx)).map(HonourNominationType.from);
  }
}
