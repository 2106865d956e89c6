import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResidentEntity } from '@village/residents';
import { GridResidentRef } from '../../common/resident-ref.type';
import { GovernanceRole } from '../governance-role.enum';
import type { GovernanceTeamMemberEntity } from '../governance-team-member.entity';

@ObjectType('GovernanceTeamMember', { description: '“1+4+N”治理队伍成员' })
export class GovernanceTeamMemberType {
  @Field(() => GridResidentRef)
  resident: GridResidentRef;

  @Field(() => GovernanceRole, { description: '位置' })
  role: GovernanceRole;

  @Field({ description: '职务' })
  dutyTitle: string;

  @Field(() => Boolean, { nullable: true, description: '网格员是否专职' })
  fullTime: boolean | null;

  static from(
    entity: Pick<GovernanceTeamMemberEntity, 'residentId' | 'role' | 'dutyTitle' | 'fullTime'>,
    residents: Map<string, ResidentEntity>,
  ): GovernanceTeamMemberType {
    return Object.assign(new GovernanceTeamMemberType(), {
      resident: GridResidentRef.of(residents, entity.residentId),
      role: entity.role,
      dutyTitle: entity.dutyTitle,
      fullTime: entity.fullTime,
    });
  }
}

@ObjectType('GovernanceTeam', { description: '“1+4+N”治理队伍（当前版本）' })
export class GovernanceTeamType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int, { description: '版本号' })
  version: number;

  @Field({ description: '生效日期' })
  effectiveFrom: string;

  @Field(() => GovernanceTeamMemberType, { description: '带头人（1）' })
  leader: GovernanceTeamMemberType;

  @Field(() => [GovernanceTeamMemberType], { description: '副手（4）' })
  deputies: GovernanceTeamMemberType[];

  @Field(() => [GovernanceTeamMemberType], { description: '网格员（N）' })
  workers: GovernanceTeamMemberType[];
}
