import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrgLevel } from '../org-level.enum';
import type { OrgUnitEntity } from '../org-unit.entity';
import { Paginated } from '@village/platform-common';

@ObjectType('OrgUnit', { description: '组织单元：区、镇（街道）或村' })
export class OrgUnitType {
  @Field(() => ID)
  id: string;

  @Field(() => OrgLevel, { description: '层级' })
  level: OrgLevel;

  @Field({ description: '编码（如行政区划代码）' })
  code: string;

  @Field({ description: '中文名称' })
  name: string;

  @Field(() => ID, { nullable: true, description: '上级单元' })
  parentId: string | null;

  @Field(() => ID, { description: '所属区' })
  districtId: string;

  @Field(() => ID, { nullable: true, description: '所属镇（街道）' })
  townId: string | null;

  @Field(() => ID, { nullable: true, description: '村（仅村级单元）' })
  villageId: string | null;

  @Field({ description: '创建时间' })
  createdAt: Date;

  static from(entity: OrgUnitEntity): OrgUnitType {
    return Object.assign(new OrgUnitType(), {
      id: entity.id,
      level: entity.level,
      code: entity.code,
      name: entity.name,
      parentId: entity.parentId,
      districtId: entity.districtId,
      townId: entity.townId,
      villageId: entity.villageId,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('OrgUnitPage')
export class OrgUnitPage extends Paginated(OrgUnitType) {}
