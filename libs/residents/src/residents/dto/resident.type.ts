import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@village/platform-common';
import { today } from '../../common/lookups';
import { GridType, type GridSource } from '../../grids/dto/grid.type';
import { HouseholdType, type HouseholdSource } from '../../households/dto/household.type';
import { SubjectRoleType, type SubjectRoleSource } from '../../subject-roles/dto/subject-role.type';
import { Gender, HouseholdRelation, ResidentStatus } from '../resident-status.enum';
import type { ResidentEntity } from '../resident.entity';

/** What the output reads of a resident: an entity with its joined relations, or a row of the list query. */
export type ResidentSource = Pick<
  ResidentEntity,
  | 'id'
  | 'villageId'
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'idNumberMasked'
  | 'phone'
  | 'status'
  | 'householdId'
  | 'relationToHead'
  | 'gridId'
  | 'userId'
  | 'createdAt'
> & { household?: HouseholdSource | null; grid?: GridSource | null };

@ObjectType('Resident', { description: '村民。身份证号只以脱敏形式返回' })
export class ResidentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属村' })
  villageId: string;

  @Field({ description: '姓名' })
  name: string;

  @Field(() => Gender, { description: '性别' })
  gender: Gender;

  @Field({ description: '出生日期（YYYY-MM-DD）' })
  birthDate: string;

  @Field({ description: '脱敏身份证号，如 371081********123X' })
  idNumberMasked: string;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone: string | null;

  @Field(() => ResidentStatus, { description: '状态' })
  status: ResidentStatus;

  @Field({ description: '是否在村（只有在村村民参与积分）' })
  isActive: boolean;

  @Field(() => ID, { nullable: true })
  householdId: string | null;

  @Field(() => HouseholdRelation, { nullable: true, description: '与户主关系（户主本人为空）' })
  relationToHead: HouseholdRelation | null;

  @Field(() => HouseholdType, { nullable: true, description: '所属户' })
  household: HouseholdType | null;

  @Field(() => ID, { nullable: true })
  gridId: string | null;

  @Field(() => GridType, { nullable: true, description: '所属网格' })
  grid: GridType | null;

  @Field(() => [SubjectRoleType], { description: '主体身份（含已结束的）' })
  subjectRoles: SubjectRoleType[];

  @Field({ description: '是否已开通登录账号' })
  hasLogin: boolean;

  @Field({ description: '登记时间' })
  createdAt: Date;

  /** Household and grid come from the joined relations; roles are loaded for a whole page at once. */
  static from(
    entity: ResidentSource,
    roles: readonly SubjectRoleSource[] = [],
    day: string = today(),
  ): ResidentType {
    return Object.assign(new ResidentType(), {
      id: entity.id,
      villageId: entity.villageId,
      name: entity.name,
      gender: entity.gender,
      birthDate: entity.birthDate,
      idNumberMasked: entity.idNumberMasked,
      phone: entity.phone,
      status: entity.status,
      isActive: entity.status === ResidentStatus.ACTIVE,
      householdId: entity.householdId,
      relationToHead: entity.relationToHead ?? null,
      household: entity.household ? HouseholdType.from(entity.household) : null,
      gridId: entity.gridId,
      grid: entity.grid ? GridType.from(entity.grid) : null,
      subjectRoles: roles.map((role) => SubjectRoleType.from(role, day)),
      hasLogin: entity.userId !== null,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('ResidentPage')
export class ResidentPage extends Paginated(ResidentType) {}
