import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { BadInputException, ConflictException, Permission, SubjectType } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type OrgUnitEntity,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { todayInChina } from '@village/platform-common';
import { holdersOfRole, requireActiveResidents, residentsById } from '../common/village-members';
import type { SetScoringTeamInput } from './dto/set-scoring-team.input';
import { ScoringTeamMemberType, ScoringTeamType } from './dto/scoring-team.type';
import { MEMBER_KIND_LABELS, ScoringTeamMemberKind } from './member-kind.enum';
import { ScoringTeamMemberEntity } from './scoring-team-member.entity';
import { ScoringTeamEntity } from './scoring-team.entity';
import { compositionProblem } from './team-composition';

/** The village's three scoring teams and their membership periods. */
@Injectable()
export class ScoringTeamService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, villageId: string): Promise<ScoringTeamType[]> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const teams = await tx.find(ScoringTeamEntity, { where: { villageId }, order: { number: 'ASC' } });
      return this.withCurrentMembers(tx, teams);
    });
  }

  /**
   * Replaces a team's member list as one membership period: the current members' rows are ended on
   * the day the new list takes effect and the new list is inserted, all in one transaction.
   */
  set(ctx: RequestContext, input: SetScoringTeamInput): Promise<ScoringTeamType> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      const problem = compositionProblem(input.members);
      if (problem) throw BadInputException.field('members', problem);
      const effectiveFrom = input.effectiveFrom ?? todayInChina();
      const ids = input.members.map((m) => m.residentId);
      const residents = await requireActiveResidents(tx, village.id, ids, 'members');
      await assertPioneersArePartyMembers(tx, input.members, residents, effectiveFrom);

      const team = await this.lockOrCreateTeam(tx, village, input.number, input.name.trim());
      const current = await tx.find(ScoringTeamMemberEntity, {
        where: { teamId: team.id, endDate: IsNull() },
      });
      if (current.some((m) => m.startDate > effectiveFrom)) {
        throw BadInputException.field('effectiveFrom', '生效日期不能早于当前名单的生效日期');
      }
      if (current.length) {
        await tx.update(
          ScoringTeamMemberEntity,
          { id: In(current.map((m) => m.id)) },
          { endDate: effectiveFrom },
        );
      }
      const rows = input.members.map((m) => ({
        id: randomUUID(),
        ...villageTenant(village),
        teamId: team.id,
        residentId: m.residentId,
        kind: m.kind,
        startDate: effectiveFrom,
        endDate: null,
        createdBy: ctx.user?.id ?? null,
      }));
      await tx.insert(ScoringTeamMemberEntity, rows);
      return ScoringTeamType.from(
        team,
        rows.map((r) => ScoringTeamMemberType.from(r as ScoringTeamMemberEntity, residents)),
      );
    });
  }

  /** The team row, locked against a concurrent change of the same team; created on first use. */
  private async lockOrCreateTeam(
    tx: TenantTx,
    village: OrgUnitEntity,
    number: number,
    name: string,
  ): Promise<ScoringTeamEntity> {
    const { ctx } = tx;
    const existing = await tx.findOne(ScoringTeamEntity, {
      where: { villageId: village.id, number },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      if (existing.name !== name) await tx.update(ScoringTeamEntity, { id: existing.id }, { name });
      return { ...existing, name };
    }
    const team = {
      id: randomUUID(),
      ...villageTenant(village),
      number,
      name,
      createdBy: ctx.user?.id ?? null,
    };
    try {
      await tx.insert(ScoringTeamEntity, team);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_scoring_team_village_number')) {
        throw new ConflictException(`第 ${number} 评分队伍正被同时创建，请重试`);
      }
      throw error;
    }
    return tx.findOneByOrFail(ScoringTeamEntity, { id: team.id });
  }

  /** Current members of many teams with their residents: two queries whatever the number of teams. */
  private async withCurrentMembers(tx: TenantTx, teams: ScoringTeamEntity[]): Promise<ScoringTeamType[]> {
    if (!teams.length) return [];
    const members = await tx.find(ScoringTeamMemberEntity, {
      where: { teamId: In(teams.map((t) => t.id)), endDate: IsNull() },
      order: { kind: 'ASC', createdAt: 'ASC' },
    });
    const residents = await residentsById(
      tx,
      members.map((m) => m.residentId),
    );
    return teams.map((team) =>
      ScoringTeamType.from(
        team,
        members.filter((m) => m.teamId === team.id).map((m) => ScoringTeamMemberType.from(m, residents)),
      ),
    );
  }
}

async function assertPioneersArePartyMembers(
  tx: TenantTx,
  members: readonly { residentId: string; kind: ScoringTeamMemberKind }[],
  residents: Map<string, { name: string }>,
  date: string,
): Promise<void> {
  const pioneers = members
    .filter((m) => m.kind === ScoringTeamMemberKind.PARTY_PIONEER)
    .map((m) => m.residentId);
  const partyMembers = await holdersOfRole(tx, pioneers, SubjectType.PARTY_MEMBER, date);
  const others = pioneers.filter((id) => !partyMembers.has(id));
  if (others.length) {
    throw BadInputException.field(
      'members',
      `${MEMBER_KIND_LABELS[ScoringTeamMemberKind.PARTY_PIONEER]}须为在册党员：${others
        .map((id) => residents.get(id)?.name ?? id)
        .join('、')} 不是党员`,
    );
  }
}
