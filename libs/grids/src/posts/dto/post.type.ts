import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import type { ResidentEntity } from '@village/residents';
import { GridResidentRef } from '../../common/resident-ref.type';
import type { PostAssignmentEntity } from '../post-assignment.entity';
import type { PostEntity } from '../post.entity';

@ObjectType('PostAssignment', { description: '岗位任期（结束后保留）' })
export class PostAssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field(() => GridResidentRef, { description: '任职村民' })
  resident: GridResidentRef;

  @Field({ description: '任期开始日期' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '任期最后一天（含）' })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: '结束原因' })
  endReason: string | null;

  static from(entity: PostAssignmentEntity, residents: Map<string, ResidentEntity>): PostAssignmentType {
    return Object.assign(new PostAssignmentType(), {
      id: entity.id,
      postId: entity.postId,
      resident: GridResidentRef.of(residents, entity.residentId),
      startDate: entity.startDate,
      endDate: entity.endDate,
      endReason: entity.endReason,
    });
  }
}

@ObjectType('Post', { description: '网格自治岗位' })
export class PostType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => ID)
  gridId: string;

  @Field({ description: '岗位名称' })
  name: string;

  @Field({ description: '岗位职责' })
  duties: string;

  @Field(() => [String], { description: '对应的评价项目编码' })
  itemCodes: string[];

  @Field(() => [PostAssignmentType], { description: '当前在任人员' })
  holders: PostAssignmentType[];

  @Field({ description: '创建时间' })
  createdAt: Date;

  static from(entity: PostEntity, holders: PostAssignmentType[]): PostType {
    return Object.assign(new PostType(), {
      id: entity.id,
      villageId: entity.villageId,
      gridId: entity.gridId,
      name: entity.name,
      duties: entity.duties,
      itemCodes: entity.itemCodes,
      holders,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('PostPage')
export class PostPage extends Paginated(PostType) {}
