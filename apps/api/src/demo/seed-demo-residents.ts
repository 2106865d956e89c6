import { randomUUID } from 'node:crypto';
import { SubjectType } from '@village/platform-common';
import { UserEntity } from '@village/platform-auth';
import { villageTenant, type OrgUnitEntity, type TenantTx } from '@village/platform-tenancy';
import {
  Gender,
  GridEntity,
  HouseholdEntity,
  HouseholdRelation,
  idNumberCheckChar,
  maskIdNumber,
  ResidentEntity,
  ResidentStatus,
  ResidentStatusChangeEntity,
  SubjectRoleEntity,
  type PiiCipher,
} from '@village/residents';
import { DEMO_PEOPLE, DEMO_ROLE_DATES as D, type DemoResident } from './demo-residents.data';

const STATUS_REASONS: Record<'MOVED_OUT' | 'STUDENT', string> = {
  MOVED_OUT: '户口迁往文登区城区',
  STUDENT: '外出求学（大学在读）',
};

/**
 * Seeds grids, households, residents and their subject roles of the demo villages, inside the demo
 * seed's transaction. Grid leaders and household heads are set once the people exist.
 */
export async function seedDemoResidents(
  tx: TenantTx,
  units: Map<string, OrgUnitEntity>,
  cipher: PiiCipher,
): Promise<void> {
  let sequence = 0;
  for (const people of DEMO_PEOPLE) {
    const village = units.get(people.village);
    if (!village) throw new Error(`demo residents: no village named ${people.village}`);
    const tenant = villageTenant(village);
    const grids = new Map(people.grids.map((g) => [g.code, { id: randomUUID(), ...tenant, ...g }]));
    await tx.insert(
      GridEntity,
      [...grids.values()].map((g) => ({ ...g, leaderResidentId: null, createdBy: null })),
    );
    const households = people.households.map((h) => ({
      id: randomUUID(),
      ...tenant,
      code: h.code,
      address: h.address,
      gridId: grids.get(h.grid)?.id ?? null,
      headResidentId: null as string | null,
      createdBy: null,
    }));
    await tx.insert(HouseholdEntity, households);

    for (const [index, household] of people.households.entries()) {
      const row = households[index];
      for (const person of household.members) {
        sequence += 1;
        const residentId = randomUUID();
        const idNumber = demoIdNumber(person, sequence);
        await tx.insert(ResidentEntity, {
          id: residentId,
          ...tenant,
          name: person.name,
          gender: person.gender === '男' ? Gender.MALE : Gender.FEMALE,
          birthDate: person.birth,
          idNumberCipher: cipher.encrypt(idNumber),
          idNumberHash: cipher.hash(idNumber),
          idNumberMasked: maskIdNumber(idNumber),
          phone: `13${String(805310000 + sequence * 7919).slice(0, 9)}`,
          householdId: row.id,
          relationToHead: demoRelationToHead(person, household.members),
          gridId: row.gridId,
          status: (person.status as ResidentStatus | undefined) ?? ResidentStatus.ACTIVE,
          userId: person.login ? await userId(tx, person.login) : null,
          createdBy: null,
        });
        if (person.status) {
          await tx.insert(ResidentStatusChangeEntity, {
            id: randomUUID(),
            ...tenant,
            residentId,
            fromStatus: ResidentStatus.ACTIVE,
            toStatus: person.status as ResidentStatus,
            reason: STATUS_REASONS[person.status],
            changedBy: null,
          });
        }
        const next = households[(index + 1) % households.length];
        const roles = rolesOf(person, [row.id, next.id]).map((role) => ({
          id: randomUUID(),
          ...tenant,
          residentId,
          endDate: null,
          endReason: null,
          createdBy: null,
          ...role,
        }));
        await tx.insert(SubjectRoleEntity, roles);
        if (person.head) await tx.update(HouseholdEntity, { id: row.id }, { headResidentId: residentId });
        if (person.gridLeader)
          await tx.update(GridEntity, { id: row.gridId }, { leaderResidentId: residentId });
      }
    }
  }
}

/** Region 371081, the birth date, a sequence code odd for men and even for women, the check character. */
function demoIdNumber(person: DemoResident, sequence: number): string {
  const order = sequence * 2 + (person.gender === '男' ? 1 : 0);
  const first17 = `371081${person.birth.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function rolesOf(person: DemoResident, representedHouseholdIds: string[]) {
  const base = {
    probationary: false,
    termEnd: null as string | null,
    representedHouseholdIds: [] as string[],
  };
  const roles = [{ ...base, subjectType: SubjectType.VILLAGER, startDate: D.villagerSince }];
  for (const role of person.roles ?? []) {
    if (role === '党员')
      roles.push({ ...base, subjectType: SubjectType.PARTY_MEMBER, startDate: D.partySince });
    if (role === '预备党员') {
      roles.push({
        ...base,
        subjectType: SubjectType.PARTY_MEMBER,
        startDate: D.probationarySince,
        probationary: true,
      });
    }
    if (role === '村民代表') {
      roles.push({
        ...base,
        subjectType: SubjectType.REPRESENTATIVE,
        startDate: D.representativeSince,
        termEnd: D.representativeTermEnd,
        representedHouseholdIds,
      });
    }
    if (role === '志愿者')
      roles.push({ ...base, subjectType: SubjectType.VOLUNTEER, startDate: D.volunteerSince });
    if (role === '五老') roles.push({ ...base, subjectType: SubjectType.ELDER, startDate: D.elderSince });
  }
  return roles;
}

async function userId(tx: TenantTx, username: string): Promise<string> {
  const user = await tx.findOne(UserEntity, { where: { username } });
  if (!user) throw new Error(`demo residents: no demo user ${username}`);
  return user.id;
}

/**
 * 与户主关系 for a demo member, read from the invented people as a registrar would record them: the
 * head has none; someone of the other sex within 15 years of the head is the spouse; 18 or more years
 * younger a child, older a parent; anyone else "other".
 */
function demoRelationToHead(person: DemoResident, members: DemoResident[]): HouseholdRelation | null {
  const head = members.find((m) => m.head);
  if (!head || person === head) return null;
  const years = (Date.parse(person.birth) - Date.parse(head.birth)) / (365.25 * 86_400_000);
  if (Math.abs(years) < 15 && person.gender !== head.gender) return HouseholdRelation.SPOUSE;
  if (years >= 18) return HouseholdRelation.CHILD;
  if (years <= -18) return HouseholdRelation.PARENT;
  return HouseholdRelation.OTHER;
}
