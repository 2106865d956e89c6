import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubjectType } from '@village/platform-common';
import { Grade } from '@village/grading';
import { NominationStatus } from '../honour-enums';
import type { HonourListEntity } from '../honour-list.entity';
import type { HonourNominationEntity } from '../honour-nomination.entity';
import type { HonourTypeEntity } from '../honour-type.entity';

@ObjectType('HonourType', { description: '荣誉类型（区设）及其评选条件' })
export class HonourTypeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '设立的区' })
  districtId: string;

  @Field({ description: '荣誉名称' })
  name: string;

  @Field(() => SubjectType, { description: '评选对象' })
  subjectType: SubjectType;

  @Field(() => Int, { nullable: true, description: '最低星级' })
  minStars: number | null;

  @Field(() => Grade, { nullable: true, description: '最低等次' })
  minGrade: Grade | null;

  @Field(() => Int, { nullable: true, description: '每村最多推荐人数' })
  maxPerVillage: number | null;

  static from(e: HonourTypeEntity): HonourTypeType {
    return Object.assign(new HonourTypeType(), {
      id: e.id,
      districtId: e.districtId,
      name: e.name,
      subjectType: e.subjectType,
      minStars: e.minStars,
      minGrade: e.minGrade,
      maxPerVillage: e.maxPerVillage,
    });
  }
}

@ObjectType('HonourNomination', { description: '评先选优推荐（公布后即为所获荣誉）' })
export class HonourNominationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ID)
  townId: string;

  @Field(() => ID)
  honourTypeId: string;

  @Field({ description: '荣誉名称' })
  honourName: string;

  @Field(() => ID)
  residentId: string;

  @Field({ description: '村民姓名' })
  residentName: string;

  @Field(() => Int, { description: '年度' })
  year: number;

  @Field({ description: '推荐理由' })
  reason: string;

  @Field(() => Int, { nullable: true, description: '推荐时核对的年度星级' })
  stars: number | null;

  @Field(() => Grade, { nullable: true, description: '推荐时核对的年度等次' })
  grade: Grade | null;

  @Field(() => NominationStatus, { description: '状态' })
  status: NominationStatus;

  @Field(() => String, { nullable: true, description: '镇审批理由' })
  decisionReason: string | null;

  static from(e: HonourNominationEntity): HonourNominationType {
    return Object.assign(new HonourNominationType(), {
      id: e.id,
      villageId: e.villageId,
      townId: e.townId,
      honourTypeId: e.honourTypeId,
      honourName: e.honourType?.name ?? '',
      residentId: e.residentId,
      residentName: e.residentName,
      year: e.year,
      reason: e.reason,
      stars: e.stars,
      grade: e.grade,
      status: e.status,
      decisionReason: e.decisionReason,
    });
  }
}

@ObjectType('HonourList', { description: '镇年度荣誉榜（公布后不可更改）' })
export class HonourListType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  townId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '上榜人次' })
  honourCount: number;

  @Field({ description: '公布时间' })
  publishedAt: Date;

  static from(e: HonourListEntity): HonourListType {
    return Object.assign(new HonourListType(), {
      id: e.id,
      townId: e.townId ?? '',
      year: e.year,
      honourCount: e.honourCount,
      publishedAt: e.createdAt,
    });
  }
}
