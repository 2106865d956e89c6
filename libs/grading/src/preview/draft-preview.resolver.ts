import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { DraftPreviewService } from './draft-preview.service';
import { DraftPreviewArgs, DraftPreviewPeopleArgs } from './dto/draft-preview.args';
import { DraftPreviewPeopleType, DraftPreviewType } from './dto/draft-preview.type';

/** Read-only: who may edit a draft may preview it (the service checks it over the draft's unit). */
@Resolver()
export class DraftPreviewResolver {
  constructor(private readonly previews: DraftPreviewService) {}

  @Query(() => DraftPreviewType, {
    description:
      '预览影响：镇操作手册草稿或区评分框架草稿若发布，本年度各村的积分、等次与星级会怎样变化（按台账重新计算，与现行结果对照；不写入任何数据）',
  })
  @Allow(Permission.MANUAL_MANAGE, Permission.FRAMEWORK_MANAGE)
  async draftPreview(@Ctx() ctx: RequestContext, @Args() args: DraftPreviewArgs): Promise<DraftPreviewType> {
    return DraftPreviewType.from(await this.previews.preview(ctx, args, args.year));
  }

  @Query(() => DraftPreviewPeopleType, {
    description: '预览影响：草稿所涉及的一个村的每个人，现行与按草稿的积分、等次、星级对照（分页）',
  })
  @Allow(Permission.MANUAL_MANAGE, Permission.FRAMEWORK_MANAGE)
  async draftPreviewPeople(
    @Ctx() ctx: RequestContext,
    @Args() args: DraftPreviewPeopleArgs,
  ): Promise<DraftPreviewPeopleType> {
    const { villageId, onlyChanged, year, limit, offset } = args;
    const result = await this.previews.people(ctx, args, year, villageId, { onlyChanged, limit, offset });
    return DraftPreviewPeopleType.from(result);
  }
}
