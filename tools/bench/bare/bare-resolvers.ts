import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import { Permission, todayInChina } from '@village/platform-common';
import { residentPageSql } from '@village/residents';
import { requirePermission, type BareCaller } from './bare-auth';
import { inScope } from './bare-scoped';

export interface BareRequest {
  caller: BareCaller | null;
}

/** What TypeORM sends for `villages` (OrgService.listChildren), copied from the product's statement log. */
const VILLAGES_SQL = (limit: number, offset: number) =>
  `SELECT "unit"."id" AS "unit_id", "unit"."level" AS "unit_level", "unit"."code" AS "unit_code", "unit"."name" AS "unit_name", "unit"."parent_id" AS "unit_parent_id", "unit"."district_id" AS "unit_district_id", "unit"."town_id" AS "unit_town_id", "unit"."village_id" AS "unit_village_id", "unit"."created_at" AS "unit_created_at", "unit"."created_by" AS "unit_created_by" FROM "org_unit" "unit" WHERE "unit"."level" = $1 ORDER BY "unit"."code" ASC LIMIT ${limit} OFFSET ${offset}`;
const VILLAGES_COUNT_SQL = `SELECT COUNT(DISTINCT("unit"."id")) AS "cnt" FROM "org_unit" "unit" WHERE "unit"."level" = $1`;

interface UnitRow {
  unit_id: string;
  unit_level: string;
  unit_code: string;
  unit_name: string;
  unit_parent_id: string | null;
  unit_district_id: string;
  unit_town_id: string | null;
  unit_village_id: string | null;
  unit_created_at: Date;
}

interface RoleJson {
  id: string;
  residentId: string;
  subjectType: string;
  startDate: string;
  endDate: string | null;
  probationary: boolean;
  termEnd: string | null;
  representedHouseholdIds: string[] | null;
  endReason: string | null;
}

type ResidentRow = Record<string, unknown> & {
  v_id: string;
  v_district_id: string;
  v_town_id: string;
  total: number;
  id: string | null;
  roles: RoleJson[] | null;
};

interface PageArgs {
  limit: number;
  offset: number;
}

/** The three benchmarked queries, resolved with plain pg and hand-written mapping. */
export function bareResolvers(pool: Pool) {
  return {
    Query: {
      me: (_: unknown, __: unknown, { caller }: BareRequest) => {
        const me = requirePermission(caller, Permission.SELF);
        return { id: me.id, username: me.username, displayName: me.displayName, roles: me.grants };
      },

      villages: (_: unknown, { limit, offset }: PageArgs, { caller }: BareRequest) =>
        inScope(pool, requirePermission(caller, Permission.ORG_READ), async (client) => {
          const { rows } = await client.query<UnitRow>(VILLAGES_SQL(limit, offset), ['VILLAGE']);
          const items = rows.map((r) => ({
            id: r.unit_id,
            level: r.unit_level,
            code: r.unit_code,
            name: r.unit_name,
            parentId: r.unit_parent_id,
            districtId: r.unit_district_id,
            townId: r.unit_town_id,
            villageId: r.unit_village_id,
            createdAt: r.unit_created_at,
          }));
          // As TypeORM: a short page (not past the end) needs no count.
          if (rows.length < limit && (rows.length > 0 || offset === 0))
            return { items, total: offset + rows.length };
          const count = await client.query<{ cnt: string }>(VILLAGES_COUNT_SQL, ['VILLAGE']);
          return { items, total: Number(count.rows[0].cnt) };
        }),

      residents: (_: unknown, args: PageArgs & { villageId: string }, { caller }: BareRequest) =>
        inScope(pool, requirePermission(caller, Permission.RESIDENT_READ), async (client) => {
          const today = todayInChina();
          const page = residentPageSql({
            villageId: args.villageId,
            args: { limit: args.limit, offset: args.offset },
            search: null,
            today,
          });
          const { rows } = await client.query<ResidentRow>(page.text, page.params);
          if (!rows.length) throw new GraphQLError('villageId：找不到该村，或您无权查看');
          requirePermission(caller, Permission.RESIDENT_READ, {
            districtId: rows[0].v_district_id,
            townId: rows[0].v_town_id,
            villageId: rows[0].v_id,
          });
          return {
            total: rows[0].total,
            items: rows.filter((r) => r.id !== null).map((r) => residentOf(r, today)),
          };
        }),
    },
  };
}

function residentOf(r: ResidentRow, today: string) {
  return {
    id: r.id,
    villageId: r.village_id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    idNumberMasked: r.id_number_masked,
    phone: r.phone,
    status: r.status,
    isActive: r.status === 'ACTIVE',
    hasLogin: r.user_id !== null,
    createdAt: r.created_at,
    householdId: r.household_id,
    household:
      r.h_id === null
        ? null
        : {
            id: r.h_id,
            villageId: r.h_village_id,
            code: r.h_code,
            address: r.h_address,
            gridId: r.h_grid_id,
            headResidentId: r.h_head_resident_id,
            headName: r.h_head_name,
            memberCount: null,
            createdAt: r.h_created_at,
          },
    gridId: r.grid_id,
    grid:
      r.g_id === null
        ? null
        : {
            id: r.g_id,
            villageId: r.g_village_id,
            code: r.g_code,
            name: r.g_name,
            leaderResidentId: r.g_leader_resident_id,
            leaderName: r.g_leader_name,
            createdAt: r.g_created_at,
          },
    subjectRoles: (r.roles ?? []).map((role) => ({
      ...role,
      representedHouseholdIds: role.representedHouseholdIds ?? [],
      isCurrent: role.startDate <= today && (role.endDate === null || role.endDate >= today),
    })),
  };
}
