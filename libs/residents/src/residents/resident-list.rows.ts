import type { GridSource } from '../grids/dto/grid.type';
import type { HouseholdSource } from '../households/dto/household.type';
import type { SubjectRoleSource } from '../subject-roles/dto/subject-role.type';
import type { ResidentSource } from './dto/resident.type';
import { OrgLevel, type OrgRef } from '@village/platform-tenancy';
import type { Gender, HouseholdRelation, ResidentStatus } from './resident-status.enum';

/**
 * A row of residentPageSql: the village (v_*), the total, and a resident with its household (h_*),
 * grid (g_*) and roles as JSON — the resident columns all null on the one row of an empty page.
 */
export interface ResidentPageRow {
  v_id: string;
  v_name: string;
  v_district_id: string;
  v_town_id: string;
  total: number;
  id: string | null;
  village_id: string;
  name: string;
  gender: Gender;
  birth_date: string;
  id_number_masked: string;
  phone: string | null;
  status: ResidentStatus;
  household_id: string | null;
  relation_to_head: HouseholdRelation | null;
  grid_id: string | null;
  user_id: string | null;
  created_at: Date;
  h_id: string | null;
  h_village_id: string;
  h_code: string;
  h_address: string | null;
  h_grid_id: string | null;
  h_head_resident_id: string | null;
  h_head_name: string | null;
  h_created_at: Date;
  g_id: string | null;
  g_village_id: string;
  g_code: string;
  g_name: string;
  g_leader_resident_id: string | null;
  g_leader_name: string | null;
  g_created_at: Date;
  /** json_agg of the roles (dates as YYYY-MM-DD, as the entity has them); null without any. */
  roles: SubjectRoleSource[] | null;
}

export interface ResidentWithRoleSources {
  resident: ResidentSource;
  roles: readonly SubjectRoleSource[];
}

/** The village the rows are about, as access checks and messages need it. */
export function villageOfRows(rows: readonly ResidentPageRow[]): OrgRef | null {
  const [row] = rows;
  if (!row) return null;
  return {
    id: row.v_id,
    level: OrgLevel.VILLAGE,
    name: row.v_name,
    districtId: row.v_district_id,
    townId: row.v_town_id,
    villageId: row.v_id,
  };
}

/** The page's residents, straight from the rows: no entity graph is built for a list. */
export function residentsOfRows(rows: readonly ResidentPageRow[]): ResidentWithRoleSources[] {
  const residents: ResidentWithRoleSources[] = [];
  for (const row of rows) if (row.id !== null) residents.push(residentOfRow(row, row.id));
  return residents;
}

function residentOfRow(row: ResidentPageRow, id: string): ResidentWithRoleSources {
  return {
    resident: {
      id,
      villageId: row.village_id,
      name: row.name,
      gender: row.gender,
      birthDate: row.birth_date,
      idNumberMasked: row.id_number_masked,
      phone: row.phone,
      status: row.status,
      householdId: row.household_id,
      relationToHead: row.relation_to_head,
      household: householdOfRow(row),
      gridId: row.grid_id,
      grid: gridOfRow(row),
      userId: row.user_id,
      createdAt: row.created_at,
    },
    roles: row.roles ?? [],
  };
}

function householdOfRow(row: ResidentPageRow): HouseholdSource | null {
  if (row.h_id === null) return null;
  return {
    id: row.h_id,
    villageId: row.h_village_id,
    code: row.h_code,
    address: row.h_address,
    gridId: row.h_grid_id,
    headResidentId: row.h_head_resident_id,
    head: row.h_head_name === null ? null : { name: row.h_head_name },
    createdAt: row.h_created_at,
  };
}

function gridOfRow(row: ResidentPageRow): GridSource | null {
  if (row.g_id === null) return null;
  return {
    id: row.g_id,
    villageId: row.g_village_id,
    code: row.g_code,
    name: row.g_name,
    leaderResidentId: row.g_leader_resident_id,
    leader: row.g_leader_name === null ? null : { name: row.g_leader_name },
    createdAt: row.g_created_at,
  };
}
