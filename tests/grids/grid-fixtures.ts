import { randomUUID } from 'node:crypto';
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

/** Arranges grids, residents and subject roles of one village as superuser, the way the residents lib stores them. */
export async function arrangeVillagePeople(
  t: TestApp,
  villageName: string,
  spec: PeopleSpec = {},
): Promise<VillagePeople> {
  const [village] = await t.db.adminQuery<{ id: string; district_id: string; town_id: string }>(
    'SELECT id, district_id, town_id FROM org_unit WHERE name = $1',
    [villageName],
  );
  const tenant = [village.district_id, village.town_id, village.id];
  const tag = randomUUID().slice(0, 8);
  const gridIds: string[] = [];
  for (let i = 1; i <= (spec.grids ?? 1); i++) {
    const id = randomUUID();
    gridIds.push(id);
    await t.db.adminQuery(
      'INSERT INTO grid (district_id, town_id, village_id, id, code, name) VALUES ($1, $2, $3, $4, $5, $6)',
      [...tenant, id, `G${tag}${i}`, `第${i}网格`],
    );
  }
  const people: Record<string, string> = {};
  const add = async (name: string, status = 'ACTIVE', role?: string) => {
    const id = randomUUID();
    people[name] = id;
    await t.db.adminQuery(
      `INSERT INTO resident (district_id, town_id, village_id, id, name, gender, birth_date,
         id_number_cipher, id_number_hash, id_number_masked, status, grid_id)
       VALUES ($1, $2, $3, $4, $5, 'MALE', '1970-01-01', 'x', $6, '371***', $7, $8)`,
      [...tenant, id, `${villageName}${name}`, `hash-${id}`, status, gridIds[0]],
    );
    if (role) {
      await t.db.adminQuery(
        `INSERT INTO subject_role (district_id, town_id, village_id, id, resident_id, subject_type, start_date)
         VALUES ($1, $2, $3, $4, $5, $6, '2020-01-01')`,
        [...tenant, randomUUID(), id, role],
      );
    }
  };
  for (let i = 1; i <= (spec.partyMembers ?? 2); i++) await add(`p${i}`, 'ACTIVE', 'PARTY_MEMBER');
  for (let i = 1; i <= (spec.representatives ?? 2); i++) await add(`r${i}`, 'ACTIVE', 'REPRESENTATIVE');
  for (let i = 1; i <= (spec.villagers ?? 4); i++) await add(`v${i}`, 'ACTIVE', 'VILLAGER');
  for (let i = 1; i <= (spec.movedOut ?? 1); i++) await add(`gone${i}`, 'MOVED_OUT');
  return { villageId: village.id, gridIds, people };
}
