import { countStatements, type StatementCounter } from '../support/statement-counter';
import { startTestApp, type TestApp } from '../support/test-app';

interface ContractsPage {
  contracts: { total: number; items: { id: string; history: { kind: string }[] }[] };
}

/** Relation fields resolve per request in one batch: a page of contracts asks for its history once. */
describe('contract history in a list', () => {
  let t: TestApp;
  let counter: StatementCounter;
  let token: string;
  let villageId: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('dazetou-admin');
    const [village] = await t.db.adminQuery<{ id: string }>(
      `SELECT id FROM org_unit WHERE name = '大泽头村'`,
    );
    villageId = village.id;
    counter = countStatements(t.app);
  });
  afterAll(async () => {
    counter.restore();
    await t.close();
  });

  it('reads the history of every contract on the page in one query', async () => {
    let page: ContractsPage | null | undefined;
    const statements = await counter.during(async () => {
      const res = await t.gql<ContractsPage>(
        'query($v: ID!) { contracts(villageId: $v, limit: 100) { total items { id history { kind } } } }',
        { v: villageId },
        token,
      );
      expect(res.errors).toBeUndefined();
      page = res.data;
    });
    expect(page?.contracts.items.length).toBeGreaterThanOrEqual(30);
    expect(page?.contracts.items.every((c) => c.history.length > 0)).toBe(true);
    expect(statements.filter((sql) => /\bcontract_event\b/.test(sql))).toHaveLength(1);

    // The same histories as asking contract by contract.
    const [sample] = page?.contracts.items ?? [];
    const one = await t.gql<{ contract: { history: { kind: string }[] } }>(
      'query($id: ID!) { contract(id: $id) { history { kind } } }',
      { id: sample.id },
      token,
    );
    expect(one.data?.contract.history).toEqual(sample.history);
  });
});
