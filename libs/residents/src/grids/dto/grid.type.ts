import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GridEntity } from '../grid.entity';

/** What the output reads of a grid: an entity, or a row of a hand-written query. */
export type GridSource = Pick<
  GridEntity,
  'id' | 'villageId' | 'code' | 'name' | 'leaderResidentId' | 'createdAt'
> & { leader?: { name: string } | null };

@ObjectType('Grid', { description: '网格：村内的片区，设网格长' })
export class GridType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属村' })
  villageId: string;

  @Field({ description: '网格编码（本村唯一）' })
  code: string;

  @Field({ description: '网格名称，如“第一网格”' })
  name: string;

  @Field(() => ID, { nullable: true, description: '网格长（村民）' })
  leaderResidentId: string | null;

  @Field(() => String, { nullable: true, description: '网格长姓名' })
  leaderName: string | null;

  @Field({ description: '创建时间' })
  createdAt: Date;

  /** `entity.leader` is used when the query joined it. */
  static from(entity: GridSource): GridType {
    return Object.assign(new GridType(), {
      id: entity.id,
      villageId: entity.villageId,
      code: entity.code,
      name: entity.name,
      leaderResidentId: entity.leaderResidentId,
      leaderName: entity.leader?.name ?? null,
      createdAt: entity.createdAt,
    });
  }
}
