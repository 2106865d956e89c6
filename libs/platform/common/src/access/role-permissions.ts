import { Permission as P } from './permission.enum';
import { Role } from './role.enum';

/**
 * The single table of who may do what. Row visibility is a separate matter, enforced by PostgreSQL
 * row-level security on the org unit where the role was granted.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly P[]> = {
  [Role.DISTRICT_ADMIN]: [
    P.SELF,
    P.ORG_READ,
    P.TOWN_CREATE,
    P.VILLAGE_CREATE,
    P.ORG_UPDATE,
    P.USER_READ,
    P.USER_MANAGE,
    P.AUDIT_READ,
    P.RULEBOOK_READ,
    P.FRAMEWORK_MANAGE,
    P.CONTRACT_TEMPLATE_MANAGE,
    P.RESIDENT_READ,
    P.CONTRACT_READ,
    P.GRID_READ,
  ],
  [Role.TOWN_ADMIN]: [
    P.SELF,
    P.ORG_READ,
    P.VILLAGE_CREATE,
    P.ORG_UPDATE,
    P.USER_READ,
    P.USER_MANAGE,
    P.AUDIT_READ,
    P.RULEBOOK_READ,
    P.MANUAL_MANAGE,
    P.SCORING_LIST_APPROVE,
    P.CONTRACT_TEMPLATE_MANAGE,
    P.RESIDENT_READ,
    P.CONTRACT_READ,
    P.GRID_READ,
  ],
  [Role.VILLAGE_ADMIN]: [
    P.SELF,
    P.ORG_READ,
    P.ORG_UPDATE,
    P.USER_READ,
    P.USER_MANAGE,
    P.RULEBOOK_READ,
    P.SCORING_LIST_MANAGE,
    P.RESIDENT_READ,
    P.RESIDENT_MANAGE,
    P.CONTRACT_READ,
    P.CONTRACT_MANAGE,
    P.GRID_READ,
    P.GRID_MANAGE,
  ],
  [Role.CREDIT_COUNCIL]: [
    P.SELF,
    P.ORG_READ,
    P.USER_READ,
    P.RULEBOOK_READ,
    P.RESIDENT_READ,
    P.CONTRACT_READ,
    P.GRID_READ,
  ],
  [Role.SCORER]: [P.SELF, P.ORG_READ, P.RULEBOOK_READ, P.RESIDENT_READ, P.GRID_READ],
  [Role.GRID_LEADER]: [P.SELF, P.ORG_READ, P.RULEBOOK_READ, P.RESIDENT_READ, P.GRID_READ],
  [Role.RESIDENT]: [P.SELF, P.ORG_READ, P.RULEBOOK_READ],
  [Role.AUDITOR]: [
    P.SELF,
    P.ORG_READ,
    P.USER_READ,
    P.AUDIT_READ,
    P.RULEBOOK_READ,
    P.RESIDENT_READ,
    P.CONTRACT_READ,
    P.GRID_READ,
  ],
};

export function permissionsOf(role: Role): ReadonlySet<P> {
  return new Set(ROLE_PERMISSIONS[role]);
}
