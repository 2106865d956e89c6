import { errorCode, startTestApp, type TestApp } from '../support/test-app';

const RENAME_TWICE = `mutation($mine: ID!, $theirs: ID!) {
  ok: renameOrgUnit(input: { id: $mine, name: "大泽头村（新）" }) { id }
  refused: renameOrgUnit(input: { id: $theirs, name: "不该改" }) { id }
}`;

/**
 * The audit log's unit: one row per executed mutation field, with its own outcome, written before
 * the response; queries write nothing (the interceptor lets them through first thing).
 */
describe('mutation audit', () => {
  let t: TestApp;
  let villages: Record<string, string>;
  const auditRows = () =>
    t.db.adminQuery<{
      operation: string;
      outcome: string;
      error_code: string | null;
      detail: { args?: unknown };
    }>('SELECT operation, outcome, error_code, detail FROM audit_log ORDER BY occurred_at, id');

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const rows = await t.db.adminQuery<{ id: string; name: string }>(
      `SELECT id, name FROM org_unit WHERE level = 'VILLAGE'`,
    );
    villages = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => t.close());

  it('writes nothing for queries', async () => {
    const token = await t.login('dazetou-admin');
    const before = (await auditRows()).length;
    const res = await t.gql('{ me { username } villages(limit: 5) { total } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(await auditRows()).toHaveLength(before);
  });

  it('writes one row per mutation field of a request, each with its own outcome and arguments', async () => {
    const token = await t.login('dazetou-admin');
    const before = (await auditRows()).length;
    const res = await t.gql(
      RENAME_TWICE,
      { mine: villages['大泽头村'], theirs: villages['侯家庵村'] },
      token,
    );
    // The refused field is non-null, so `data` is null; the first rename still happened.
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const [renamed] = await t.db.adminQuery<{ name: string }>('SELECT name FROM org_unit WHERE id = $1', [
      villages['大泽头村'],
    ]);
    expect(renamed.name).toBe('大泽头村（新）');
    const rows = (await auditRows()).slice(before);
    expect(rows.map((r) => [r.operation, r.outcome, r.error_code]).sort()).toEqual([
      ['renameOrgUnit', 'FAILURE', 'NOT_FOUND'],
      ['renameOrgUnit', 'SUCCESS', null],
    ]);
    expect(rows.map((r) => r.detail.args)).toEqual(
      expect.arrayContaining([{ input: { id: villages['侯家庵村'], name: '不该改' } }]),
    );
  });

  it('writes a DENIED row for a mutation refused for its bad token, as anonymous', async () => {
    const before = (await auditRows()).length;
    const res = await t.gql(
      RENAME_TWICE,
      { mine: villages['大泽头村'], theirs: villages['侯家庵村'] },
      'forged',
    );
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    // The first field is refused and, being non-null, ends the operation: the second never runs.
    expect((await auditRows()).slice(before).map((r) => [r.operation, r.outcome, r.error_code])).toEqual([
      ['renameOrgUnit', 'DENIED', 'UNAUTHENTICATED'],
    ]);
  });
});
