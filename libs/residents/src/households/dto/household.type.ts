import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import type { HouseholdEntity } from '../household.entity';

/** What the output reads of a household: an entity, or a row of a hand-written query. */
export type HouseholdSource = Pick<
  HouseholdEntity,
  'id' | 'villageId' | 'code' | 'address' | 'gridId' | 'headResidentId' | 'createdAt'
> & { head?: { name: string } | null };

@ObjectType('Household', { description: '户' })
export class HouseholdType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属村' })
  villageId: string;

  @Field({ description: '户号（本村唯一）' })
  code: string;

  @Field(() => String, { nullable: true, description: '住址' })
  address: string | null;

  @Field(() => ID, { nullable: true, description: '所属网格' })
  gridId: string | null;

  @Field(() => ID, { nullable: true, description: '户主（村民）' })
  headResidentId: string | null;

  @Field(() => String, { nullable: true, description: '户主姓名' })
  headName: string | null;

  @Field(() => Int, { nullable: true, description: '户内人数（列表查询时提供）' })
  memberCount: number | null;

  @Field({ description: '创建时间' })
  createdAt: Date;

  /** `entity.head` is used when the query joined it. */
  static from(entity: HouseholdSource, memberCount: number | null = null): HouseholdType {
    return Object.assign(new HouseholdType(), {
      id: entity.id,
      villageId: entity.villageId,
      code: entity.code,
      address: entity.address,
      gridId: entity.gridId,
      headResidentId: entity.headResidentId,
      headName: entity.head?.name ?? null,
      memberCount,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('HouseholdPage')
export class HouseholdPage extends Paginated(HouseholdType) {}
