import { SubjectType } from '@village/platform-common';
import { ResidentStatus } from '@village/residents';
import { arrangeGrid, arrangeResident, type ArrangedVillage } from '../support/arrange';
import type { TestApp } from '../support/test-app';

export interface VillagePeople {
  villageId: string;
  gridIds: string[];
  /** Residents by a short test name (p1, p2 … are party members, r1 … representatives, v1 … villagers). */
  people: Record<string, string>;
}

export interface PeopleSpec {
  grids?: number;
  partyMembers?: number;
  representatives?: number;
  villagers?: number;
  movedOut?: number;
}

/**
 * Grids and residents of one village with their subject roles, through the builders. Residents are
 * named `<village name><short name>` and live in the first grid.
 */
export async function arrangeVillagePeople(
  t: TestApp,
  village: ArrangedVillage,
  spec: PeopleSpec = {},
): Promise<VillagePeople> {
  const gridIds: string[] = [];
  for (let i = 1; i <= (spec.grids ?? 1); i++)
    gridIds.push(await arrangeGrid(t, village, { name: `第${i}网格` }));
  const people: Record<string, string> = {};
  const add = async (name: string, roles: SubjectType[], status = ResidentStatus.ACTIVE) => {
    const resident = await arrangeResident(t, village, {
      name: `${village.name}${name}`,
      gridId: gridIds[0],
      roles,
      status,
    });
    people[name] = resident.id;
  };
  for (let i = 1; i <= (spec.partyMembers ?? 2); i++) await add(`p${i}`, [SubjectType.PARTY_MEMBER]);
  for (let i = 1; i <= (spec.representatives ?? 2); i++) await add(`r${i}`, [SubjectType.REPRESENTATIVE]);
  for (let i = 1; i <= (spec.villagers ?? 4); i++) await add(`v${i}`, [SubjectType.VILLAGER]);
  for (let i = 1; i <= (spec.movedOut ?? 1); i++) await add(`gone${i}`, [], ResidentStatus.MOVED_OUT);
  return { villageId: village.id, gridIds, people };
}
