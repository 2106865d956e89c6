import { OrgLevel, type OrgRef } from '@village/platform-tenancy';
import type { TestApp } from '../test-app';

/**
 * The org units the demo seed created (the district, its towns and villages), by name. Read as the
 * admin because no application context sees the whole tree before it knows the district; nothing is
 * written here.
 */
export async function orgUnits(t: TestApp): Promise<Record<string, OrgRef>> {
  const rows = await t.db.adminQuery<{
    id: string;
    name: string;
    level: OrgLevel;
    district_id: string;
    town_id: string | null;
    village_id: string | null;
  }>('SELECT id, name, level, district_id, town_id, village_id FROM org_unit');
  return Object.fromEntries(
    rows.map((r) => [
      r.name,
      {
        id: r.id,
        name: r.name,
        level: r.level,
        districtId: r.district_id,
        townId: r.town_id,
        villageId: r.village_id,
      },
    ]),
  );
}
