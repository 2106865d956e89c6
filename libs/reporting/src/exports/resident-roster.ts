import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '@village/platform-auth';
import {
  BadInputException,
  isUuid,
  notFound,
  Permission,
  SubjectType,
  todayInChina,
} from '@village/platform-common';
import { ResidentStatus } from '@village/residents';
import {
  requireVisibleVillage,
  TenantDb,
  type OrgUnitEntity,
  type RequestContext,
} from '@village/platform-tenancy';

/** The list's filters, as the 村民名册 screen has them (search is left out: it may be an ID number). */
export interface RosterFilters {
  status?: ResidentStatus;
  gridId?: string;
  subjectType?: SubjectType;
}

export interface RosterLine {
  name: string;
  gender: string;
  birthYear: number;
  householdCode: string | null;
  isHead: boolean;
  relationToHead: string | null;
  gridName: string | null;
  status: ResidentStatus;
  /** Subject roles held today, in start order. */
  roles: { type: SubjectType; probationary: boolean }[];
}

export interface Roster {
  village: OrgUnitEntity;
  filters: RosterFilters;
  lines: RosterLine[];
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], reason: string) {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw BadInputException.field(field, reason);
  return value as T;
}

/** `status`, `gridId`, `subjectType` of the address, checked. */
export function rosterFiltersOf(query: Record<string, unknown>): RosterFilters {
  const gridId = query.gridId === undefined || query.gridId === '' ? undefined : query.gridId;
  if (gridId !== undefined && !isUuid(gridId))
    throw BadInputException.field('gridId', '应为网格的编号（UUID）');
  return {
    status: oneOf(
      'status',
      query.status,
      Object.values(ResidentStatus),
      '应为 ACTIVE、MOVED_OUT、DECEASED 或 STUDENT',
    ),
    gridId,
    subjectType: oneOf('subjectType', query.subjectType, Object.values(SubjectType), '不是已知的主体类型'),
  };
}

/**
 * A village's residents for the office's own archive — name, gender, birth year, household, grid,
 * subject roles and status; never the ID number (not even masked) nor the phone — read as the caller
 * under row-level security: another village is NOT_FOUND, a role without RESIDENT_READ there is
 * FORBIDDEN. One statement, in the screen's name order; the export is audited in the same transaction.
 */
@Injectable()
export class ResidentRosterService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  roster(ctx: RequestContext, villageId: string, filters: RosterFilters): Promise<Roster> {
    return this.db.run(ctx, async (tx) => {
      if (!isUuid(villageId)) throw notFound('villageId', '村');
      const village = await requireVisibleVillage(tx, villageId);
      ctx.assertCan(Permission.RESIDENT_READ, village);
      const params: unknown[] = [village.id, todayInChina()];
      const where: string[] = [];
      if (filters.status) where.push(`r.status = $${params.push(filters.status)}`);
      if (filters.gridId) where.push(`r.grid_id = $${params.push(filters.gridId)}`);
      if (filters.subjectType) {
        where.push(
          `EXISTS (SELECT 1 FROM subject_role s WHERE s.resident_id = r.id AND s.subject_type = $${params.push(
            filters.subjectType,
          )} AND s.start_date <= $2 AND (s.end_date IS NULL OR s.end_date >= $2))`,
        );
      }
      const lines = (await tx.query(
        `SELECT r.name, r.gender, extract(year FROM r.birth_date)::int AS "birthYear", r.status,
                h.code AS "householdCode", coalesce(h.head_resident_id = r.id, false) AS "isHead",
                r.relation_to_head AS "relationToHead", g.name AS "gridName",
                (SELECT coalesce(json_agg(json_build_object('type', s.subject_type, 'probationary', s.probationary)
                          ORDER BY s.start_date, s.created_at), '[]'::json)
                   FROM subject_role s
                  WHERE s.resident_id = r.id AND s.start_date <= $2 AND (s.end_date IS NULL OR s.end_date >= $2)) AS roles
           FROM resident r
           LEFT JOIN household h ON h.id = r.household_id
           LEFT JOIN grid g ON g.id = r.grid_id
          WHERE r.village_id = $1${where.map((w) => ` AND ${w}`).join('')}
          ORDER BY r.name, r.id`,
        params,
      )) as RosterLine[];
      await this.audit.recordIn(tx, 'exportResidents', AuditOutcome.SUCCESS, {
        unit: village,
        detail: { villageId: village.id, ...filters, rows: lines.length },
      });
      return { village, filters, lines };
    });
  }
}
