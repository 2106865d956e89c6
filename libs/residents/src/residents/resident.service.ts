import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BadInputException, NotFoundException, Permission, type Page } from '@village/platform-common';
import { RequestContext, TenantDb, requireVisibleVillage, type TenantTx } from '@village/platform-tenancy';
import {
  likePattern,
  requireGrid,
  requireHousehold,
  requireResident,
  today,
  villageRef,
} from '../common/lookups';
import { parseIdNumber } from '../pii/id-number';
import { PiiCipher } from '../pii/pii-cipher';
import { ResidentStatusChangeEntity } from '../status-changes/resident-status-change.entity';
import { SubjectRoleEntity } from '../subject-roles/subject-role.entity';
import type { CreateResidentInput, ResidentsArgs, UpdateResidentInput } from './dto/resident.input';
import { ResidentStatus } from './resident-status.enum';
import { HouseholdMemberType } from '../households/dto/household-member.type';
import { ResidentEntity } from './resident.entity';
import { checkIdentity, insertResident } from './resident-writer';
import {
  residentsOfRows,
  villageOfRows,
  type ResidentPageRow,
  type ResidentWithRoleSources,
} from './resident-list.rows';
import { residentPageSql, type ResidentSearch } from './resident-list.sql';

export interface ResidentWithRoles {
  resident: ResidentEntity;
  roles: SubjectRoleEntity[];
}

/** Residents of a village: registration, changes, status history. The clear ID number never leaves. */
@Injectable()
export class ResidentService {
  constructor(
    private readonly db: TenantDb,
    @Inject(PiiCipher) private readonly cipher: PiiCipher,
  ) {}

  /**
   * A page of a village's residents, for output only: one hand-written statement (resident-list.sql)
   * that also finds the village, instead of a village lookup, an entity graph, TypeORM's separate
   * DISTINCT query for the page ids and a roles query. The permission check on the village follows the
   * read: row-level security already kept out anything outside the caller's scope, and a caller
   * without RESIDENT_READ at the village gets the error, never the rows.
   */
  list(ctx: RequestContext, args: ResidentsArgs): Promise<Page<ResidentWithRoleSources>> {
    return this.db.run(ctx, async (tx) => {
      const page = residentPageSql({
        villageId: args.villageId,
        args,
        search: this.searchOf(args.search),
        today: today(),
      });
      const rows = await tx.query<ResidentPageRow[]>(page.text, page.params);
      const village = villageOfRows(rows);
      if (!village) throw new NotFoundException('villageId：找不到该村，或您无权查看');
      ctx.assertCan(Permission.RESIDENT_READ, village);
      return { items: residentsOfRows(rows), total: rows[0].total };
    });
  }

  private searchOf(text: string | undefined): ResidentSearch {
    const search = text?.trim();
    if (!search) return null;
    const id = parseIdNumber(search);
    return id ? { idNumberHash: this.cipher.hash(id.value) } : { likePattern: likePattern(search) };
  }

  findOne(ctx: RequestContext, id: string): Promise<ResidentWithRoles> {
    return this.db.run(ctx, async (tx) => {
      const resident = await loadResident(tx, id);
      ctx.assertCan(Permission.RESIDENT_READ, resident);
      return (await withRoles(tx, [resident]))[0];
    });
  }

