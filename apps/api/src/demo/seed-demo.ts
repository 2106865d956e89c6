import { DEMO_YEAR } from './demo-year';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { hashPassword, RoleAssignmentEntity, UserEntity } from '@village/platform-auth';
import { OrgLevel, OrgUnitEntity, RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import { PiiCipher } from '@village/residents';
import { DEMO_DISTRICT, DEMO_TOWNS, DEMO_USERS } from './demo-org.data';
import { seedDemoResidents } from './seed-demo-residents';
import { seedDemoGrids } from './seed-demo-grids';
import { seedDemoRulebook } from './seed-demo-rulebook';
import { seedDemoContracts, seedDemoContractTemplates } from './seed-demo-contracts';
import { seedDemoNotifications } from './seed-demo-notifications';
import { seedDemoActivity, type DemoActivityResult } from './seed-demo-activity';

export interface DemoSeedResult {
  seeded: boolean;
  reason?: string;
  /** Set when the year of activity was replayed. */
  activity?: DemoActivityResult;
}

/**
 * Seeds the demo district on first start. It never touches a database that already holds an org
 * unit. The emptiness check runs on the admin connection (it must see past row-level security);
 * the inserts go through the app role under a system context scoped to the new district.
 */
export async function seedDemoData(
  adminUrl: string,
  db: TenantDb,
  options: {
    demoPassword: string;
    /** scrypt cost of the demo users' hashes (the server's setting; tests use a low one). */
    passwordHashCost: number;
    piiKey: string;
    /** false: only the org tree, users and rules — no residents, grids or contracts (tests arrange their own). */
    people?: boolean;
    /**
     * The app whose services replay the demo's year of activity (seed-demo-activity.ts) once the base
     * seed has committed; only with people. The server passes itself; test suites opt in, as it takes
     * seconds.
     */
    activity?: INestApplicationContext | null;
  },
): Promise<DemoSeedResult> {
  const emptiness = await checkEmpty(adminUrl);
  if (emptiness !== 'empty') return { seeded: false, reason: emptiness };

  const district = unit(OrgLevel.DISTRICT, DEMO_DISTRICT, null);
  const system = RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit: district }]);
  // One salt per account: equal passwords must not produce equal hashes.
  const hashes = await Promise.all(
    DEMO_USERS.map(() => hashPassword(options.demoPassword, options.passwordHashCost)),
  );

  const byName = new Map<string, OrgUnitEntity>([[district.name, district]]);
  await db.run(system, async (tx) => {
    const units = [district];
    for (const town of DEMO_TOWNS) {
      const townUnit = unit(OrgLevel.TOWN, town, district);
      units.push(townUnit);
      byName.set(town.name, townUnit);
      for (const village of town.villages) {
        const villageUnit = unit(OrgLevel.VILLAGE, village, townUnit);
        units.push(villageUnit);
        byName.set(village.name, villageUnit);
      }
    }
    await tx.insert(OrgUnitEntity, units);
    await seedDemoRulebook(tx, byName);
    await seedDemoContractTemplates(tx, units);
    await insertUsers(tx, byName, hashes);
    await seedDemoNotifications(tx, byName.get('大泽头村'));
    if (options.people === false) return;
    await seedDemoResidents(tx, byName, new PiiCipher(options.piiKey));
    await seedDemoGrids(tx, byName.get('大泽头村'));
    await seedDemoContracts(tx, byName.get('大泽头村'), DEMO_YEAR);
  });
  if (options.people === false || !options.activity) return { seeded: true };
  return { seeded: true, activity: await seedDemoActivity(options.activity, byName, system) };
}

async function insertUsers(tx: TenantTx, units: Map<string, OrgUnitEntity>, hashes: string[]) {
  for (const [index, demo] of DEMO_USERS.entries()) {
    const home = units.get(demo.unit);
    if (!home) throw new Error(`demo user ${demo.username}: no unit named ${demo.unit}`);
    const tenant = { districtId: home.districtId, townId: home.townId, villageId: home.villageId };
    const userId = randomUUID();
    await tx.insert(UserEntity, {
      id: userId,
      username: demo.username,
      displayName: demo.displayName,
      passwordHash: hashes[index],
      homeOrgUnitId: home.id,
      ...tenant,
    });
    await tx.insert(RoleAssignmentEntity, {
      id: randomUUID(),
      userId,
      role: demo.role,
      orgUnitId: home.id,
      ...tenant,
    });
  }
}

function unit(
  level: OrgLevel,
  fields: { code: string; name: string },
  parent: OrgUnitEntity | null,
): OrgUnitEntity {
  const id = randomUUID();
  return Object.assign(new OrgUnitEntity(), {
    id,
    level,
    code: fields.code,
    name: fields.name,
    parentId: parent?.id ?? null,
    districtId: parent?.districtId ?? id,
    townId: level === OrgLevel.TOWN ? id : (parent?.townId ?? null),
    villageId: level === OrgLevel.VILLAGE ? id : null,
    createdBy: null,
  });
}

async function checkEmpty(adminUrl: string): Promise<'empty' | string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows: role } = await client.query<{ sees_all: boolean }>(
      'SELECT rolsuper OR rolbypassrls AS sees_all FROM pg_roles WHERE rolname = current_user',
    );
    if (!role[0]?.sees_all) return '管理连接无法越过行级安全检查数据库是否为空，未写入演示数据';
    const { rows } = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM org_unit) AS any');
    return rows[0].any ? '数据库已有数据，未写入演示数据' : 'empty';
  } finally {
    await client.end();
  }
}
