import { setTodayForTests } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { unitIds } from '../rulebook/rulebook-support';
import { graphql } from '../support/generated';
import { expectOk, startTestApp, type TestApp, DEMO_ACTIVITY_SEED_TIMEOUT_MS } from '../support/test-app';

const LAST = DEMO_YEAR - 1;
/** Seeded as of late November: every redemption, honour, case step and the payout plan have happened. */
const TODAY = `${DEMO_YEAR}-11-28`;

const RESIDENTS = graphql(`
  query DemoIncentivesResidents($v: ID!) {
    residents(villageId: $v, limit: 100) {
      items {
        id
        name
      }
    }
  }
`);
const SHOPS = graphql(`
  query DemoIncentivesShops {
    shops {
      id
      name
      kind
      townShop
      goods {
        name
        pricePoints
        valueYuan
        stock
        unlimited
        isService
        limitPerPerson
      }
    }
  }
`);
const SHOP_REDEMPTIONS = graphql(`
  query DemoIncentivesShopRedemptions($s: ID!) {
    shopRedemptions(shopId: $s) {
      goodsName
      status
      points
      onBehalf
      residentConfirmation
      pickupCode
    }
  }
`);
const MY_REDEMPTIONS = graphql(`
  query DemoIncentivesMyRedemptions {
    myRedemptions {
      shopId
      goodsName
      status
      pickupCode
      pickupBy
    }
  }
`);
const CONFIRM_PICKUP = graphql(`
  mutation DemoIncentivesConfirmPickup($input: ConfirmPickupInput!) {
    confirmPickup(input: $input) {
      status
      goodsName
    }
  }
`);
const RESIDENT_POINTS = graphql(`
  query DemoIncentivesResidentPoints($r: ID!) {
    residentPoints(residentId: $r) {
      balance
      movements {
        kind
        points
        occurredOn
      }
    }
  }
`);
const POINTS_CHAIN = graphql(`
  query DemoIncentivesPointsChain($v: ID!) {
    checkPointsChain(villageId: $v) {
      ok
      balancesMatch
      entries
    }
  }
`);
const NOMINATIONS = graphql(`
  query DemoIncentivesNominations($t: ID!, $year: Int!) {
    honourNominations(townId: $t, year: $year) {
      residentName
      honourName
      status
      decisionReason
    }
  }
`);
const CASES = graphql(`
  query DemoIncentivesCases($v: ID!, $year: Int!) {
    constraintCases(villageId: $v, year: $year) {
      id
      kind
      residentName
      outcome
      outcomeOn
      mentorResidentId
    }
  }
`);
const BY_ELECTIONS = graphql(`
  query DemoIncentivesByElections($v: ID!) {
    byElections(villageId: $v) {
      caseId
      status
      termEnd
    }
  }
`);
const VISITS = graphql(`
  query DemoIncentivesVisits($c: ID!) {
    mentoringVisits(caseId: $c) {
      visitedOn
      note
    }
  }
`);
const PERIODS = graphql(`
  query DemoIncentivesPeriods($v: ID!, $year: Int!) {
    scoringPeriods(villageId: $v, year: $year) {
      id
      kind
      number
    }
  }
`);
const NOTICE_ROLES = graphql(`
  query DemoIncentivesNoticeRoles($p: ID!) {
    publicNotice(periodId: $p) {
      tally {
        lines {
          residentName
          subjectTypes
        }
      }
    }
  }
`);
const PAYOUT_PLANS = graphql(`
  query DemoIncentivesPayoutPlans($v: ID!, $year: Int!) {
    payoutPlans(villageId: $v, year: $year) {
      title
      status
      periodKind
      periodNumber
      yuanPerPoint
      totalYuan
      votePresent
      voteFor
      votedOn
      paidOn
      lines {
        residentName
        basisPoints
        amountYuan
      }
    }
  }
`);

/**
 * How the demo's results are used (apps/api/src/demo/seed-demo-incentives.ts), as a newcomer finds it on
 * first start: the two shops and their goods, redemptions in every state, last year's honours published,
 * last year's constraint cases worked, and last year's fourth-quarter payout plan paid.
 */
