import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SubjectType } from '@village/platform-common';
import { today } from '../../common/lookups';
import type { SubjectRoleEntity } from '../subject-role.entity';

/** What the output reads of a subject role: an entity, or a row of a hand-written query. */
export type SubjectRoleSource = Pick<
  SubjectRoleEntity,
  | 'id'
  | 'residentId'
  | 'subjectType'
  | 'startDate'
  | 'endDate'
  | 'probationary'
  | 'termEnd'
  | 'representedHouseholdIds'
  | 'endReason'
>;

@ObjectType('SubjectRole', { description: '村民在一段时间内担任的主体身份（党员、村民代表等）' })
export class SubjectRoleType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  residentId: string;

  @Field(() => SubjectType, { description: '主体类型' })
  subjectType: SubjectType;

  @Field({ description: '起始日期（YYYY-MM-DD）' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '结束日期（含当日）；空表示仍在任' })
  endDate: string | null;

  @Field({ description: '预备党员（仅党员）' })
  probationary: boolean;

  @Field(() => String, { nullable: true, description: '本届任期届满日期（仅村民代表）' })
  termEnd: string | null;

  @Field(() => [ID], { description: '联系的户（仅村民代表）' })
  representedHouseholdIds: string[];

  @Field(() => String, { nullable: true, description: '结束原因' })
  endReason: string | null;

  @Field({ description: '今天是否在任' })
  isCurrent: boolean;

  /** `day` is today unless given: a list passes one day for all its rows (and saves a clock read per row). */
  static from(entity: SubjectRoleSource, day: string = today()): SubjectRoleType {
    return Object.assign(new SubjectRoleType(), {
      id: entity.id,
      residentId: entity.residentId,
      subjectType: entity.subjectType,
      startDate: entity.startDate,
      endDate: entity.endDate,
      probationary: entity.probationary,
      termEnd: entity.termEnd,
      representedHouseholdIds: entity.representedHouseholdIds ?? [],
      endReason: entity.endReason,
      isCurrent: entity.startDate <= day && (entity.endDate === null || entity.endDate >= day),
    });
  }
}
