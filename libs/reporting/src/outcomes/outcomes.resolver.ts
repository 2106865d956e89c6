import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  CorrectOutcomeInput,
  OutcomeRecordsArgs,
  OutcomeRecordType,
  RecordOutcomeInput,
} from './dto/outcome.types';
import { OutcomesService } from './outcomes.service';

@Resolver(() => OutcomeRecordType)
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Mutation(() => OutcomeRecordType, {
    description:
      '登记一条工作成效（村或镇干部）：解决问题、节约开支（写明估算方法）、当月信访投诉（标明涉农）、集体荣誉',
  })
  @Allow(Permission.OUTCOME_RECORD)
  async recordOutcome(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordOutcomeInput,
  ): Promise<OutcomeRecordType> {
    const record = await this.service.record(ctx, input);
    return OutcomeRecordType.from({ record, correctedBy: null });
  }

  @Mutation(() => OutcomeRecordType, {
    description:
      '更正或撤回一条工作成效：另起一条替代原记录（原记录保留）；一条记录只能被更正一次，须更正最新的一条',
  })
  @Allow(Permission.OUTCOME_RECORD)
  async correctOutcome(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CorrectOutcomeInput,
  ): Promise<OutcomeRecordType> {
    const record = await this.service.correct(ctx, input);
    return OutcomeRecordType.from({ record, correctedBy: null });
  }

  @Query(() => [OutcomeRecordType], {
    description: '村或镇（本级）某年度的工作成效记录，最新在前；含已被更正与撤回的，counts 标明是否计入',
  })
  @Allow(Permission.OUTCOME_RECORD, Permission.RESIDENT_READ)
  async outcomeRecords(
    @Ctx() ctx: RequestContext,
    @Args() args: OutcomeRecordsArgs,
  ): Promise<OutcomeRecordType[]> {
    return (await this.service.records(ctx, args.unitId, args.year, args.kinds)).map(OutcomeRecordType.from);
  }
}
