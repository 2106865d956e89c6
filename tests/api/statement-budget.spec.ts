import {
  BENCH_QUERIES,
  BENCH_USERNAME,
  BENCH_VILLAGE_NAME,
  type BenchQuery,
} from '../../tools/bench/request-queries';
import { countStatements, type StatementCounter } from '../support/statement-counter';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Statements on the wire per request for the app's main queries (BEGIN and COMMIT count: each is a
 * round trip the request waits for). The budgets are what the request path achieves (tools/bench,
 * README figures); before, `me` took 7, `villages` 11 and `residents` 14. A change that adds a
 * statement to every request fails here first.
 */
const BUDGET: Record<BenchQuery['name'], number> = {
  // The whole request context (user, live role assignments, their units) in one statement.
  me: 1,
  // Context, then BEGIN, scope, the page (TypeORM counts a short first page itself), COMMIT.
  villages: 5,
  // Context, then BEGIN, scope, the village with the page, its total and its roles, COMMIT.
  residents: 5,
};

describe('SQL statements per request', () => {
  let t: TestApp;
  let counter: StatementCounter;
  let token: string;
  let villageId: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(BENCH_USERNAME);
    const [village] = await t.db.adminQuery<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [
      BENCH_VILLAGE_NAME,
    ]);
    villageId = village.id;
    counter = countStatements(t.app);
  });
  afterAll(async () => {
    counter.restore();
    await t.close();
  });

  const run = (q: BenchQuery) => t.gql(q.query, q.variables({ villageId }), token);

  it.each(BENCH_QUERIES.map((q) => [q.name, q] as const))(
    '%s stays within its budget and still answers',
    async (name, q) => {
      const first = await run(q); // warms the pool and the plans: counted below is the steady state
      expect(first.errors).toBeUndefined();
      let body: Awaited<ReturnType<typeof run>> = {};
      const statements = await counter.during(async () => {
        body = await run(q);
      });
      expect(body).toEqual(first);
      if (statements.length > BUDGET[name]) {
        throw new Error(
          `${name}: ${statements.length} statements, budget ${BUDGET[name]}:\n  ${statements.join('\n  ')}`,
        );
      }
    },
  );

  it('answers what the demo holds (so a budget is never met by answering less)', async () => {
    const [me, villages, residents] = await Promise.all(BENCH_QUERIES.map(run));
    expect(me.data?.me).toMatchObject({ username: BENCH_USERNAME, roles: [{ role: 'DISTRICT_ADMIN' }] });
    expect(villages.data?.villages.total).toBe(11);
    expect(villages.data?.villages.items).toHaveLength(11);
    const page = residents.data?.residents;
    expect(page.total).toBe(40);
    expect(page.items).toHaveLength(40);
    expect(page.items.filter((r: { household: unknown }) => r.household).length).toBeGreaterThan(30);
    expect(page.items.some((r: { subjectRoles: unknown[] }) => r.subjectRoles.length > 0)).toBe(true);
  });

  it('pages residents without a separate DISTINCT query for the page ids', async () => {
    const statements = await counter.during(() => run(BENCH_QUERIES[2]));
    expect(statements.filter((sql) => /SELECT DISTINCT/i.test(sql))).toEqual([]);
  });
});
