import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  ADD_ITEM,
  arrangeRulebookDistrict,
  CREATE_FRAMEWORK,
  draftFramework,
  item,
  PUBLISH_FRAMEWORK,
  refusedFields,
  type RulebookDistrict,
} from './sanity-support';

/** A year of the suite's own: its frameworks are drafted in districts nobody else uses. */
const YEAR = 2041;

const DONATION = item('D01', {
  unitLabel: '元',
  pointsMin: 0.1,
  pointsMax: 10,
  amountBands: [
    { from: 1, to: 500, perUnit: 0.01 },
    { from: 500, to: null, points: 10 },
  ],
  roundingStep: 0.1,
  roundingMode: 'DOWN',
  capGroup: 'DONATE',
  capPerYear: 10,
  capMode: 'CLAMP',
});

describe('point rules are checked when a framework is published (issue 12)', () => {
  let t: TestApp;
  let where: RulebookDistrict;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    where = await arrangeRulebookDistrict(t);
  });

  it('publishes a band table, levels and a shared cap that agree', async () => {
    const id = await draftFramework(t, where.district, YEAR, [
      DONATION,
      item('D02', { ...DONATION, code: 'D02', amountBands: null, perUnitPoints: 0.01 }),
      item('L01', { direction: 'NEGATIVE', pointsMin: 10, pointsMax: 50, pointLevels: [10, 20, 40, 50] }),
    ]);
    const published = expectOk(await t.gql(PUBLISH_FRAMEWORK, { id }, where.district.admin.token));
    expect(published.publishFramework.status).toBe('PUBLISHED');
  });

  it('refuses overlapping bands, a band with two values, levels outside the range and a group whose caps differ', async () => {
    const id = await draftFramework(t, where.district, YEAR, [
      item('B01', {
        unitLabel: '元',
        pointsMin: 0.1,
        pointsMax: 10,
        amountBands: [
          { from: 1, to: 600, perUnit: 0.01 },
          { from: 500, to: null, points: 10, perUnit: 0.01 },
        ],
      }),
      item('L01', { pointsMin: 10, pointsMax: 40, pointLevels: [10, 50] }),
      DONATION,
      item('D02', { ...DONATION, code: 'D02', amountBands: null, perUnitPoints: 0.01, capPerYear: 20 }),
    ]);
    const refused = await t.gql(PUBLISH_FRAMEWORK, { id }, where.district.admin.token);
    expect(refusedFields(refused)).toEqual(['items.B01.points', 'items.L01.points', 'items.D02.capGroup']);
    const reasons = refused.errors?.[0].extensions?.fields?.flatMap((f) => f.reasons) ?? [];
    expect(reasons).toEqual([
      '事项「B01 测试事项 B01」：第 1 档（1 起）与下一档（500 起）重叠',
      '事项「B01 测试事项 B01」：第 2 档（500 起）须在固定分值和每单位分值中填且只填一项',
      '事项「L01 测试事项 L01」：档次 50 分不在分值范围 10–40 分内',
      '事项组 DONATE 中「D02」与「D01」的上限、超限处理、加减方向或积分类型不一致，同组事项须完全相同',
    ]);
  });

  it('refuses a milestone item whose thresholds do not ascend or that scores by the hour itself', async () => {
    const id = await draftFramework(t, where.district, YEAR, [
      item('H01', { unitLabel: '小时', pointsMin: 0.5, pointsMax: 10, perUnitPoints: 0.5 }),
      item('M01', {
        pointsMin: 2,
        pointsMax: 5,
        perUnitPoints: 1,
        unitLabel: '小时',
        milestoneSources: ['H01'],
        milestoneSpan: 'YEAR',
        milestones: [
          { threshold: 20, points: 3 },
          { threshold: 10, points: 2 },
        ],
      }),
      item('M02', {
        pointsMin: 2,
        pointsMax: 5,
        milestoneSources: ['H01'],
        milestones: [{ threshold: 10, points: 2 }],
      }),
    ]);
    const refused = await t.gql(PUBLISH_FRAMEWORK, { id }, where.district.admin.token);
    expect(refusedFields(refused)).toEqual(['items.M01.points', 'items.M02.points']);
    const reasons = refused.errors?.[0].extensions?.fields?.flatMap((f) => f.reasons) ?? [];
    expect(reasons).toEqual([
      '事项「M01 测试事项 M01」：累计奖励事项由系统按门槛计分，不再按单位、分档或档次计分',
      '事项「M01 测试事项 M01」：累计门槛须从小到大排列且不重复',
      '事项「M02 测试事项 M02」：累计奖励须同时填写累计事项、累计范围和门槛',
    ]);
  });

  it('refuses a rounding step outside the allowed ones while the item is entered, naming the field', async () => {
    const token = where.district.admin.token;
    const { id } = expectOk(
      await t.gql(
        CREATE_FRAMEWORK,
        { input: { year: YEAR, title: '取整', districtId: where.district.unit.id } },
        token,
      ),
    ).createFramework;
    const refused = await t.gql(
      ADD_ITEM,
      { input: { frameworkId: id, item: { ...DONATION, roundingStep: 0.3 } } },
      token,
    );
    expect(refusedFields(refused)).toEqual(['item.roundingStep']);
    expect(refused.errors?.[0].message).toContain('只能是 0.01、0.1、0.5 或 1');
  });
});
