import { Role } from './role.enum';

/**
 * The one table of who may give which role (grantRole, revokeRole, createStaffAccount), and whose
 * accounts one may look after (disable, reset a password, unlock): a role listed here, at a unit the
 * granter's own role covers (and at a level ROLE_LEVELS allows). Nobody gives a role of their own rank,
 * so an administrator cannot make a peer or take over one. AUDITOR is given from the district only:
 * the units it audits do not choose their auditor (三员分立). RESIDENT is listed so an administrator
 * can look after resident logins and give a cadre of one village the resident role where they live.
 */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  [Role.DISTRICT_ADMIN]: [
    Role.TOWN_ADMIN,
    Role.VILLAGE_ADMIN,
    Role.CREDIT_COUNCIL,
    Role.SCORER,
    Role.GRID_LEADER,
    Role.RESIDENT,
    Role.AUDITOR,
    Role.STORE_CLERK,
    Role.SUPERVISOR,
  ],
  [Role.TOWN_ADMIN]: [
    Role.VILLAGE_ADMIN,
    Role.CREDIT_COUNCIL,
    Role.SCORER,
    Role.GRID_LEADER,
    Role.RESIDENT,
    Role.STORE_CLERK,
    Role.SUPERVISOR,
  ],
  [Role.VILLAGE_ADMIN]: [
    Role.CREDIT_COUNCIL,
    Role.SCORER,
    Role.GRID_LEADER,
    Role.RESIDENT,
    Role.STORE_CLERK,
    Role.SUPERVISOR,
  ],
  [Role.CREDIT_COUNCIL]: [],
  [Role.SCORER]: [],
  [Role.GRID_LEADER]: [],
  [Role.RESIDENT]: [],
  [Role.AUDITOR]: [],
  [Role.STORE_CLERK]: [],
  [Role.SUPERVISOR]: [],
};

/**
 * Separation of duties (三员分立): roles one account may not hold together, in either direction. The
 * auditor reads what administrators did; an administrator who is also an auditor audits themself.
 */
const ADMIN_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.TOWN_ADMIN, Role.VILLAGE_ADMIN];

export const INCOMPATIBLE_ROLES: Record<Role, readonly Role[]> = {
  [Role.DISTRICT_ADMIN]: [Role.AUDITOR],
  [Role.TOWN_ADMIN]: [Role.AUDITOR],
  [Role.VILLAGE_ADMIN]: [Role.AUDITOR],
  [Role.CREDIT_COUNCIL]: [],
  [Role.SCORER]: [],
  [Role.GRID_LEADER]: [],
  [Role.RESIDENT]: [],
  [Role.AUDITOR]: ADMIN_ROLES,
  [Role.STORE_CLERK]: [],
  [Role.SUPERVISOR]: [],
};
