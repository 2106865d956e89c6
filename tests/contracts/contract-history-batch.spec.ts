import { countStatements, type StatementCounter } from '../support/statement-counter';
import { graphql } from '../support/generated';
import type { ContractHistoryBatchPageQuery } from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

/** Only the kinds: the page and the single contract must select the same history to compare. */
const PAGE = graphql(`
  query ContractHistoryBatchPage($v: ID!) {
    contracts(villageId: $v, limit: 100) {
      total
      items {
        id
        history {
          kind
        }
      }
    }
  }
`);
const ONE = graphql(`
  query ContractHistoryBatchOne($id: ID!) {
    contract(id: $id) {
      history {
        kind
      }
    }
  }
`);

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
    let page: ContractHistoryBatchPageQuery | null | undefined;
    const statements = await counter.during(async () => {
      const res = await t.gql(PAGE, { v: villageId }, token);
      expect(res.errors).toBeUndefined();
      page = res.data;
    });
    expect(page?.contracts.items.length).toBeGreaterThanOrEqual(30);
    expect(page?.contracts.items.every((c) => c.history.length > 0)).toBe(true);
    expect(statements.filter((sql) => /\bcontract_event\b/.test(sql))).toHaveLength(1);

    // The same histories as asking contract by contract.
    const [sample] = page?.contracts.items ?? [];
    const one = await t.gql(ONE, { id: sample.id }, token);
    expect(one.data?.contract.history).toEqual(sample.history);
  });
});
