import { permissionsOf, type Role } from '@village/platform-common';
import { OrgUnitEntity, RequestContext, type Grant, type OrgLevel } from '@village/platform-tenancy';

/**
 * The one statement that loads a caller (migration RequestContextSessions: app_request_context): the
 * account, whether the token's session is still good, and its live grants.
 */
export const REQUEST_CONTEXT_SQL = 'SELECT * FROM public.app_request_context($1, $2)';

/** Why a token's session is no longer good (null: it is). */
export type SessionRefusal = 'DISABLED' | 'REVOKED' | 'LOCKED';

/** A row of app_request_context: the user, and one live grant with its unit (all null without one). */
export interface RequestContextRow {
  user_id: string;
  username: string;
  display_name: string;
  must_change_password: boolean;
  refusal: SessionRefusal | null;
  role: Role | null;
  unit_id: string | null;
  unit_level: OrgLevel | null;
  unit_code: string | null;
  unit_name: string | null;
  unit_parent_id: string | null;
  unit_district_id: string | null;
  unit_town_id: string | null;
  unit_village_id: string | null;
  unit_created_at: Date | null;
  unit_created_by: string | null;
}

/** The live grants the rows list (also those of a refused session: account administration reads them). */
export function grantsFromRows(rows: readonly RequestContextRow[]): Grant[] {
  const grants: Grant[] = [];
  for (const row of rows) {
    if (row.role !== null && row.unit_id !== null) {
      grants.push({ role: row.role, permissions: permissionsOf(row.role), unit: unitOf(row, row.unit_id) });
    }
  }
  return grants;
}

/** The context the rows describe; null when there are none (no such account). */
export function contextFromRows(
  rows: readonly RequestContextRow[],
  clientIp: string | null,
): RequestContext | null {
  const [first] = rows;
  if (!first) return null;
  return RequestContext.forUser(
    { id: first.user_id, username: first.username, displayName: first.display_name },
    grantsFromRows(rows),
    clientIp,
  );
}

/** The unit as an entity, as the units of a context have always been (MeType reads them as such). */
function unitOf(row: RequestContextRow, id: string): OrgUnitEntity {
  return Object.assign(new OrgUnitEntity(), {
    id,
    level: row.unit_level,
    code: row.unit_code,
    name: row.unit_name,
    parentId: row.unit_parent_id,
    districtId: row.unit_district_id,
    townId: row.unit_town_id,
    villageId: row.unit_village_id,
    createdAt: row.unit_created_at,
    createdBy: row.unit_created_by,
  });
}