  /** The caller's own resident record, if an administrator linked one to their login. */
  /** The other active members of the signed-in resident's household (empty without one). */
  myHouseholdMembers(ctx: RequestContext): Promise<HouseholdMemberType[]> {
    const user = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const me = await tx.findOne(ResidentEntity, {
        where: { userId: user.id },
        relations: { household: true },
      });
      if (!me?.householdId) return [];
      const members = await tx.find(ResidentEntity, {
        where: { householdId: me.householdId, status: ResidentStatus.ACTIVE },
        order: { birthDate: 'ASC', id: 'ASC' },
      });
      return members
        .filter((m) => m.id !== me.id)
        .map((m) =>
          Object.assign(new HouseholdMemberType(), {
            id: m.id,
            name: m.name,
            isHead: m.id === me.household?.headResidentId,
            relationToHead: m.relationToHead ?? null,
          }),
        );
    });
  }

  findMine(ctx: RequestContext): Promise<ResidentWithRoles | null> {
    const user = ctx.requireUser();
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, {
        where: { userId: user.id },
        relations: { household: { head: true }, grid: { leader: true } },
      });
      return resident ? (await withRoles(tx, [resident]))[0] : null;
    });
  }

  create(ctx: RequestContext, input: CreateResidentInput): Promise<ResidentWithRoles> {
    return this.db.run(ctx, async (tx) => {
      const village = await requireVisibleVillage(tx, input.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.RESIDENT_MANAGE, village);
      const { id, errors } = checkIdentity(input);
      if (!id || errors.length) throw new BadInputException(errors);
      let gridId = input.gridId ?? null;
      if (input.householdId) {
        const household = await requireHousehold(tx, input.householdId, 'householdId', village.id);
        gridId ??= household.gridId;
      }
      if (gridId) await requireGrid(tx, gridId, 'gridId', village.id);
      const residentId = await insertResident(
        tx,
        this.cipher,
        village,
        id,
        {
          name: input.name,
          gender: input.gender,
          birthDate: input.birthDate,
          idNumber: id.value,
          phone: input.phone ?? null,
          householdId: input.householdId ?? null,
          relationToHead: input.relationToHead ?? null,
          gridId,
        },
        ctx.user?.id ?? null,
      );
      return { resident: await loadResident(tx, residentId), roles: [] };
    });
  }

  update(ctx: RequestContext, input: UpdateResidentInput): Promise<ResidentWithRoles> {
    return this.db.run(ctx, async (tx) => {
      const resident = await requireResident(tx, input.residentId);
      ctx.auditTarget = villageRef(resident);
      ctx.assertCan(Permission.RESIDENT_MANAGE, resident);
      const changes: Partial<Pick<ResidentEntity, 'phone' | 'householdId' | 'relationToHead' | 'gridId'>> =
        {};
      if (input.phone !== undefined) changes.phone = input.phone;
      if (input.householdId !== undefined) {
        if (input.householdId)
          await requireHousehold(tx, input.householdId, 'householdId', resident.villageId);
        changes.householdId = input.householdId;
      }
      if (input.relationToHead !== undefined) changes.relationToHead = input.relationToHead;
      if (input.gridId !== undefined) {
        if (input.gridId) await requireGrid(tx, input.gridId, 'gridId', resident.villageId);
        changes.gridId = input.gridId;
      }
      ctx.auditDetail = {
        previous: {
          phone: resident.phone,
          householdId: resident.householdId,
          relationToHead: resident.relationToHead,
          gridId: resident.gridId,
        },
        changes,
      };
      if (Object.keys(changes).length) await tx.update(ResidentEntity, { id: resident.id }, changes);
      const updated = await loadResident(tx, resident.id);
      return (await withRoles(tx, [updated]))[0];
    });
  }

  changeStatus(
    ctx: RequestContext,
    residentId: string,
    status: ResidentStatus,
    reason: string,
  ): Promise<ResidentWithRoles> {
    return this.db.run(ctx, async (tx) => {
      // Locked so two concurrent changes cannot both record the same "from" status.
      const current =
        (await tx.findOne(ResidentEntity, {
          where: { id: residentId },
          lock: { mode: 'pessimistic_write' },
        })) ?? (await requireResident(tx, residentId));
      ctx.auditTarget = villageRef(current);
      ctx.assertCan(Permission.RESIDENT_MANAGE, current);
      if (current.status === status) throw BadInputException.field('status', '新状态与当前状态相同');
      await tx.insert(ResidentStatusChangeEntity, {
        id: randomUUID(),
        districtId: current.districtId,
        townId: current.townId,
        villageId: current.villageId,
        residentId: current.id,
        fromStatus: current.status,
        toStatus: status,
        reason,
        changedBy: ctx.user?.id ?? null,
      });
      await tx.update(ResidentEntity, { id: current.id }, { status });
      const updated = await loadResident(tx, current.id);
      return (await withRoles(tx, [updated]))[0];
    });
  }

  statusHistory(ctx: RequestContext, residentId: string): Promise<ResidentStatusChangeEntity[]> {
    return this.db.run(ctx, async (tx) => {
      const resident = await requireResident(tx, residentId);
      ctx.assertCan(Permission.RESIDENT_READ, resident);
      return tx.find(ResidentStatusChangeEntity, {
        where: { residentId: resident.id },
        order: { changedAt: 'ASC', id: 'ASC' },
      });
    });
  }

  /**
   * The clear ID number, for exports that legally need it (not exposed through GraphQL). Only for
   * callers who manage the resident's village.
   */
  revealIdNumber(ctx: RequestContext, residentId: string): Promise<string> {
    return this.db.run(ctx, async (tx) => {
      const resident = await requireResident(tx, residentId);
      ctx.assertCan(Permission.RESIDENT_MANAGE, resident);
      return this.cipher.decrypt(resident.idNumberCipher);
    });
  }
}

async function loadResident(tx: TenantTx, id: string): Promise<ResidentEntity> {
  const resident = await tx.findOne(ResidentEntity, {
    where: { id },
    relations: { household: { head: true }, grid: { leader: true } },
  });
  return resident ?? requireResident(tx, id);
}

/** The subject roles of a page of residents, in one query. */
async function withRoles(tx: TenantTx, residents: ResidentEntity[]): Promise<ResidentWithRoles[]> {
  if (!residents.length) return [];
  const roles = await tx.find(SubjectRoleEntity, {
    where: { residentId: In(residents.map((r) => r.id)) },
    order: { startDate: 'ASC', createdAt: 'ASC' },
  });
  return residents.map((resident) => ({
    resident,
    roles: roles.filter((role) => role.residentId === resident.id),
  }));
}
