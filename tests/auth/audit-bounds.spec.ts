import { sign } from 'jsonwebtoken';
import { graphql } from '../support/generated';
import { TEST_JWT_SECRET } from '../support/test-env';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { AUDIT_LIMITS } from '../../libs/platform/auth/src/audit/audit-detail';
import { AUDIT_PAGE_MAX_BYTES } from '../../libs/platform/auth/src/audit/audit-query.service';

const DECLARE = graphql(`
  mutation DeclareWithNote($input: DeclareActInput!) {
    declareAct(input: $input) {
      id
    }
  }
`);

const RENAME = graphql(`
  mutation RenameForAudit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
    }
  }
`);

const AUDIT_PAGE = graphql(`
  query AuditPageBytes($limit: Int!, $operation: String) {
    auditLog(limit: $limit, operation: $operation) {
      total
      nextOffset
      items {
        detail
      }
    }
  }
`);

interface AuditRow {
  operation: string;
  outcome: string;
  error_code: string | null;
  bytes: number;
  detail: { args?: { input?: { note?: unknown; name?: unknown } }; token?: string };
}

/**
 * The audit trail of issue 9: no refused or hostile call leaves a gap, no row grows without bound,
 * and no page of the log can be used to fill the server's memory.
 */
describe('audit rows are complete and bounded', () => {
  let t: TestApp;
  let villageId: string;
  const rowsSince = async (count: number) =>
    (
      await t.db.adminQuery<AuditRow & Record<string, unknown>>(
        `SELECT operation, outcome, error_code, octet_length(detail::text) AS bytes, detail
           FROM audit_log ORDER BY occurred_at, id OFFSET $1`,
        [count],
      )
    ).map((r) => ({ ...r, bytes: Number(r.bytes) }));
  const auditCount = async () =>
    Number((await t.db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM audit_log'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: villageId }] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM org_unit WHERE name = '大泽头村'`,
    );
  });
  afterAll(() => t.close());

  it('keeps a refused 2 MB note as one audit row under the byte bound, with its length and hash', async () => {
    const token = await t.login('dazetou-resident');
    const before = await auditCount();
    const note = '这'.repeat(700_000); // 2.1 MB of UTF-8, under the 3 MB body limit
    const res = await t.gql(
      DECLARE,
      { input: { itemCode: 'A01', actedOn: '2026-06-01', idempotencyKey: 'big-note', note } },
      token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['note']);
    const rows = await rowsSince(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operation: 'declareAct',
      outcome: 'FAILURE',
      error_code: 'BAD_USER_INPUT',
    });
    expect(rows[0].bytes).toBeLessThanOrEqual(AUDIT_LIMITS.maxDetailBytes);
    expect(rows[0].detail.args?.input?.note).toMatchObject({
      length: note.length,
      sha256: expect.any(String),
    });
  });

  it.each([
    ['a NUL', '大泽头村\u0000'],
    ['a lone UTF-16 half', '大泽头村 \ud800'],
    ['a right-to-left override', '大泽\u202e头村'],
  ])('refuses a name with %s, changes nothing, and audits the refusal', async (_what, name) => {
    const token = await t.login('dazetou-admin');
    const before = await auditCount();
    const res = await t.gql(RENAME, { input: { id: villageId, name } }, token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['name']);
    const [village] = await t.db.adminQuery<{ name: string }>('SELECT name FROM org_unit WHERE id = $1', [
      villageId,
    ]);
    expect(village.name).toBe('大泽头村');
    const rows = await rowsSince(before);
    expect(rows.map((r) => [r.operation, r.outcome, r.error_code])).toEqual([
      ['renameOrgUnit', 'FAILURE', 'BAD_USER_INPUT'],
    ]);
  });

  it.each([
    [
      'forged (signed with another key)',
      () =>
        sign({ username: 'x' }, 'not-the-key-not-the-key-not-the-key', {
          subject: crypto.randomUUID(),
          issuer: 'village-credit',
          expiresIn: 600,
        }),
    ],
    [
      'expired',
      () =>
        sign({ username: 'x', exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, {
          subject: crypto.randomUUID(),
          issuer: 'village-credit',
        }),
    ],
    [
      'for no account',
      () =>
        sign({ username: 'x' }, TEST_JWT_SECRET, {
          subject: crypto.randomUUID(),
          issuer: 'village-credit',
          expiresIn: 600,
        }),
    ],
    ['garbage', () => 'not.a.token'],
  ])('audits a mutation sent with a %s token as DENIED', async (_what, token) => {
    const before = await auditCount();
    const res = await t.gql(RENAME, { input: { id: villageId, name: '改名' } }, token());
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    const rows = await rowsSince(before);
    expect(rows.map((r) => [r.operation, r.outcome, r.error_code])).toEqual([
      ['renameOrgUnit', 'DENIED', 'UNAUTHENTICATED'],
    ]);
  });

  it('cuts a page of the log by its bytes, and says where the next page starts', async () => {
    // Rows near the per-row bound, as a burst of long refused inputs leaves them (written directly:
    // the point is what a read does with them).
    await t.db.adminQuery(
      `INSERT INTO audit_log (id, operation, outcome, district_id, detail)
       SELECT gen_random_uuid(), 'bulkProbe', 'FAILURE', (SELECT district_id FROM org_unit WHERE id = $1),
              jsonb_build_object('pad', repeat('x', 15000))
         FROM generate_series(1, 60)`,
      [villageId],
    );
    const token = await t.login('wendeng-auditor');
    const page = expectOk(await t.gql(AUDIT_PAGE, { limit: 100, operation: 'bulkProbe' }, token)).auditLog;
    expect(page.total).toBe(60);
    const bytes = page.items.reduce((sum, item) => sum + Buffer.byteLength(item.detail), 0);
    expect(bytes).toBeLessThanOrEqual(AUDIT_PAGE_MAX_BYTES);
    expect(page.items.length).toBeLessThan(60);
    expect(page.nextOffset).toBe(page.items.length);
  });

  it('summarises a row written before the bound instead of loading it', async () => {
    await t.db.adminQuery(
      `INSERT INTO audit_log (id, operation, outcome, district_id, detail)
       VALUES (gen_random_uuid(), 'oldHugeRow', 'FAILURE', (SELECT district_id FROM org_unit WHERE id = $1),
               jsonb_build_object('note', repeat('x', 2400000)))`,
      [villageId],
    );
    const token = await t.login('wendeng-auditor');
    const page = expectOk(await t.gql(AUDIT_PAGE, { limit: 10, operation: 'oldHugeRow' }, token)).auditLog;
    expect(JSON.parse(page.items[0].detail)).toEqual({ cut: true, bytes: expect.any(Number) });
    expect(page.nextOffset).toBeNull();
  });
});
