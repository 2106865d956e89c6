import { Role } from './role.enum';

/** The org levels at which each role may be granted (a district admin is granted at a district, …). */
export const ROLE_LEVELS: Record<Role, readonly ('DISTRICT' | 'TOWN' | 'VILLAGE')[]> = {
  [Role.DISTRICT_ADMIN]: ['DISTRICT'],
  [Role.TOWN_ADMIN]: ['TOWN'],
  [Role.VILLAGE_ADMIN]: ['VILLAGE'],
  [Role.CREDIT_COUNCIL]: ['VILLAGE'],
  [Role.SCORER]: ['VILLAGE'],
  [Role.GRID_LEADER]: ['VILLAGE'],
  [Role.RESIDENT]: ['VILLAGE'],
  [Role.AUDITOR]: ['DISTRICT', 'TOWN'],
  [Role.STORE_CLERK]: ['TOWN', 'VILLAGE'],
  [Role.SUPERVISOR]: ['VILLAGE'],
};
