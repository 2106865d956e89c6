import { startTestApp, type TestApp } from '../support/test-app';

type AuditRow = {
  operation: string;
  outcome: string;
  org_unit_id: string | null;
  detail: { previousName?: string; args?: unknown };
  xmin: string;
};

/** Each mutation field is one operation: its own audit facts, and one transaction with its audit row. */
describe('audit per operation', () => {
  let t: TestApp;
  let townId: string;
  let villageId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    token = await t.login('songcun-admin');
    const me = await t.gql<{ me: { roles: { orgUnit: { id: string } }[] } }>(
      '{ me { roles { orgUnit { id } } } }',
      {},
      token,
    );
    townId = me.data?.me.roles[0].orgUnit.id ?? '';
    const villages = await t.gql<{ villages: { items: { id: string }[] } }>(
      '{ villages(limit: 1) { items { id } } }',
      {},
      token,
    );
    villageId = villages.data?.villages.items[0].id ?? '';
  });
  afterAll(() => t.close());

  /** Audit rows written from now on: each test reads only what its own requests wrote. */
  const auditFromNow = async () => {
    const [{ now }] = await t.db.adminQuery<{ now: string }>('SELECT clock_timestamp()::text AS now');
    return (operations: string[]) =>
      t.db.adminQuery<AuditRow>(
        `SELECT operation, outcome, org_unit_id, detail, xmin::text AS xmin FROM audit_log
          WHERE operation = ANY($1) AND occurred_at > $2::timestamptz ORDER BY occurred_at, operation`,
        [operations, now],
      );
  };

  it('gives two mutations of one request each their own target and detail', async () => {
    const auditRows = await auditFromNow();
    const res = await t.gql(
      `mutation($id: ID!) {
         a: renameOrgUnit(input: { id: $id, name: "审计测试村" }) { id }
         b: markAllNotificationsRead
       }`,
      { id: villageId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const rows = await auditRows(['renameOrgUnit', 'markAllNotificationsRead']);
    const rename = rows.find((r) => r.operation === 'renameOrgUnit');
    const markRead = rows.find((r) => r.operation === 'markAllNotificationsRead');
    expect(rename).toMatchObject({ outcome: 'SUCCESS', org_unit_id: villageId });
    expect(rename?.detail.previousName).toEqual(expect.any(String));
    // Before, the second row carried the first one's unit and detail.
    expect(markRead).toMatchObject({ outcome: 'SUCCESS', org_unit_id: townId });
    expect(markRead?.detail).not.toHaveProperty('previousName');
  });

  it('commits the audit row in the same transaction as the work it records', async () => {
    const auditRows = await auditFromNow();
    const res = await t.gql(
      'mutation($id: ID!) { renameOrgUnit(input: { id: $id, name: "同一事务村" }) { id } }',
      { id: villageId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const [unit] = await t.db.adminQuery<{ xmin: string }>(
      'SELECT xmin::text AS xmin FROM org_unit WHERE id = $1',
      [villageId],
    );
    const rows = await auditRows(['renameOrgUnit']);
    // The same transaction id on both rows: they were written, and committed, together.
    expect(rows.at(-1)).toMatchObject({ outcome: 'SUCCESS', xmin: unit.xmin });
  });

  it('rolls the work back and records FAILURE on its own when the operation fails', async () => {
    const auditRows = await auditFromNow();
    const before = await t.db.adminQuery<{ name: string }>('SELECT name FROM org_unit WHERE id = $1', [
      villageId,
    ]);
    const res = await t.gql(
      'mutation($id: ID!) { renameOrgUnit(input: { id: $id, name: "" }) { id } }',
      { id: villageId },
      token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await t.db.adminQuery<{ name: string }>('SELECT name FROM org_unit WHERE id = $1', [
      villageId,
    ]);
    expect(after).toEqual(before);
    const rows = await auditRows(['renameOrgUnit']);
    expect(rows.at(-1)).toMatchObject({ outcome: 'FAILURE' });
  });
});
