import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, IdArgs, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { VillageYearArgs } from '../common/village-year.args';
import {
  CreateMeetingInput,
  ExpectedAttendeeType,
  MeetingAttendanceRateType,
  MeetingAttendanceType,
  MeetingObject,
  RecordMeetingInput,
} from './dto/meeting.types';
import { MeetingsService } from './meetings.service';

@Resolver(() => MeetingObject)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Mutation(() => MeetingObject, { description: '安排一次会议（村）' })
  @Allow(Permission.MEETING_MANAGE)
  async createMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateMeetingInput,
  ): Promise<MeetingObject> {
    return MeetingObject.from(await this.service.create(ctx, input));
  }

  @Mutation(() => MeetingObject, {
    description:
      '会后登记会议记录与出勤（一次）：无故缺席与出席按会议设定的事项提出登记、待审核（不直接入账）；连续三次无故缺席村民代表会议的代表开出整改案件',
  })
  @Allow(Permission.MEETING_MANAGE)
  async recordMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordMeetingInput,
  ): Promise<MeetingObject> {
    return MeetingObject.from(await this.service.record(ctx, input));
  }

  @Query(() => [MeetingObject], { description: '本村某年度的会议，最新在前' })
  @Allow(Permission.MEETING_MANAGE, Permission.RESIDENT_READ)
  async meetings(@Ctx() ctx: RequestContext, @Args() args: VillageYearArgs): Promise<MeetingObject[]> {
    return (await this.service.meetings(ctx, args.villageId, args.year)).map(MeetingObject.from);
  }

  @Query(() => [MeetingAttendanceRateType], {
    description: '本村某年度各类会议的出勤率：每类会议每季度一行，另有全年一行（quarter = 0）',
  })
  @Allow(Permission.MEETING_MANAGE, Permission.RESIDENT_READ)
  async meetingAttendanceRates(
    @Ctx() ctx: RequestContext,
    @Args() args: VillageYearArgs,
  ): Promise<MeetingAttendanceRateType[]> {
    return (await this.service.attendanceRates(ctx, args.villageId, args.year)).map(
      MeetingAttendanceRateType.from,
    );
  }

  @Query(() => MeetingObject, { description: '一次会议' })
  @Allow(Permission.MEETING_MANAGE, Permission.RESIDENT_READ)
  async meeting(@Ctx() ctx: RequestContext, @Args() { id }: IdArgs): Promise<MeetingObject> {
    return MeetingObject.from(await this.service.meeting(ctx, id));
  }

  @ResolveField(() => [ExpectedAttendeeType], { description: '应到人员（按会议当日的身份）' })
  async expectedAttendees(
    @Ctx() ctx: RequestContext,
    @Parent() m: MeetingObject,
  ): Promise<ExpectedAttendeeType[]> {
    return (await this.service.expected(ctx, m.entity)).map(ExpectedAttendeeType.from);
  }

  @ResolveField(() => [MeetingAttendanceType], { description: '已登记的出勤' })
  async attendance(@Ctx() ctx: RequestContext, @Parent() m: MeetingObject): Promise<MeetingAttendanceType[]> {
    return (await this.service.attendance(ctx, m.entity)).map(MeetingAttendanceType.from);
  }
}
