import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { BadInputException, NotFoundException, Permission } from '@village/platform-common';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { residentsById } from '../common/village-members';
import { GridResidentRef } from '../common/resident-ref.type';
import { CaptainRotaEntity } from './captain-rota.entity';
import type { CaptainOnArgs } from './dto/captain-on.args';
import { CaptainOnDutyType, CaptainRotaType } from './dto/scoring-team.type';
import type { SetCaptainRotaInput } from './dto/set-captain-rota.input';
import { applicableRota, rotationIndex } from './rota-arithmetic';
import { ScoringTeamMemberEntity } from './scoring-team-member.entity';
import { ScoringTeamEntity } from './scoring-team.entity';

/** Rotating captains (轮值队长): versioned schedules, append-only, and who is captain on a date. */
@Injectable()
export class CaptainRotaService {
  constructor(private readonly db: TenantDb) {}

  set(ctx: RequestContext, input: SetCaptainRotaInput): Promise<CaptainRotaType> {
    return this.db.run(ctx, async (tx) => {
      // Locking the team row serialises versions of its rota (and membership changes) per team.
      const team = await tx.findOne(ScoringTeamEntity, {
        where: { id: input.teamId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!team) throw new NotFoundException('teamId：找不到该评分队伍，或您无权查看');
      const village = await requireVisibleVillage(tx, team.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      if (new Set(input.residentIds).size !== input.residentIds.length) {
        throw BadInputException.field('residentIds', '同一人在轮值顺序中出现了多次');
      }
      const members = await tx.find(ScoringTeamMemberEntity, {
        where: { teamId: team.id, endDate: IsNull() },
      });
      const memberIds = new Set(members.map((m) => m.residentId));
      const outsiders = input.residentIds.filter((id) => !memberIds.has(id));
      const residents = await residentsById(tx, input.residentIds);
      if (outsiders.length) {
        throw BadInputException.field(
          'residentIds',
          `轮值队长须为本队当前成员：${outsiders.map((id) => residents.get(id)?.name ?? id).join('、')} 不是`,
        );
      }
      const latest = await tx.findOne(CaptainRotaEntity, {
        where: { teamId: team.id },
        order: { version: 'DESC' },
      });
      const rota: Omit<CaptainRotaEntity, 'createdAt'> = {
        id: randomUUID(),
        ...villageTenant(village),
        teamId: team.id,
        version: (latest?.version ?? 0) + 1,
        startsOn: input.startsOn,
        periodDays: input.periodDays,
        residentIds: [...input.residentIds],
        createdBy: ctx.user?.id ?? null,
      };
      await tx.insert(CaptainRotaEntity, rota);
      return CaptainRotaType.from(rota as CaptainRotaEntity, residents);
    });
  }

  /** Every version of a team's rota, newest first. */
  versions(ctx: RequestContext, teamId: string): Promise<CaptainRotaType[]> {
    return this.db.run(ctx, async (tx) => {
      const team = await tx.findOne(ScoringTeamEntity, { where: { id: teamId } });
      if (!team) throw new NotFoundException('id：找不到该评分队伍，或您无权查看');
      const rotas = await tx.find(CaptainRotaEntity, { where: { teamId }, order: { version: 'DESC' } });
      const residents = await residentsById(
        tx,
        rotas.flatMap((r) => r.residentIds),
      );
      return rotas.map((r) => CaptainRotaType.from(r, residents));
    });
  }

  captainOn(ctx: RequestContext, args: CaptainOnArgs): Promise<CaptainOnDutyType> {
    return this.db.run(ctx, async (tx) => {
      const team = await this.requireTeam(tx, args.villageId, args.teamNumber);
      const versions = await tx.find(CaptainRotaEntity, { where: { teamId: team.id } });
      const rota = applicableRota(versions, args.date);
      const index = rota ? rotationIndex(rota, args.date) : null;
      if (!rota || index === null) {
        throw new NotFoundException(`第 ${team.number} 评分队伍在 ${args.date} 还没有轮值队长安排`);
      }
      const captainId = rota.residentIds[index];
      const residents = await residentsById(tx, [captainId]);
      return Object.assign(new CaptainOnDutyType(), {
        captain: GridResidentRef.of(residents, captainId),
        date: args.date,
        teamNumber: team.number,
        rotaVersion: rota.version,
        index,
      });
    });
  }

  private async requireTeam(tx: TenantTx, villageId: string, number: number): Promise<ScoringTeamEntity> {
    await requireVisibleVillage(tx, villageId);
    const team = await tx.findOne(ScoringTeamEntity, { where: { villageId, number } });
    if (!team) throw new NotFoundException(`teamNumber：本村还没有第 ${number} 评分队伍`);
    return team;
  }
}
