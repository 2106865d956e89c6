import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, IdArgs, Permission, Public } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import {
  CheckpointCountersignType,
  CountersignCheckpointInput,
  DigestCheckpointType,
  DistrictArgs,
  NoticeVerificationType,
  PublicArtefactType,
  PublishedArtefactType,
  VerifyArtefactArgs,
} from './dto/public-notice.types';
import { PublicNoticeService } from './public-notice.service';

@Resolver()
export class PublicNoticeResolver {
  constructor(private readonly notices: PublicNoticeService) {}

  @Query(() => PublicArtefactType, {
    description: '免登录读取一项已公开的内容（积分公示、荣誉榜、发放方案）：姓名已隐去中间字，按来源地址限流',
  })
  @Public()
  async publicArtefact(@Ctx() ctx: RequestContext, @Args() { id }: IdArgs): Promise<PublicArtefactType> {
    return PublicArtefactType.from(await this.notices.read(ctx, id));
  }

  @Query(() => NoticeVerificationType, {
    description:
      '任何人可做的核验：该内容在公开记录链中、系统数据重算的摘要与登记一致、链完整、检查点签名有效，并可与先前印出的检查点（seq 与 rootHash）比对',
  })
  @Public()
  async verifyPublicArtefact(
    @Ctx() ctx: RequestContext,
    @Args() { id, checkpointSeq, checkpointRoot }: VerifyArtefactArgs,
  ): Promise<NoticeVerificationType> {
    const printed = checkpointSeq && checkpointRoot ? { seq: checkpointSeq, rootHash: checkpointRoot } : null;
    return NoticeVerificationType.from(await this.notices.verify(ctx, id, printed));
  }

  @Query(() => [PublishedArtefactType], { description: '本辖区已公开的内容，最新在前（先登记尚未入链的）' })
  @Allow(Permission.ORG_READ)
  async publishedArtefacts(
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number,
  ): Promise<PublishedArtefactType[]> {
    return (await this.notices.published(ctx, Math.min(Math.max(limit, 1), 200))).map(
      PublishedArtefactType.from,
    );
  }

  @Query(() => [DigestCheckpointType], { description: '本区公开记录链最近的签名检查点' })
  @Allow(Permission.ORG_READ)
  async digestCheckpoints(
    @Ctx() ctx: RequestContext,
    @Args() { districtId }: DistrictArgs,
  ): Promise<DigestCheckpointType[]> {
    return (await this.notices.checkpointsFor(ctx, districtId)).map((c) =>
      DigestCheckpointType.from(c.checkpoint, c.countersigns),
    );
  }

  @Mutation(() => CheckpointCountersignType, { description: '会签检查点（镇、村务监督委员会）' })
  @Allow(Permission.NOTICE_COUNTERSIGN)
  async countersignCheckpoint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CountersignCheckpointInput,
  ): Promise<CheckpointCountersignType> {
    return CheckpointCountersignType.from(await this.notices.countersign(ctx, input));
  }
}
