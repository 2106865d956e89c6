import { createSecretKey, type KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import type { Pool } from 'pg';
import { ROLE_LABELS, ROLE_PERMISSIONS, type Permission, type Role } from '@village/platform-common';

/** An org unit as the answer shows it. */
export interface BareUnit {
  id: string;
  level: 'DISTRICT' | 'TOWN' | 'VILLAGE';
  code: string;
  name: string;
  parentId: string | null;
  districtId: string;
  townId: string | null;
  villageId: string | null;
  createdAt: Date;
}

export interface BareGrant {
  role: Role;
  roleLabel: string;
  permissions: readonly Permission[];
  orgUnit: BareUnit;
}

export interface BareCaller {
  id: string;
  username: string;
  displayName: string;
  grants: BareGrant[];
  /** The set_config values of the RLS scope, in the order the product sets them. */
  scope: [
    userId: string,
    loginUsername: string,
    districts: string,
    towns: string,
    villages: string,
    ancestors: string,
  ];
}

interface ContextRow {
  user_id: string;
  refusal: string | null;
  username: string;
  display_name: string;
  role: Role | null;
  unit_id: string | null;
  unit_level: BareUnit['level'];
  unit_code: string;
  unit_name: string;
  unit_parent_id: string | null;
  unit_district_id: string;
  unit_town_id: string | null;
  unit_village_id: string | null;
  unit_created_at: Date;
}

/** Each role's permission list and label, worked out once as a hand-written server would. */
const PERMISSION_LISTS = new Map(
  (Object.keys(ROLE_PERMISSIONS) as Role[]).map((role) => [role, [...new Set(ROLE_PERMISSIONS[role])]]),
);

/**
 * The same token check and caller loading as the product, written by hand: HS256 with a key object,
 * then the one statement that reads the account, its live grants and their units.
 */
export class BareAuth {
  private readonly key: KeyObject;

  constructor(
    private readonly pool: Pool,
    jwtSecret: string,
  ) {
    this.key = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
  }

  async caller(authorization: string | undefined): Promise<BareCaller | null> {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
    if (!token) return null;
    let userId: string;
    let tokenVersion: number;
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'village-credit' });
      if (typeof payload === 'string' || !payload.sub) throw new Error('malformed');
      userId = payload.sub;
      tokenVersion = typeof payload.tv === 'number' ? payload.tv : 0;
    } catch {
      throw unauthenticated('登录已失效，请重新登录');
    }
    const { rows } = await this.pool.query<ContextRow>('SELECT * FROM public.app_request_context($1, $2)', [
      userId,
      tokenVersion,
    ]);
    if (!rows.length || rows[0].refusal) throw unauthenticated('账号不存在或已停用，请重新登录');
    const grants: BareGrant[] = rows
      .filter((row) => row.role !== null && row.unit_id !== null)
      .map((row) => ({
        role: row.role as Role,
        roleLabel: ROLE_LABELS[row.role as Role],
        permissions: PERMISSION_LISTS.get(row.role as Role) ?? [],
        orgUnit: {
          id: row.unit_id as string,
          level: row.unit_level,
          code: row.unit_code,
          name: row.unit_name,
          parentId: row.unit_parent_id,
          districtId: row.unit_district_id,
          townId: row.unit_town_id,
          villageId: row.unit_village_id,
          createdAt: row.unit_created_at,
        },
      }));
    const [first] = rows;
    return {
      id: first.user_id,
      username: first.username,
      displayName: first.display_name,
      grants,
      scope: scopeOf(first.user_id, grants),
    };
  }
}

/** The caller, who must hold `permission` somewhere (at `target` or above it, when given). */
export function requirePermission(
  caller: BareCaller | null,
  permission: Permission,
  target?: { districtId: string; townId: string | null; villageId: string | null },
): BareCaller {
  if (!caller) throw unauthenticated('请先登录');
  const allowed = caller.grants.some(
    (g) => g.permissions.includes(permission) && (!target || covers(g.orgUnit, target)),
  );
  if (!allowed) throw new GraphQLError('没有执行此操作的权限', { extensions: { code: 'FORBIDDEN' } });
  return caller;
}

function covers(
  unit: BareUnit,
  target: { districtId: string; townId: string | null; villageId: string | null },
) {
  if (unit.level === 'DISTRICT') return target.districtId === unit.id;
  if (unit.level === 'TOWN') return target.townId === unit.id;
  return target.villageId === unit.id;
}

function scopeOf(userId: string, grants: readonly BareGrant[]): BareCaller['scope'] {
  const ids = (level: BareUnit['level']) => [
    ...new Set(grants.filter((g) => g.orgUnit.level === level).map((g) => g.orgUnit.id)),
  ];
  const ancestors = new Set<string>();
  for (const { orgUnit } of grants) {
    if (orgUnit.level !== 'DISTRICT') ancestors.add(orgUnit.districtId);
    if (orgUnit.level === 'VILLAGE' && orgUnit.townId) ancestors.add(orgUnit.townId);
  }
  const literal = (list: Iterable<string>) => `{${[...list].join(',')}}`;
  return [
    userId,
    '',
    literal(ids('DISTRICT')),
    literal(ids('TOWN')),
    literal(ids('VILLAGE')),
    literal(ancestors),
  ];
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}
