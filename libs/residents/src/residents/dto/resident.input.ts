import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs, SubjectType, IdField, Trim } from '@village/platform-common';
import { IsCalendarDate } from '../../common/validators';
import { Gender, HouseholdRelation, ResidentStatus } from '../resident-status.enum';

const PHONE = /^[0-9+-]{5,20}$/;
const PHONE_MESSAGE = { message: '电话号码格式不正确（5–20 位数字，可含 + 或 -）' };

@InputType({ description: '登记村民' })
export class CreateResidentInput {
  @IdField({ description: '所属村' })
  villageId: string;

  @Field({ description: '姓名，最多 64 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(64, { message: '不能超过 64 个字' })
  name: string;

  @Field(() => Gender, { description: '性别' })
  @IsEnum(Gender, { message: '性别无效' })
  gender: Gender;

  @Field({ description: '出生日期（YYYY-MM-DD），须与身份证号一致' })
  @IsCalendarDate()
  birthDate: string;

  @Field({ description: '18 位居民身份证号（只加密保存，不会原样返回）' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  idNumber: string;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @IsOptional()
  @Trim()
  @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;

  @IdField({ nullable: true, description: '所属户' })
  householdId?: string | null;

  @Field(() => HouseholdRelation, { nullable: true, description: '与户主关系（户主本人不填）' })
  @IsOptional()
  @IsEnum(HouseholdRelation, { message: '与户主关系无效' })
  relationToHead?: HouseholdRelation | null;

  @IdField({ nullable: true, description: '所属网格（不填则随户）' })
  gridId?: string | null;
}

@InputType({ description: '修改村民的联系电话、所属户或网格；不传的字段不变，传 null 清空' })
export class UpdateResidentInput {
  @IdField()
  residentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;

  @IdField({ nullable: true })
  householdId?: string | null;

  @Field(() => HouseholdRelation, { nullable: true, description: '与户主关系（户主本人不填）' })
  @IsOptional()
  @IsEnum(HouseholdRelation, { message: '与户主关系无效' })
  relationToHead?: HouseholdRelation | null;

  @IdField({ nullable: true })
  gridId?: string | null;
}

@InputType({ description: '变更村民状态（记入状态变更历史）' })
export class ChangeResidentStatusInput {
  @IdField()
  residentId: string;

  @Field(() => ResidentStatus, { description: '新状态' })
  @IsEnum(ResidentStatus, { message: '状态无效' })
  status: ResidentStatus;

  @Field({ description: '原因，最多 200 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(200, { message: '不能超过 200 个字' })
  reason: string;
}

@ArgsType()
export class ResidentsArgs extends PageArgs {
  @IdField({ description: '村' })
  villageId: string;

  @Field(() => ResidentStatus, { nullable: true, description: '只看该状态' })
  @IsOptional()
  @IsEnum(ResidentStatus, { message: '状态无效' })
  status?: ResidentStatus;

  @Field(() => SubjectType, { nullable: true, description: '只看今天担任该身份的村民' })
  @IsOptional()
  @IsEnum(SubjectType, { message: '主体类型无效' })
  subjectType?: SubjectType;

  @IdField({ nullable: true })
  gridId?: string;

  @IdField({ nullable: true })
  householdId?: string;

  @Field({ nullable: true, description: '按姓名、电话或完整身份证号查找' })
  @IsOptional()
  @MaxLength(64, { message: '不能超过 64 个字' })
  search?: string;
}