describe('demo use of results', () => {
  let t: TestApp;
  let village: string;
  let town: string;
  let people: Map<string, string>;

  const person = (name: string) => people.get(name) as string;
  const shopNamed = async (name: string, token: string) => {
    const shops = expectOk(await t.gql(SHOPS, {}, token)).shops;
    return shops.find((s) => s.name === name) as (typeof shops)[number];
  };
  const redemptionsOf = async (shopId: string, token: string) =>
    expectOk(await t.gql(SHOP_REDEMPTIONS, { s: shopId }, token)).shopRedemptions;
  const countBy = (statuses: string[]) =>
    statuses.reduce<Record<string, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});

  beforeAll(async () => {
    setTodayForTests(TODAY);
    t = await startTestApp({ demoActivity: true });
    const units = await unitIds(t);
    village = units['大泽头村'];
    town = units['宋村镇'];
    const admin = await t.login('dazetou-admin');
    const rows = expectOk(await t.gql(RESIDENTS, { v: village }, admin)).residents.items;
    people = new Map(rows.map((r) => [r.name, r.id]));
  }, 180000);
  afterAll(() => t.close());

  it(
    'reports the steps it took and their time, a small part of the first start',
    () => {
      expect(t.demoSeed?.activity?.incentives.steps).toBe(41);
      expect(t.demoSeed?.activity?.incentives.ms).toBeLessThan(10_000);
    },
    DEMO_ACTIVITY_SEED_TIMEOUT_MS,
  );

  it('opens 大泽头村’s 信用超市 with daily goods and 宋村镇’s 农机服务中心 with services', async () => {
    const songcun = await t.login('songcun-admin');
    const shop = await shopNamed('大泽头村信用超市', songcun);
    expect(shop).toMatchObject({ kind: 'SUPERMARKET', townShop: false });
    const goods = new Map(shop.goods.map((g) => [g.name, g]));
    expect([...goods.keys()].sort()).toEqual(['大米', '毛巾', '洗衣粉', '食用油', '香皂'].sort());
    // Stock: what was received less what held redemptions took (the cancelled and expired gave it back).
    expect(goods.get('毛巾')).toMatchObject({ pricePoints: 3, valueYuan: 8, stock: 48, unlimited: false });
    expect(goods.get('食用油')).toMatchObject({ pricePoints: 20, valueYuan: 60, stock: 19 });
    expect(goods.get('洗衣粉')?.stock).toBe(38);

    const centre = await shopNamed('宋村镇农机服务中心', songcun);
    expect(centre).toMatchObject({ kind: 'SERVICE_CENTRE', townShop: true });
    expect(centre.goods.map((g) => g.name).sort()).toEqual(['旋耕服务', '植保飞防', '秸秆还田'].sort());
    for (const service of centre.goods) {
      expect(service).toMatchObject({ isService: true, unlimited: true });
      expect(service.limitPerPerson).toBeGreaterThan(0);
    }
    // Each clerk works the counter of their own shop.
    const clerk = await t.login('dazetou-clerk');
    expect(expectOk(await t.gql(SHOPS, {}, clerk)).shops.map((s) => s.name)).toEqual(['大泽头村信用超市']);
  });

  it('has redemptions picked up, cancelled, expired and one still waiting, some reserved by the clerk', async () => {
    const clerk = await t.login('dazetou-clerk');
    const shop = await shopNamed('大泽头村信用超市', clerk);
    const village = await redemptionsOf(shop.id, clerk);
    expect(countBy(village.map((r) => r.status))).toEqual({
      PICKED_UP: 4,
      CANCELLED: 1,
      EXPIRED: 1,
      RESERVED: 1,
    });
    const byClerk = village.filter((r) => r.onBehalf);
    expect(byClerk).toHaveLength(4);
    expect(byClerk.every((r) => Boolean(r.residentConfirmation))).toBe(true);

    const townClerk = await t.login('songcun-clerk');
    const centre = await shopNamed('宋村镇农机服务中心', townClerk);
    const services = await redemptionsOf(centre.id, townClerk);
    expect(services.map((r) => [r.goodsName, r.status, r.points]).sort()).toEqual(
      [
        ['旋耕服务', 'PICKED_UP', 10],
        ['植保飞防', 'PICKED_UP', 15],
      ].sort(),
    );
  });

  it('keeps each balance equal to its movements, and the village’s points chain intact', async () => {
    const admin = await t.login('dazetou-admin');
    const statement = expectOk(await t.gql(RESIDENT_POINTS, { r: person('李秀英') }, admin)).residentPoints;
    const sum = statement.movements.reduce((total, m) => total + m.points, 0);
    expect(Math.round(sum * 100) / 100).toBe(statement.balance);
    // Four quarters of 6.6 since New Year (last year's first three expired then), less 3 + 5 + 3 spent.
    expect(statement.balance).toBe(15.4);
    expect(statement.movements.filter((m) => m.kind === 'EXPIRE')).toHaveLength(3);
    // 宋立新: 31.2 credited, 20 for the oil, 10 for the ploughing.
    const song = expectOk(await t.gql(RESIDENT_POINTS, { r: person('宋立新') }, admin)).residentPoints;
    expect(song.balance).toBe(1.2);
    // 毕淑芳's expired reservation gave her points back.
    const bi = expectOk(await t.gql(RESIDENT_POINTS, { r: person('毕淑芳') }, admin)).residentPoints;
    expect(bi.movements.map((m) => m.kind)).toContain('RELEASE');
    expect(bi.balance).toBe(6.4);

    const auditor = await t.login('wendeng-auditor');
    const chain = expectOk(await t.gql(POINTS_CHAIN, { v: village }, auditor)).checkPointsChain;
    expect(chain).toMatchObject({ ok: true, balancesMatch: true });
    expect(chain.entries).toBeGreaterThan(40);
  });

  it('publishes 宋村镇’s honour list of last year, with one nomination refused for its reason', async () => {
    const songcun = await t.login('songcun-admin');
    const nominations = expectOk(
      await t.gql(NOMINATIONS, { t: town, year: LAST }, songcun),
    ).honourNominations;
    const published = nominations
      .filter((n) => n.status === 'PUBLISHED')
      .map((n) => `${n.honourName}:${n.residentName}`)
      .sort();
    expect(published).toEqual(
      ['优秀党员:张兆明', '优秀党员:于建国', '五星文明户:宋立新', '信用示范户:于海涛'].sort(),
    );
    expect(nominations.filter((n) => n.status === 'REJECTED')).toEqual([
      expect.objectContaining({
        residentName: '宋立新',
        honourName: '信用示范户',
        decisionReason: '已评为五星文明户，同一年度不重复表彰',
      }),
    ]);
    expect(nominations.every((n) => Boolean(n.decisionReason))).toBe(true);
  });

  it('ends 于翠萍’s seat after a failed rectification, opening a by-election; records 谷长青’s handling', async () => {
    const council = await t.login('dazetou-council');
    const cases = expectOk(await t.gql(CASES, { v: village, year: LAST }, council)).constraintCases;
    const caseOf = (kind: string, name: string) =>
      cases.find((c) => c.kind === kind && c.residentName === name);
    const rectification = caseOf('RECTIFICATION', '于翠萍');
    expect(rectification).toMatchObject({ outcome: 'SEAT_ENDED', outcomeOn: `${DEMO_YEAR}-04-20` });
    expect(caseOf('RECTIFICATION', '谷长青')?.outcome).toBe('RECTIFIED');
    expect(caseOf('PARTY_HANDLING', '谷长青')?.outcome).toBe('HANDLED');
    const elections = expectOk(await t.gql(BY_ELECTIONS, { v: village }, council)).byElections;
    expect(elections).toEqual([
      expect.objectContaining({ caseId: rectification?.id, status: 'OPEN', termEnd: '2028-12-31' }),
    ]);

    // The seat ended on 4-20, before this year's second quarter was tallied: its notice lists her as a
    // villager only (the steps run in calendar order with the replay, not after it).
    const periods = expectOk(await t.gql(PERIODS, { v: village, year: DEMO_YEAR }, council)).scoringPeriods;
    const quarter = (n: number) => periods.find((p) => p.kind === 'QUARTER' && p.number === n)?.id as string;
    const rolesIn = async (n: number) =>
      expectOk(await t.gql(NOTICE_ROLES, { p: quarter(n) }, council)).publicNotice.tally.lines?.find(
        (l) => l.residentName === '于翠萍',
      )?.subjectTypes;
    expect(await rolesIn(1)).toContain('REPRESENTATIVE');
    expect(await rolesIn(2)).not.toContain('REPRESENTATIVE');
  });

  it('gives every 1-star villager a mentor and one or two visits', async () => {
    const council = await t.login('dazetou-council');
    const cases = expectOk(await t.gql(CASES, { v: village, year: LAST }, council)).constraintCases;
    const mentoring = cases.filter((c) => c.kind === 'MENTORING');
    expect(mentoring.map((c) => c.residentName).sort()).toEqual(
      ['于成龙', '孙德海', '宋德福', '谷长青'].sort(),
    );
    const visits: Record<string, number> = {};
    for (const c of mentoring) {
      expect(c.mentorResidentId).toBeTruthy();
      expect(c.outcome).toBeNull(); // mentoring ends with next year's results
      visits[c.residentName] = expectOk(await t.gql(VISITS, { c: c.id }, council)).mentoringVisits.length;
    }
    expect(visits).toEqual({ 于成龙: 2, 孙德海: 1, 宋德福: 2, 谷长青: 1 });
    expect(people.get('张兆明')).toBe(mentoring.find((c) => c.residentName === '于成龙')?.mentorResidentId);
  });

  it('pays last year’s fourth quarter: drafted at 2 元 a point, voted, posted and paid', async () => {
    const council = await t.login('dazetou-council');
    const plans = expectOk(await t.gql(PAYOUT_PLANS, { v: village, year: LAST }, council)).payoutPlans;
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan).toMatchObject({
      title: `${LAST}年第4季度积分奖励发放方案`,
      status: 'PAID',
      periodKind: 'QUARTER',
      periodNumber: 4,
      yuanPerPoint: 2,
      totalYuan: 102,
      votePresent: 9,
      voteFor: 8,
      votedOn: `${DEMO_YEAR}-01-23`,
      paidOn: `${DEMO_YEAR}-02-06`,
    });
    // The fourth quarter's credit points: 宋立新's bravery and clean-up, 李秀英's square and clean-ups,
    // and the October and November volunteer activities' hours (demo-reporting.data.ts: 2 h = 1 point).
    expect(plan.lines.map((l) => [l.residentName, l.basisPoints, l.amountYuan])).toEqual([
      ['宋立新', 31.2, 62.4],
      ['李秀英', 6.6, 13.2],
      ['林茂盛', 3, 6],
      ['谷振宇', 2, 4],
      ['张静', 2, 4],
      ['毕淑芳', 1.2, 2.4],
      ['丛晓东', 1, 2],
      ['林建波', 1, 2],
      ['林晓梅', 1, 2],
      ['刘晓燕', 1, 2],
      ['宋佳琪', 1, 2],
    ]);
  });

  it('leaves 李秀英 a reservation whose code the clerk can confirm at the counter', async () => {
    const resident = await t.login('dazetou-resident');
    const mine = expectOk(await t.gql(MY_REDEMPTIONS, {}, resident)).myRedemptions;
    const waiting = mine.filter((r) => r.status === 'RESERVED');
    expect(waiting).toHaveLength(1);
    const [towel] = waiting;
    expect(towel).toMatchObject({ goodsName: '毛巾', pickupBy: `${DEMO_YEAR}-12-05` });
    const clerk = await t.login('dazetou-clerk');
    const picked = expectOk(
      await t.gql(
        CONFIRM_PICKUP,
        { input: { shopId: towel.shopId, pickupCode: towel.pickupCode, clientKey: 'demo-test-pickup' } },
        clerk,
      ),
    ).confirmPickup;
    expect(picked).toEqual({ status: 'PICKED_UP', goodsName: '毛巾' });
  });
});
