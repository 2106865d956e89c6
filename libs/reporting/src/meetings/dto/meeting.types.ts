import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IdField, IsCivilDate, Trim } from '@village/platform-common';
import type { AttendanceRate } from '../attendance-rates';
import type { MeetingAttendanceEntity } from '../meeting-attendance.entity';
import { AttendanceStatus, MeetingType } from '../meeting-enums';
import type { MeetingEntity } from '../meeting.entity';
import type { ExpectedAttendee } from '../meetings.service';

const CODE = { message: '事项编码不能超过 32 个字符' };

@InputType({ description: '安排一次会议：类型、日期、地点、议程，及出勤登记所用的积分事项' })
export class CreateMeetingInput {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => MeetingType)
  @IsEnum(MeetingType, { message: '不是有效的会议类型' })
  type: MeetingType;

  @Field({ description: '会议名称，最多 100 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  title: string;

  @Field({ description: '会议日期（YYYY-MM-DD）' })
  @IsCivilDate()
  heldOn: string;

  @Field({ description: '地点' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(100, { message: '不能超过 100 个字' })
  place: string;

  @Field({ description: '议程，最多 1000 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(1000, { message: '不能超过 1000 个字' })
  agenda: string;

  @Field(() => String, {
    nullable: true,
    description: '无故缺席登记为本村清单中的这一事项（待审核），可不设',
  })
  @IsOptional()
  @Trim()
  @MaxLength(32, CODE)
  absenceItemCode?: string | null;

  @Field(() => String, { nullable: true, description: '出席登记为这一事项（待审核），可不设' })
  @IsOptional()
  @Trim()
  @MaxLength(32, CODE)
  presenceItemCode?: string | null;
}

@InputType({ description: '一位应到人员的出勤' })
export class AttendanceInput {
  @IdField({ description: '村民' })
  residentId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: '应为 出席、请假 或 无故缺席' })
  status: AttendanceStatus;

  @Field(() => String, { nullable: true, description: '请假事由（请假时必填）' })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: '不能超过 200 个字' })
  excuseReason?: string | null;
}

@InputType({ description: '会后登记：会议记录与每位应到人员的出勤（一次登记，之后不可更改）' })
export class RecordMeetingInput {
  @IdField({ description: '会议' })
  meetingId: string;

  @Field({ description: '会议记录，最多 4000 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(4000, { message: '不能超过 4000 个字' })
  minutes: string;

  @Field(() => [AttendanceInput])
  @IsArray({ message: '应为名单' })
  @ArrayMaxSize(3000, { message: '一次最多登记 3000 人' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceInput)
  attendance: AttendanceInput[];
}

@ObjectType('ExpectedAttendee', { description: '应到人员（按会议当日的身份）' })
export class ExpectedAttendeeType {
  @Field(() => ID)
  residentId: string;

  @Field()
  residentName: string;

  static from(e: ExpectedAttendee): ExpectedAttendeeType {
    return Object.assign(new ExpectedAttendeeType(), e);
  }
}

@ObjectType('MeetingAttendance', { description: '一位应到人员的出勤及其提出的登记' })
export class MeetingAttendanceType {
  @Field(() => ID)
  residentId: string;

  @Field()
  residentName: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => String, { nullable: true })
  excuseReason: string | null;

  @Field(() => ID, { nullable: true, description: '据此提出的登记（待信用评议会审核）' })
  declarationId: string | null;

  static from(e: MeetingAttendanceEntity): MeetingAttendanceType {
    return Object.assign(new MeetingAttendanceType(), {
      residentId: e.residentId,
      residentName: e.residentName,
      status: e.status,
      excuseReason: e.excuseReason,
      declarationId: e.declarationId,
    });
  }
}

@ObjectType('Meeting', { description: '一次会议（三会一课、村民代表会议、村民会议）' })
export class MeetingObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field()
  title: string;

  @Field()
  heldOn: string;

  @Field()
  place: string;

  @Field()
  agenda: string;

  @Field(() => String, { nullable: true })
  absenceItemCode: string | null;

  @Field(() => String, { nullable: true })
  presenceItemCode: string | null;

  @Field({ description: 'PLANNED 已安排；HELD 已召开并登记出勤' })
  status: string;

  @Field(() => String, { nullable: true })
  minutes: string | null;

  entity: MeetingEntity;

  static from(e: MeetingEntity): MeetingObject {
    return Object.assign(new MeetingObject(), {
      id: e.id,
      villageId: e.villageId,
      type: e.type,
      title: e.title,
      heldOn: e.heldOn,
      place: e.place,
      agenda: e.agenda,
      absenceItemCode: e.absenceItemCode,
      presenceItemCode: e.presenceItemCode,
      status: e.status,
      minutes: e.minutes,
      entity: e,
    });
  }
}

@ObjectType('MeetingAttendanceRate', {
  description:
    '一类会议在一个季度（1–4）或全年（0）的出勤：出席人次 ÷ 应到人次（请假计为未出席，与看板的会议出席率同一口径）',
})
export class MeetingAttendanceRateType {
  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => Int, { description: '季度 1–4；0 为全年' })
  quarter: number;

  @Field(() => Int)
  meetings: number;

  @Field(() => Int, { description: '应到人次' })
  expected: number;

  @Field(() => Int)
  present: number;

  @Field(() => Int)
  excused: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Float, { nullable: true, description: '出席率（%）' })
  rate: number | null;

  static from(r: AttendanceRate): MeetingAttendanceRateType {
    return Object.assign(new MeetingAttendanceRateType(), r);
  }
}
