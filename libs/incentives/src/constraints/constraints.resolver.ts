import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  AssignMentorInput,
  CloseConstraintCaseInput,
  ConstraintCasesArgs,
  RecordByElectionInput,
  RecordMentoringVisitInput,
  SetMentoringRuleInput,
  VillageYearCasesArgs,
} from './dto/constraint.input';
import {
  ByElectionType,
  ConstraintCaseType,
  MentoringRuleType,
  MentoringVisitType,
} from './dto/constraint.type';
import { ConstraintsService } from './constraints.service';

@Resolver()
export class ConstraintsResolver {
  constructor(private readonly constraints: ConstraintsService) {}

  @Mutation(() => [ConstraintCaseType], {
    description:
      '按已最终确定的年度总评启动负面约束：不合格代表限期整改、不合格党员处置、排名靠后村民一对一帮扶；返回新启动的事项，重复执行不会重复启动',
  })
  @Allow(Permission.CASE_MANAGE)
  async openYearCases(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearCasesArgs,
  ): Promise<ConstraintCaseType[]> {
    return (await this.constraints.openYear(ctx, args.villageId, args.year)).map(ConstraintCaseType.from);
  }

  @Query(() => [ConstraintCaseType], { description: '本村的负面约束事项（含是否逾期）' })
  @Allow(Permission.CASE_MANAGE)
  async constraintCases(
    @Ctx() ctx: RequestContext,
    @Args() args: ConstraintCasesArgs,
  ): Promise<ConstraintCaseType[]> {
    return (await this.constraints.cases(ctx, args.villageId, args.year)).map(ConstraintCaseType.from);
  }

  @Mutation(() => ConstraintCaseType, {
    description: '登记事项结果；终止代表资格时同时结束其村民代表身份、解除其黄色契约并启动补选',
  })
  @Allow(Permission.CASE_MANAGE)
  async closeConstraintCase(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CloseConstraintCaseInput,
  ): Promise<ConstraintCaseType> {
    return ConstraintCaseType.from(await this.constraints.closeCase(ctx, input));
  }

  @Mutation(() => ConstraintCaseType, { description: '为帮扶事项指定帮扶人（本村党员或村干部）' })
  @Allow(Permission.CASE_MANAGE)
  async assignMentor(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AssignMentorInput,
  ): Promise<ConstraintCaseType> {
    return ConstraintCaseType.from(
      await this.constraints.assignMentor(ctx, input.caseId, input.mentorResidentId),
    );
  }

  @Mutation(() => MentoringVisitType, { description: '登记一次帮扶走访（日期、情况、商定的改进事项）' })
  @Allow(Permission.CASE_MANAGE)
  async recordMentoringVisit(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordMentoringVisitInput,
  ): Promise<MentoringVisitType> {
    return MentoringVisitType.from(await this.constraints.recordVisit(ctx, input));
  }

  @Query(() => [MentoringVisitType], { description: '帮扶事项的走访记录' })
  @Allow(Permission.CASE_MANAGE)
  async mentoringVisits(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<MentoringVisitType[]> {
    return (await this.constraints.visits(ctx, caseId)).map(MentoringVisitType.from);
  }

  @Query(() => [MentoringVisitType], {
    description: '我收到的帮扶走访（村民端）：本人一对一帮扶事项的走访记录，最近的在前',
  })
  @Allow(Permission.SELF) // only the signed-in resident's own cases, decided in the service
  async myMentoringVisits(@Ctx() ctx: RequestContext): Promise<MentoringVisitType[]> {
    return (await this.constraints.myVisits(ctx)).map(MentoringVisitType.from);
  }

  @Query(() => [ByElectionType], { description: '本村的补选' })
  @Allow(Permission.CASE_MANAGE)
  async byElections(
    @Ctx() ctx: RequestContext,
    @Args('villageId', { type: () => ID }) villageId: string,
  ): Promise<ByElectionType[]> {
    return (await this.constraints.byElections(ctx, villageId)).map(ByElectionType.from);
  }

  @Mutation(() => ByElectionType, { description: '登记补选结果：当选者任村民代表至本届任期届满' })
  @Allow(Permission.CASE_MANAGE)
  async recordByElection(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordByElectionInput,
  ): Promise<ByElectionType> {
    return ByElectionType.from(await this.constraints.recordByElection(ctx, input));
  }

  @Mutation(() => MentoringRuleType, {
    description: '设定本村一对一帮扶对象的确定办法（默认星级不高于 1 星）',
  })
  @Allow(Permission.CASE_MANAGE)
  async setMentoringRule(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetMentoringRuleInput,
  ): Promise<MentoringRuleType> {
    return MentoringRuleType.from(await this.constraints.setMentoringRule(ctx, input));
  }
}
