import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputException, Permission } from '@village/platform-common';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import type { ResidentEntity } from '@village/residents';
import { todayInChina } from '@village/platform-common';
import { requireActiveResidents, residentsById } from '../common/village-members';
import type { SetGovernanceTeamInput } from './dto/set-governance-team.input';
import { GovernanceTeamMemberType, GovernanceTeamType } from './dto/governance-team.type';
import { governanceProblems } from './governance-composition';
import { GovernanceRole } from './governance-role.enum';
import { GovernanceTeamMemberEntity } from './governance-team-member.entity';
import { GovernanceTeamEntity } from './governance-team.entity';

const ROLE_ORDER = [GovernanceRole.LEADER, GovernanceRole.DEPUTY, GovernanceRole.GRID_WORKER];

/** The "1+4+N" governance team: each change is a new version with its whole member list. */
@Injectable()
export class GovernanceTeamService {
  constructor(private readonly db: TenantDb) {}

  /** The newest version, or null when the village has none yet. */
  current(ctx: RequestContext, villageId: string): Promise<GovernanceTeamType | null> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, villageId);
      const team = await tx.findOne(GovernanceTeamEntity, {
        where: { villageId },
        order: { version: 'DESC' },
      });
      if (!team) return null;
      const members = await tx.find(GovernanceTeamMemberEntity, { where: { teamId: team.id } });
      return toType(
        team,
        members,
        await residentsById(
          tx,
          members.map((m) => m.residentId),
        ),
      );
    });
  }

  set(ctx: RequestContext, input: SetGovernanceTeamInput): Promise<GovernanceTeamType> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      const workers = input.workers ?? [];
      const problems = governanceProblems({ ...input, workers });
      if (problems.length) {
        throw new BadInputException(problems.map((p) => ({ field: p.field, reasons: [p.reason] })));
      }
      const residents = await requireActiveResidents(
        tx,
        village.id,
        [input.leaderId, ...input.deputies.map((d) => d.residentId), ...workers.map((w) => w.residentId)],
        'members',
      );
      await lockVillageTeam(tx, village.id);
      const latest = await tx.findOne(GovernanceTeamEntity, {
        where: { villageId: village.id },
        order: { version: 'DESC' },
      });
      const tenant = villageTenant(village);
      const team = {
        id: randomUUID(),
        ...tenant,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom: input.effectiveFrom ?? todayInChina(),
        createdBy: ctx.user?.id ?? null,
      };
      await tx.insert(GovernanceTeamEntity, team);
      const member = (
        residentId: string,
        role: GovernanceRole,
        dutyTitle: string,
        position: number,
        fullTime: boolean | null = null,
      ): GovernanceTeamMemberEntity => ({
        id: randomUUID(),
        ...tenant,
        teamId: team.id,
        residentId,
        role,
        dutyTitle,
        fullTime,
        position,
      });
      const members = [
        member(input.leaderId, GovernanceRole.LEADER, (input.leaderTitle ?? '党支部书记').trim(), 0),
        ...input.deputies.map((d, i) => member(d.residentId, GovernanceRole.DEPUTY, d.dutyTitle.trim(), i)),
        ...workers.map((w, i) =>
          member(
            w.residentId,
            GovernanceRole.GRID_WORKER,
            w.fullTime ? '专职网格员' : '兼职网格员',
            i,
            w.fullTime,
          ),
        ),
      ];
      await tx.insert(GovernanceTeamMemberEntity, members);
      return toType({ ...team, createdAt: new Date() }, members, residents);
    });
  }
}

/** Versions of one village's team are numbered one after another: serialise concurrent changes. */
async function lockVillageTeam(tx: TenantTx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`governance_team:${villageId}`]);
}

function toType(
  team: GovernanceTeamEntity,
  members: GovernanceTeamMemberEntity[],
  residents: Map<string, ResidentEntity>,
): GovernanceTeamType {
  const sorted = [...members].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.position - b.position,
  );
  const of = (role: GovernanceRole) =>
    sorted.filter((m) => m.role === role).map((m) => GovernanceTeamMemberType.from(m, residents));
  return Object.assign(new GovernanceTeamType(), {
    id: team.id,
    villageId: team.villageId,
    version: team.version,
    effectiveFrom: team.effectiveFrom,
    leader: of(GovernanceRole.LEADER)[0],
    deputies: of(GovernanceRole.DEPUTY),
    workers: of(GovernanceRole.GRID_WORKER),
  });
}
