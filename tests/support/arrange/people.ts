import { SubjectType } from '@village/platform-common';
import {
  Gender,
  idNumberCheckChar,
  ResidentService,
  ResidentStatus,
  type HouseholdRelation,
} from '@village/residents';
import {
  ADD_SUBJECT_ROLE,
  CREATE_GRID,
  CREATE_HOUSEHOLD,
  CREATE_RESIDENT_LOGIN,
} from '../documents/residents';
import { expectOk, type TestApp } from '../test-app';
import { signedIn, type ArrangedUser } from './accounts';
import { nextNumber, unique } from './unique';
import type { ArrangedVillage } from './village';

/**
 * Residents, households, grids and subject roles, written the way the village administrator would.
 * Residents go through ResidentService as a system context; the residents lib does not export its grid,
 * household, subject-role and login services, so those go through the API as the village's admin.
 */

export interface RoleSpec {
  type: SubjectType;
  startDate?: string;
  endDate?: string | null;
  probationary?: boolean;
  termEnd?: string | null;
  representedHouseholdIds?: string[];
}

export interface ResidentSpec {
  name?: string;
  gender?: Gender;
  birthDate?: string;
  /** Held since 2020-01-01 unless the spec says otherwise; none when empty. */
  roles?: (SubjectType | RoleSpec)[];
  householdId?: string | null;
  /** 与户主关系 in the household register (the head is set on the household). */
  relationToHead?: HouseholdRelation | null;
  gridId?: string | null;
  status?: ResidentStatus;
  /** A login for the resident (the RESIDENT role), signed in. */
  login?: boolean;
}

export interface ArrangedResident {
  id: string;
  name: string;
  roleIds: string[];
  /** Only with `login: true`. */
  user: ArrangedUser | null;
}

export const ROLES_SINCE = '2020-01-01';

/** A valid 居民身份证号 (region 371081) for a birth date; `order` odd for men, even for women. */
export function idNumberFor(birthDate: string, order: number): string {
  const first17 = `371081${birthDate.replace(/-/g, '')}${String(order % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

export async function arrangeResident(
  t: TestApp,
  village: ArrangedVillage,
  spec: ResidentSpec = {},
): Promise<ArrangedResident> {
  const gender = spec.gender ?? Gender.MALE;
  const birthDate = spec.birthDate ?? '1970-01-01';
  const order = nextNumber() * 2 + (gender === Gender.MALE ? 1 : 0);
  const residents = t.app.get(ResidentService);
  const { resident } = await residents.create(village.system, {
    villageId: village.id,
    name: spec.name ?? unique('村民'),
    gender,
    birthDate,
    idNumber: idNumberFor(birthDate, order),
    householdId: spec.householdId ?? null,
    relationToHead: spec.relationToHead ?? null,
    gridId: spec.gridId ?? null,
  });
  const roleIds: string[] = [];
  for (const role of spec.roles ?? []) {
    const { type, ...rest } = typeof role === 'string' ? { type: role } : role;
    const added = await t.gql(
      ADD_SUBJECT_ROLE,
      { input: { residentId: resident.id, subjectType: type, startDate: ROLES_SINCE, ...rest } },
      village.admin.token,
    );
    roleIds.push(expectOk(added).addSubjectRole.id);
  }
  if (spec.status && spec.status !== ResidentStatus.ACTIVE) {
    await residents.changeStatus(village.system, resident.id, spec.status, '测试安排');
  }
  return {
    id: resident.id,
    name: resident.name,
    roleIds,
    user: spec.login ? await arrangeResidentLogin(t, village, resident.id) : null,
  };
}

/** A login for a resident of the village, created by its admin, signed in. */
export async function arrangeResidentLogin(
  t: TestApp,
  village: ArrangedVillage,
  residentId: string,
): Promise<ArrangedUser> {
  const username = unique('resident-');
  // Meets the password policy (three classes, not containing the username).
  const password = 'Cunmin#2026';
  expectOk(
    await t.gql(CREATE_RESIDENT_LOGIN, { input: { residentId, username, password } }, village.admin.token),
  );
  return signedIn(t, username, password);
}

export async function arrangeGrid(
  t: TestApp,
  village: ArrangedVillage,
  spec: { code?: string; name?: string } = {},
): Promise<string> {
  const code = spec.code ?? unique('G');
  const created = await t.gql(
    CREATE_GRID,
    { input: { villageId: village.id, code, name: spec.name ?? `${code}网格` } },
    village.admin.token,
  );
  return expectOk(created).createGrid.id;
}

export async function arrangeHousehold(
  t: TestApp,
  village: ArrangedVillage,
  spec: { code?: string; gridId?: string | null; address?: string } = {},
): Promise<string> {
  const created = await t.gql(
    CREATE_HOUSEHOLD,
    {
      input: {
        villageId: village.id,
        code: spec.code ?? unique('H'),
        gridId: spec.gridId ?? null,
        address: spec.address,
      },
    },
    village.admin.token,
  );
  return expectOk(created).createHousehold.id;
}
