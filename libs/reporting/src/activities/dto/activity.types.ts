import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsNumber, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';
import type { VolunteerActivityEntity } from '../volunteer-activity.entity';
import type { VolunteerParticipationEntity } from '../volunteer-participation.entity';

const HOURS = { message: '时长应为 0.5 到 24 之间的数（小时）' };

@InputType({ description: '发起一次志愿服务活动：签到时段内凭 6 位签到码现场签到' })
export class CreateActivityInput {
  @IdField({ description: '村' })
  villageId: string;

  @Field({ description: '活动名称' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title: string;

  @Field({ description: '组织者' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  organiser: string;

  @Field({ description: '地点' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  place: string;

  @Field({ description: '活动内容' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  description: string;

  @Field({ description: '签到开始时间' })
  @IsDate({ message: '应为有效的时间' })
  startsAt: Date;

  @Field({ description: '签到结束时间（不超过开始后 24 小时）' })
  @IsDate({ message: '应为有效的时间' })
  endsAt: Date;

  @Field(() => Float, { description: '每位参与者默认计入的时长（小时）' })
  @IsNumber({}, HOURS)
  @Min(0.5, HOURS)
  @Max(24, HOURS)
  defaultHours: number;

  @Field({ description: '按小时计分的本村清单事项编码（如 P01）' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(32, { message: '不能超过 32 个字符' })
  itemCode: string;
}

@InputType({ description: '组织者登记一位参与者' })
export class RegisterParticipantInput {
  @IdField({ description: '活动' })
  activityId: string;

  @IdField({ description: '村民' })
  residentId: string;

  @Field(() => Float, { nullable: true, description: '时长（小时），不填按活动默认' })
  @IsOptional()
  @IsNumber({}, HOURS)
  @Min(0.5, HOURS)
  @Max(24, HOURS)
  hours?: number | null;
}

@ArgsType()
export class CheckInArgs {
  @Field({ description: '组织者出示的 6 位签到码' })
  @Trim()
  @Matches(/^\d{6}$/, { message: '签到码应为 6 位数字' })
  code: string;
}

@ObjectType('VolunteerParticipation', { description: '一位参与者' })
export class VolunteerParticipationType {
  @Field(() => ID)
  residentId: string;

  @Field()
  residentName: string;

  @Field({ description: 'CHECK_IN 现场签到；ORGANISER 组织者登记' })
  channel: string;

  @Field(() => Float)
  hours: number;

  @Field(() => ID, { nullable: true, description: '活动结束时提出的登记（待审核）' })
  declarationId: string | null;

  @Field()
  createdAt: Date;

  static from(e: VolunteerParticipationEntity): VolunteerParticipationType {
    return Object.assign(new VolunteerParticipationType(), {
      residentId: e.residentId,
      residentName: e.residentName,
      channel: e.channel,
      hours: e.hours,
      declarationId: e.declarationId,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('VolunteerActivity', { description: '志愿服务活动' })
export class VolunteerActivityType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  organiser: string;

  @Field()
  place: string;

  @Field()
  description: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Float)
  defaultHours: number;

  @Field()
  itemCode: string;

  @Field({ description: '签到码（组织者出示）' })
  checkInCode: string;

  @Field({ description: 'OPEN 进行中；CLOSED 已结束并提出登记' })
  status: string;

  entity: VolunteerActivityEntity;

  static from(e: VolunteerActivityEntity): VolunteerActivityType {
    return Object.assign(new VolunteerActivityType(), {
      id: e.id,
      title: e.title,
      organiser: e.organiser,
      place: e.place,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      defaultHours: e.defaultHours,
      itemCode: e.itemCode,
      checkInCode: e.checkInCode,
      status: e.status,
      entity: e,
    });
  }
}

@ObjectType('VolunteerCheckIn', { description: '签到结果' })
export class VolunteerCheckInType {
  @Field()
  activityTitle: string;

  @Field(() => Float)
  hours: number;

  @Field()
  checkedInAt: Date;
}
