import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, IdArgs, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { VillageYearArgs } from '../common/village-year.args';
import { ActivitiesService } from './activities.service';
import { AddActivityPhotoInput, VolunteerActivityPhotoType } from './dto/activity-photo.types';
import {
  CheckInArgs,
  CreateActivityInput,
  RegisterParticipantInput,
  VolunteerActivityType,
  VolunteerCheckInType,
  VolunteerParticipationType,
} from './dto/activity.types';

@Resolver(() => VolunteerActivityType)
export class ActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  @Mutation(() => VolunteerActivityType, { description: '发起志愿服务活动（村），生成签到码' })
  @Allow(Permission.MEETING_MANAGE)
  async createVolunteerActivity(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateActivityInput,
  ): Promise<VolunteerActivityType> {
    return VolunteerActivityType.from(await this.service.create(ctx, input));
  }

  @Mutation(() => VolunteerCheckInType, {
    description: '村民凭签到码现场签到（手机）：只在活动签到时段内、只限本村村民；重复签到返回第一次的结果',
  })
  @Allow(Permission.DECLARE)
  async checkInVolunteer(
    @Ctx() ctx: RequestContext,
    @Args() { code }: CheckInArgs,
  ): Promise<VolunteerCheckInType> {
    const joined = await this.service.checkIn(ctx, code);
    const activity = await this.service.activity(ctx, joined.activityId);
    return { activityTitle: activity.title, hours: joined.hours, checkedInAt: joined.createdAt };
  }

  @Mutation(() => VolunteerParticipationType, { description: '组织者登记参与者及时长' })
  @Allow(Permission.MEETING_MANAGE)
  async registerVolunteer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterParticipantInput,
  ): Promise<VolunteerParticipationType> {
    return VolunteerParticipationType.from(await this.service.register(ctx, input));
  }

  @Mutation(() => VolunteerActivityType, {
    description: '结束活动：按每位参与者的时长提出登记（待审核，不直接入账）',
  })
  @Allow(Permission.MEETING_MANAGE)
  async closeVolunteerActivity(
    @Ctx() ctx: RequestContext,
    @Args('activityId', { type: () => ID }) activityId: string,
  ): Promise<VolunteerActivityType> {
    return VolunteerActivityType.from(await this.service.close(ctx, activityId));
  }

  @Query(() => [VolunteerActivityType], { description: '本村某年度的志愿服务活动' })
  @Allow(Permission.MEETING_MANAGE, Permission.RESIDENT_READ)
  async volunteerActivities(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<VolunteerActivityType[]> {
    return (await this.service.activities(ctx, args.villageId, args.year)).map(VolunteerActivityType.from);
  }

  @Query(() => VolunteerActivityType, { description: '一次志愿服务活动' })
  @Allow(Permission.MEETING_MANAGE, Permission.RESIDENT_READ)
  async volunteerActivity(
    @Ctx() ctx: RequestContext,
    @Args() { id }: IdArgs,
  ): Promise<VolunteerActivityType> {
    return VolunteerActivityType.from(await this.service.activity(ctx, id));
  }

  @ResolveField(() => [VolunteerParticipationType], { description: '参与者' })
  async participants(
    @Ctx() ctx: RequestContext,
    @Parent() a: VolunteerActivityType,
  ): Promise<VolunteerParticipationType[]> {
    return (await this.service.participants(ctx, a.entity)).map(VolunteerParticipationType.from);
  }

  @Mutation(() => VolunteerActivityPhotoType, {
    description: '组织者上传活动照片（进行中的活动，最多 3 张）：结束活动时作为各参与者登记的佐证',
  })
  @Allow(Permission.MEETING_MANAGE)
  async addVolunteerActivityPhoto(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddActivityPhotoInput,
  ): Promise<VolunteerActivityPhotoType> {
    return VolunteerActivityPhotoType.from(await this.service.addPhoto(ctx, input));
  }

  @ResolveField(() => [VolunteerActivityPhotoType], { description: '活动照片' })
  async photos(
    @Ctx() ctx: RequestContext,
    @Parent() a: VolunteerActivityType,
  ): Promise<VolunteerActivityPhotoType[]> {
    return (await this.service.photos(ctx, a.entity)).map(VolunteerActivityPhotoType.from);
  }
}
