import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResidentEntity } from '@village/residents';
import { GridResidentRef } from '../../common/resident-ref.type';
import type { CaptainRotaEntity } from '../captain-rota.entity';
import { ScoringTeamMemberKind } from '../member-kind.enum';
import type { ScoringTeamMemberEntity } from '../scoring-team-member.entity';
import type { ScoringTeamEntity } from '../scoring-team.entity';

@ObjectType('ScoringTeamMember', { description: '评分队伍成员（一个任期）' })
export class ScoringTeamMemberType {
  @Field(() => GridResidentRef)
  resident: GridResidentRef;

  @Field(() => ScoringTeamMemberKind, { description: '类别' })
  kind: ScoringTeamMemberKind;

  @Field({ description: '加入日期' })
  startDate: string;

  @Field(() => String, { nullable: true, description: '被新名单替换的日期（当日起不再是成员）' })
  endDate: string | null;

  static from(
    entity: ScoringTeamMemberEntity,
    residents: Map<string, ResidentEntity>,
  ): ScoringTeamMemberType {
    return Object.assign(new ScoringTeamMemberType(), {
      resident: GridResidentRef.of(residents, entity.residentId),
      kind: entity.kind,
      startDate: entity.startDate,
      endDate: entity.endDate,
    });
  }
}

@ObjectType('ScoringTeam', { description: '评分队伍（党员先锋+村干部+群众代表）' })
export class ScoringTeamType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  villageId: string;

  @Field(() => Int, { description: '编号（1–3）' })
  number: number;

  @Field({ description: '名称' })
  name: string;

  @Field(() => [ScoringTeamMemberType], { description: '当前成员' })
  members: ScoringTeamMemberType[];

  static from(entity: ScoringTeamEntity, members: ScoringTeamMemberType[]): ScoringTeamType {
    return Object.assign(new ScoringTeamType(), {
      id: entity.id,
      villageId: entity.villageId,
      number: entity.number,
      name: entity.name,
      members,
    });
  }
}

@ObjectType('CaptainRota', { description: '轮值队长安排的一个版本' })
export class CaptainRotaType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  teamId: string;

  @Field(() => Int, { description: '版本号' })
  version: number;

  @Field({ description: '起始日期' })
  startsOn: string;

  @Field(() => Int, { description: '每人轮值天数' })
  periodDays: number;

  @Field(() => [GridResidentRef], { description: '轮值顺序' })
  captains: GridResidentRef[];

  static from(entity: CaptainRotaEntity, residents: Map<string, ResidentEntity>): CaptainRotaType {
    return Object.assign(new CaptainRotaType(), {
      id: entity.id,
      teamId: entity.teamId,
      version: entity.version,
      startsOn: entity.startsOn,
      periodDays: entity.periodDays,
      captains: entity.residentIds.map((id) => GridResidentRef.of(residents, id)),
    });
  }
}

@ObjectType('CaptainOnDuty', { description: '某日的轮值队长' })
export class CaptainOnDutyType {
  @Field(() => GridResidentRef, { description: '轮值队长' })
  captain: GridResidentRef;

  @Field({ description: '日期' })
  date: string;

  @Field(() => Int, { description: '队伍编号' })
  teamNumber: number;

  @Field(() => Int, { description: '依据的安排版本' })
  rotaVersion: number;

  @Field(() => Int, { description: '轮值序号（从 0 起）' })
  index: number;
}
