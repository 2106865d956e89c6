import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  ADD_EVALUATION_ITEM as ADD,
  COPY_FRAMEWORK as COPY,
  CREATE_FRAMEWORK as CREATE,
  FRAMEWORK as ONE,
  FRAMEWORK_VERSION as VERSION,
  FRAMEWORKS as LIST,
  PUBLISH_FRAMEWORK as PUBLISH,
  UPDATE_EVALUATION_ITEM as UPDATE_ITEM,
  UPDATE_FRAMEWORK_RULES as RULES,
  WITHDRAW_EVALUATION_ITEM as WITHDRAW,
} from '../support/documents/rulebook';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import { asAppRole, itemInput, unitIds } from './rulebook-support';

describe('district scoring framework', () => {
  let t: TestApp;
  let units: Record<string, string>;
  let district: string;
  let songcun: string;
  let dazetou: string;

  beforeAll(async () => {
    t = await startTestApp();
    units = await unitIds(t);
    [district, songcun, dazetou] = [
      units['文登区'],
      await t.login('songcun-admin'),
      await t.login('dazetou-admin'),
    ];
    district = units['文登区'];
  });
  afterAll(() => t.close());

  async function draft(token: string, year: number) {
    return expectOk(await t.gql(CREATE, { input: { year, title: `${year} 年框架` } }, token)).createFramework;
  }

  it("the seeded demo-year framework is published with the article's 19+ positive and 37+ negative items", async () => {
    const res = await t.gql(LIST, { year: DEMO_YEAR }, dazetou);
    expect(res.data?.frameworks.total).toBe(1);
    const [framework] = expectOk(res).frameworks.items;
    expect(framework.status).toBe('PUBLISHED');
    const count = (d: string) => framework.items.filter((i) => i.direction === d).length;
    expect(count('POSITIVE')).toBeGreaterThanOrEqual(19);
    expect(count('NEGATIVE')).toBeGreaterThanOrEqual(37);
  });

  it('a draft starts with the default rules, is invisible below the district, and publishes only when valid', async () => {
    const admin = await t.login('wendeng-admin');
    const framework = await draft(admin, 2030);
    expect(framework).toMatchObject({ version: 1, status: 'DRAFT', maxAdjustmentPercent: 20 });
    expect(framework.rules).toEqual({
      creditBaseScore: 1000,
      roleDutyBaseScore: 100,
      partyMemberRoleDutyWeight: 70,
      partyMemberCreditWeight: 30,
      excellentMin: 90,
    });

    for (const token of [songcun, dazetou]) {
      expect((await t.gql(LIST, { year: 2030 }, token)).data?.frameworks.total).toBe(0);
      expect(errorCode(await t.gql(ONE, { id: framework.id }, token))).toBe('NOT_FOUND');
    }

    const empty = await t.gql(PUBLISH, { id: framework.id }, admin);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toContain('没有任何评价事项');

    const inverted = await t.gql(
      ADD,
      { input: { frameworkId: framework.id, item: itemInput('A1', { pointsMin: 5, pointsMax: 1 }) } },
      admin,
    );
    expect(errorCode(inverted)).toBe('BAD_USER_INPUT');
    const added = await t.gql(ADD, { input: { frameworkId: framework.id, item: itemInput('A1') } }, admin);
    expect(added.data?.addEvaluationItem.items.map((i) => i.code)).toEqual(['A1']);
    const duplicate = await t.gql(
      ADD,
      { input: { frameworkId: framework.id, item: itemInput('A1') } },
      admin,
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');

    const badWeights = await t.gql(
      RULES,
      { input: { frameworkId: framework.id, rules: { partyMemberCreditWeight: 40 } } },
      admin,
    );
    expect(badWeights.data?.updateFrameworkRules.rules.partyMemberCreditWeight).toBe(40);
    const refused = await t.gql(PUBLISH, { id: framework.id }, admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('partyMemberRoleDutyWeight');

    await t.gql(
      RULES,
      { input: { frameworkId: framework.id, rules: { partyMemberCreditWeight: 30, excellentMin: 70 } } },
      admin,
    );
    const thresholds = await t.gql(PUBLISH, { id: framework.id }, admin);
    expect(thresholds.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['excellentMin']);

    await t.gql(RULES, { input: { frameworkId: framework.id, rules: { excellentMin: 90 } } }, admin);
    const published = await t.gql(PUBLISH, { id: framework.id }, admin);
    expect(published.data?.publishFramework.status).toBe('PUBLISHED');

    const seen = await t.gql(ONE, { id: framework.id }, dazetou);
    expect(seen.data?.framework.items.map((i) => i.code)).toEqual(['A1']);
  });

  it('editing a published framework fails in the API and in the database', async () => {
    const admin = await t.login('wendeng-admin');
    const framework = await draft(admin, 2031);
    const added = await t.gql(ADD, { input: { frameworkId: framework.id, item: itemInput('B1') } }, admin);
    const itemId = expectOk(added).addEvaluationItem.items[0].id;
    await t.gql(PUBLISH, { id: framework.id }, admin);

    for (const send of [
      () => t.gql(UPDATE_ITEM, { input: { itemId, item: itemInput('B1', { pointsMax: 9 }) } }, admin),
      () => t.gql(WITHDRAW, { id: itemId }, admin),
      () => t.gql(ADD, { input: { frameworkId: framework.id, item: itemInput('B2') } }, admin),
      () => t.gql(RULES, { input: { frameworkId: framework.id, title: '改标题' } }, admin),
      () => t.gql(PUBLISH, { id: framework.id }, admin),
    ]) {
      const res = await send();
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toContain('区评分框架「2031 年框架」（2031 年第 1 版）已发布');
    }

    const scope = { districts: [district] };
    await expect(
      asAppRole(t, scope, 'UPDATE evaluation_item SET points_max = 9 WHERE id = $1', [itemId]),
    ).rejects.toThrow(/已发布/);
    await expect(
      asAppRole(t, scope, `UPDATE framework SET title = 'x' WHERE id = $1`, [framework.id]),
    ).rejects.toThrow(/已发布/);
    await expect(
      asAppRole(
        t,
        scope,
        `INSERT INTO evaluation_item (id, district_id, framework_id, code, name, category, direction, points_min, points_max, track, subject_types)
         VALUES (gen_random_uuid(), $1, $2, 'B9', 'x', 'DUTIES', 'POSITIVE', 1, 1, 'CREDIT', '{VILLAGER}')`,
        [district, framework.id],
      ),
    ).rejects.toThrow(/已发布/);
    const [row] = await t.db.adminQuery<{ points_max: string }>(
      'SELECT points_max FROM evaluation_item WHERE id = $1',
      [itemId],
    );
    expect(Number(row.points_max)).toBe(4);
  });

  it('amends by new versions and starts next year as a copy; withdrawn items are not copied', async () => {
    const admin = await t.login('wendeng-admin');
    const framework = await draft(admin, 2032);
    await t.gql(ADD, { input: { frameworkId: framework.id, item: itemInput('C1') } }, admin);
    const two = await t.gql(ADD, { input: { frameworkId: framework.id, item: itemInput('C2') } }, admin);
    const withdrawn = await t.gql(WITHDRAW, { id: expectOk(two).addEvaluationItem.items[1].id }, admin);
    expect(withdrawn.data?.withdrawEvaluationItem.items.map((i) => i.withdrawn)).toEqual([false, true]);
    await t.gql(PUBLISH, { id: framework.id }, admin);

    const v2 = expectOk(await t.gql(VERSION, { id: framework.id }, admin)).createFrameworkVersion;
    expect(v2).toMatchObject({ year: 2032, version: 2, status: 'DRAFT' });
    expect(v2.items.map((i) => i.code)).toEqual(['C1']);
    const next = expectOk(await t.gql(COPY, { id: framework.id, year: 2033 }, admin)).copyFrameworkToYear;
    expect(next).toMatchObject({ year: 2033, version: 1, status: 'DRAFT' });
    expect(errorCode(await t.gql(COPY, { id: framework.id, year: 1800 }, admin))).toBe('BAD_USER_INPUT');
  });

  it('only the district admin manages frameworks', async () => {
    const res = await t.gql(CREATE, { input: { year: 2034, title: 'x' } }, songcun);
    expect(errorCode(res)).toBe('FORBIDDEN');
    const other = await t.gql(
      CREATE,
      { input: { year: 2034, title: 'x', districtId: units['宋村镇'] } },
      await t.login('wendeng-admin'),
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
  });
});
