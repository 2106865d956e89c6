import { Role, SubjectType as S } from '@village/platform-common';
import { OrgUnitEntity, TenantDb } from '@village/platform-tenancy';
import { seedDemoContracts } from '../../apps/api/src/demo/seed-demo-contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { arrangeVillage, orgUnits, systemContext } from '../support/arrange';
import { ContractPeople } from './contract-fixtures';

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
    const [n] = await t.db.adminQuery<{ n: string }>(
      `SELECT count(*) AS n FROM contract c JOIN org_unit v ON v.id = c.village_id WHERE v.name = '大泽头村'`,
    );
    expect(Number(n.n)).toBe(0); // no residents at seed time: nothing to contract
  });

  // The demo's contract seeding run on a village of the test's own in 宋村镇, as for 大泽头村.
  it('seedDemoContracts drafts, signs most and terminates one, from the residents that exist', async () => {
    const units = await orgUnits(t);
    const village = await arrangeVillage(t, units['宋村镇']);
    const people = new ContractPeople(t, village);
    for (let i = 1; i <= 8; i++) {
      const roles = i <= 3 ? [S.PARTY_MEMBER] : i === 4 ? [S.ELDER] : [];
      await people.resident(`村民${i}`, await people.household(`D-${i}`), roles);
    }
    const ctx = systemContext(units['文登区'], Role.DISTRICT_ADMIN);
    await t.app.get(TenantDb).run(ctx, async (tx) => {
      const unit = await tx.findOneByOrFail(OrgUnitEntity, { id: village.id });
      await seedDemoContracts(tx, unit, 2026);
    });
    const rows = await t.db.adminQuery<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM contract WHERE village_id = $1 GROUP BY status',
      [village.id],
    );
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(byStatus.DRAFT + byStatus.SIGNED + byStatus.TERMINATED).toBe(12); // 8 BLUE + 3 RED + 1 SILVER
    expect(byStatus.TERMINATED).toBe(1);
    expect(byStatus.SIGNED).toBeGreaterThan(byStatus.DRAFT);
  });
});
