import { OrgLevel, OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { seedDemoContracts } from '../../apps/api/src/demo/seed-demo-contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { loadUnits, PeopleFixture } from './contract-fixtures';

describe('demo contracts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // these suites arrange their own people
  });
  afterAll(() => t.close());

  it('the demo seed publishes five district templates and a 宋村镇 BLUE extension, and no contracts yet', async () => {
    const rows = await t.db.adminQuery<{ colour: string; town_id: string | null; status: string }>(
      'SELECT colour, town_id, status FROM contract_template ORDER BY colour',
    );
    expect(rows.filter((r) => r.town_id === null).map((r) => r.colour)).toEqual([
      'BLUE',
      'GREEN',
      'RED',
      'SILVER',
      'YELLOW',
    ]);
    expect(rows.filter((r) => r.town_id !== null).map((r) => r.colour)).toEqual(['BLUE']);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);
    const [n] = await t.db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM contract');
    expect(Number(n.n)).toBe(0); // no residents at seed time: nothing to contract
  });

  it('seedDemoContracts drafts, signs most and terminates one, from the residents that exist', async () => {
    const units = await loadUnits(t);
    const people = new PeopleFixture(t, units['大泽头村']);
    for (let i = 1; i <= 8; i++) {
      const home = await people.household(`D-${i}`);
      const resident = await people.resident(`村民${i}`, home);
      if (i <= 3) await people.role(resident, 'PARTY_MEMBER');
      if (i === 4) await people.role(resident, 'ELDER');
    }
    const village = await t.db.adminQuery<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [
      '大泽头村',
    ]);
    const district = units['文登区'];
    const ctx = RequestContext.system([
      {
        role: 'SYSTEM',
        permissions: new Set(),
        unit: {
          id: district.id,
          level: OrgLevel.DISTRICT,
          name: '文登区',
          districtId: district.id,
          townId: null,
          villageId: null,
        },
      },
    ]);
    await t.app.get(TenantDb).run(ctx, async (tx) => {
      const unit = await tx.findOneByOrFail(OrgUnitEntity, { id: village[0].id });
      await seedDemoContracts(tx, unit, 2026);
    });
    const rows = await t.db.adminQuery<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM contract GROUP BY status',
    );
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(byStatus.DRAFT + byStatus.SIGNED + byStatus.TERMINATED).toBe(12); // 8 BLUE + 3 RED + 1 SILVER
    expect(byStatus.TERMINATED).toBe(1);
    expect(byStatus.SIGNED).toBeGreaterThan(byStatus.DRAFT);
  });
});
