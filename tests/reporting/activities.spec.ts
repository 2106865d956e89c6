import { SubjectType as S } from '@village/platform-common';
import { FiguresRefreshService } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeDistrict,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  villageItem,
  type ArrangedResident,
  type ArrangedVillage,
} from '../support/arrange';

/**
 * Volunteer activities (issue 14 item 2): a check-in code works only during its activity and only for
 * residents of the village, once per person however often it is sent; the organiser registers those
 * without a phone; closing the activity proposes each participant's hours for review (no ledger
 * write); person-times reach the dashboard.
 */
const HOURLY = villageItem('VA1', '参加志愿服务（按小时计）', {
  perUnitPoints: 0.5,
  unitLabel: '小时',
  pointsMin: 0.5,
  pointsMax: 10,
});
const HOUR = 3_600_000;
const today = () => new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);

const CREATE = graphql(`
  mutation ActivityCreate($input: CreateActivityInput!) {
    createVolunteerActivity(input: $input) {
      id
      checkInCode
      status
    }
  }
`);
const CHECK_IN = graphql(`
  mutation ActivityCheckIn($code: String!) {
    checkInVolunteer(code: $code) {
      activityTitle
      hours
    }
  }
`);
const REGISTER = graphql(`
  mutation ActivityRegister($input: RegisterParticipantInput!) {
    registerVolunteer(input: $input) {
      residentName
      hours
    }
  }
`);
const CLOSE = graphql(`
  mutation ActivityClose($activityId: ID!) {
    closeVolunteerActivity(activityId: $activityId) {
      status
    }
  }
`);
const ACTIVITY = graphql(`
  query ActivityRead($id: ID!) {
    volunteerActivity(id: $id) {
      participants {
        residentName
        channel
        hours
        declarationId
      }
    }
  }
`);

describe('volunteer activities: check-in codes, organiser registration, hours proposed for review', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let neighbour: ArrangedResident;
  let elder: ArrangedResident;
  let stranger: ArrangedResident;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town]);
    t.setToday(`${DEMO_YEAR}-01-02`);
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HOURLY], open: false });
    const other = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HOURLY] });
    await arrangeOpenYear(t, village, DEMO_YEAR);
    neighbour = await arrangeResident(t, village, { name: '热心邻居', roles: [S.VILLAGER], login: true });
    elder = await arrangeResident(t, village, { name: '没有手机的老人', roles: [S.VILLAGER] });
    stranger = await arrangeResident(t, other, { name: '外村村民', roles: [S.VILLAGER], login: true });
    t.setToday(today());
  });
  afterAll(() => t.close());

  async function activity(startOffsetHours: number, endOffsetHours: number, title = '清理河道') {
    const now = Date.now();
    return expectOk(
      await t.gql(
        CREATE,
        {
          input: {
            villageId: village.id,
            title,
            organiser: '村妇联',
            place: '村东河道',
            description: '清理河道垃圾',
            startsAt: new Date(now + startOffsetHours * HOUR).toISOString(),
            endsAt: new Date(now + endOffsetHours * HOUR).toISOString(),
            defaultHours: 2,
            itemCode: 'VA1',
          },
        },
        village.admin.token,
      ),
    ).createVolunteerActivity;
  }

  it('checks in a resident of the village during the activity, once however often sent', async () => {
    const a = await activity(-1, 1);
    expect(a.checkInCode).toMatch(/^\d{6}$/);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(CHECK_IN, { code: a.checkInCode }, neighbour.user?.token)),
    );
    for (const answer of answers)
      expect(expectOk(answer).checkInVolunteer).toEqual({ activityTitle: '清理河道', hours: 2 });
    const people = expectOk(await t.gql(ACTIVITY, { id: a.id }, village.admin.token)).volunteerActivity
      .participants;
    expect(people.map((p) => p.residentName)).toEqual(['热心邻居']);
  });

  it('refuses the code outside the activity’s window and to a resident of another village', async () => {
    const over = await activity(-3, -2, '已结束的活动');
    const later = await activity(2, 3, '还没开始的活动');
    for (const a of [over, later]) {
      const refused = await t.gql(CHECK_IN, { code: a.checkInCode }, neighbour.user?.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toContain('签到时间为');
    }
    const open = await activity(-1, 1, '外村不能签到');
    const foreign = await t.gql(CHECK_IN, { code: open.checkInCode }, stranger.user?.token);
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0].message).toContain('签到码无效');
    const malformed = await t.gql(CHECK_IN, { code: '12ab' }, neighbour.user?.token);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('lets the organiser register the elder, then proposes everyone’s hours for review on closing', async () => {
    const a = await activity(-1, 1, '敬老院打扫');
    expectOk(await t.gql(CHECK_IN, { code: a.checkInCode }, neighbour.user?.token));
    expect(
      expectOk(
        await t.gql(
          REGISTER,
          { input: { activityId: a.id, residentId: elder.id, hours: 3 } },
          village.admin.token,
        ),
      ).registerVolunteer,
    ).toEqual({ residentName: '没有手机的老人', hours: 3 });
    const outsider = await t.gql(
      REGISTER,
      { input: { activityId: a.id, residentId: stranger.id, hours: 1 } },
      village.admin.token,
    );
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
    const [before] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM ledger_entry WHERE village_id = $1',
      [village.id],
    );
    expect(
      expectOk(await t.gql(CLOSE, { activityId: a.id }, village.admin.token)).closeVolunteerActivity.status,
    ).toBe('CLOSED');
    expect(errorCode(await t.gql(CLOSE, { activityId: a.id }, village.admin.token))).toBe('CONFLICT');
    const people = expectOk(await t.gql(ACTIVITY, { id: a.id }, village.admin.token)).volunteerActivity
      .participants;
    const declarations = await t.db.adminQuery<{ quantity: string; status: string; item_code: string }>(
      'SELECT quantity, status, item_code FROM declaration WHERE id = ANY($1::uuid[]) ORDER BY quantity',
      [people.map((p) => p.declarationId)],
    );
    expect(declarations.map((d) => [Number(d.quantity), d.status, d.item_code])).toEqual([
      [2, 'PENDING', 'VA1'],
      [3, 'PENDING', 'VA1'],
    ]);
    const [after] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM ledger_entry WHERE village_id = $1',
      [village.id],
    );
    expect(after.n).toBe(before.n);
    // Closed: the code no longer checks anyone in.
    expect(errorCode(await t.gql(CHECK_IN, { code: a.checkInCode }, neighbour.user?.token))).toBe(
      'BAD_USER_INPUT',
    );

    await t.app.get(FiguresRefreshService).refreshDistrict(village.unit.districtId);
    const [figure] = await t.db.adminQuery<{ value: string }>(
      `SELECT value FROM village_figure WHERE village_id = $1 AND year = $2 AND period_kind = 'YEAR' AND figure = 'volunteer_person_times'`,
      [village.id, Number(today().slice(0, 4))],
    );
    expect(Number(figure.value)).toBe(2);
  });
});
