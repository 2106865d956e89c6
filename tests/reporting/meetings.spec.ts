import { SubjectType as S } from '@village/platform-common';
import { ItemDirection, ScoreTrack } from '@village/rulebook';
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
 * Meetings and attendance (issue 14 item 1): attendance proposes registrations for review through the
 * village's list items — only for absentees without an excuse (and attendances when an item is set) —
 * never ledger entries; three unexcused absences in a row from representative meetings open a
 * rectification case; the attendance rate reaches the dashboard.
 */
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const ABSENCE = villageItem('MT1', '无故缺席村民代表会议', {
  direction: ItemDirection.NEGATIVE,
  track: ScoreTrack.ROLE_DUTY,
  subjectTypes: [S.REPRESENTATIVE],
  pointsMin: 2,
  pointsMax: 2,
});

const CREATE = graphql(`
  mutation MeetingCreate($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      status
      expectedAttendees {
        residentId
        residentName
      }
    }
  }
`);
const RECORD = graphql(`
  mutation MeetingRecord($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      id
      status
      attendance {
        residentName
        status
        declarationId
      }
    }
  }
`);
const MEETING = graphql(`
  query MeetingRead($id: ID!) {
    meeting(id: $id) {
      id
    }
  }
`);
const RATES = graphql(`
  query MeetingRates($villageId: ID!, $year: Int!) {
    meetingAttendanceRates(villageId: $villageId, year: $year) {
      type
      quarter
      meetings
      expected
      present
      excused
      absent
      rate
    }
  }
`);
const DASHBOARD = graphql(`
  query MeetingDashboard($unitId: ID!, $year: Int!) {
    dashboard(unitId: $unitId, year: $year, periodKind: YEAR, periodNumber: 1) {
      rows {
        values {
          key
          value
        }
      }
    }
  }
`);

describe('meetings: attendance proposes registrations, repeated absence opens a case', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let reps: ArrangedResident[];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town]);
    t.setToday(on('01-05'));
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [ABSENCE], open: false });
    other = await arrangeScoringVillage(t, town, DEMO_YEAR);
    await arrangeOpenYear(t, village, DEMO_YEAR);
    reps = [];
    for (const name of ['代表甲', '代表乙', '代表丙']) {
      reps.push(await arrangeResident(t, village, { name, roles: [S.REPRESENTATIVE] }));
    }
    await arrangeResident(t, village, { name: '普通村民', roles: [S.VILLAGER] });
  });
  afterAll(() => t.close());

  const [present, excused, absent] = [0, 1, 2];

  async function meeting(heldOn: string) {
    t.setToday(heldOn);
    return expectOk(
      await t.gql(
        CREATE,
        {
          input: {
            villageId: village.id,
            type: 'REPRESENTATIVE',
            title: `村民代表会议 ${heldOn}`,
            heldOn,
            place: '村委会议室',
            agenda: '审议季度积分',
            absenceItemCode: 'MT1',
          },
        },
        village.admin.token,
      ),
    ).createMeeting;
  }

  const attendanceOf = (statuses: ('PRESENT' | 'EXCUSED' | 'ABSENT')[]) =>
    statuses.map((status, i) => ({
      residentId: reps[i].id,
      status,
      excuseReason: status === 'EXCUSED' ? '外出务工' : null,
    }));

  it('expects the representatives, refuses incomplete or unreasoned attendance, then proposes one registration', async () => {
    const m = await meeting(on('02-10'));
    expect(m.expectedAttendees.map((e) => e.residentName).sort()).toEqual(['代表丙', '代表乙', '代表甲']);
    const incomplete = await t.gql(
      RECORD,
      { input: { meetingId: m.id, minutes: '会议记录', attendance: attendanceOf(['PRESENT', 'PRESENT']) } },
      village.admin.token,
    );
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors?.[0].message).toContain('代表丙');
    const noReason = await t.gql(
      RECORD,
      {
        input: {
          meetingId: m.id,
          minutes: '会议记录',
          attendance: attendanceOf(['PRESENT', 'EXCUSED', 'ABSENT']).map((a) => ({
            ...a,
            excuseReason: null,
          })),
        },
      },
      village.admin.token,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noReason.errors)).toContain('excuseReason');

    const [before] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM ledger_entry WHERE village_id = $1',
      [village.id],
    );
    const recorded = expectOk(
      await t.gql(
        RECORD,
        {
          input: {
            meetingId: m.id,
            minutes: '审议通过',
            attendance: attendanceOf(['PRESENT', 'EXCUSED', 'ABSENT']),
          },
        },
        village.admin.token,
      ),
    ).recordMeeting;
    expect(recorded.status).toBe('HELD');
    const proposed = recorded.attendance.filter((a) => a.declarationId);
    expect(proposed.map((a) => a.residentName)).toEqual(['代表丙']);
    const [declaration] = await t.db.adminQuery<{
      status: string;
      item_code: string;
      channel: string;
      resident_id: string;
    }>('SELECT status, item_code, channel, resident_id FROM declaration WHERE id = $1', [
      proposed[0].declarationId,
    ]);
    expect(declaration).toEqual({
      status: 'PENDING',
      item_code: 'MT1',
      channel: 'REGISTERED',
      resident_id: reps[absent].id,
    });
    const [after] = await t.db.adminQuery<{ n: string }>(
      'SELECT count(*) AS n FROM ledger_entry WHERE village_id = $1',
      [village.id],
    );
    expect(after.n).toBe(before.n); // a proposal for review, not a ledger write

    const again = await t.gql(
      RECORD,
      {
        input: {
          meetingId: m.id,
          minutes: '再来一次',
          attendance: attendanceOf(['PRESENT', 'PRESENT', 'PRESENT']),
        },
      },
      village.admin.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    expect(present + excused).toBe(1);
  });

  it('opens a rectification case after three unexcused absences in a row, and not for an excused one', async () => {
    // 代表丙 absent three times in a row; 代表乙 absent, excused, absent.
    const rounds = [
      ['03-10', ['PRESENT', 'ABSENT', 'ABSENT']],
      ['04-10', ['PRESENT', 'EXCUSED', 'ABSENT']],
      ['04-20', ['PRESENT', 'ABSENT', 'ABSENT']],
    ] as const;
    for (const [day, statuses] of rounds) {
      const m = await meeting(on(day));
      expectOk(
        await t.gql(
          RECORD,
          {
            input: {
              meetingId: m.id,
              minutes: '会议记录',
              attendance: attendanceOf([...statuses]),
            },
          },
          village.admin.token,
        ),
      );
    }
    const cases = await t.db.adminQuery<{ resident_id: string; kind: string; basis: string }>(
      'SELECT resident_id, kind, basis FROM constraint_case WHERE village_id = $1',
      [village.id],
    );
    expect(cases).toEqual([
      {
        resident_id: reps[absent].id,
        kind: 'RECTIFICATION',
        basis: expect.stringContaining('连续 3 次无故缺席'),
      },
    ]);
  });

  it('keeps another village out, and puts the attendance rate on the dashboard', async () => {
    const m = await meeting(on('05-10'));
    expect(errorCode(await t.gql(MEETING, { id: m.id }, other.admin.token))).toBe('NOT_FOUND');
    const foreign = await t.gql(
      RECORD,
      {
        input: {
          meetingId: m.id,
          minutes: '越权',
          attendance: attendanceOf(['PRESENT', 'PRESENT', 'PRESENT']),
        },
      },
      other.admin.token,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    await t.app.get(FiguresRefreshService).refreshDistrict(village.unit.districtId);
    const rows = expectOk(
      await t.gql(DASHBOARD, { unitId: village.id, year: DEMO_YEAR }, village.admin.token),
    ).dashboard.rows;
    const [present_, expected] = (
      await t.db.adminQuery<{ p: string; e: string }>(
        `SELECT count(*) FILTER (WHERE status = 'PRESENT') AS p, count(*) AS e FROM meeting_attendance WHERE village_id = $1`,
        [village.id],
      )
    ).map((r) => [Number(r.p), Number(r.e)])[0];
    const rate = rows[0].values.find((v) => v.key === 'attendanceRate')?.value;
    expect(rate).toBe(Math.round((present_ / expected) * 10000) / 100);
  });

  it('gives the attendance rate per meeting type and quarter, equal to a count by hand', async () => {
    const m = await meeting(on('08-10'));
    expectOk(
      await t.gql(
        RECORD,
        {
          input: {
            meetingId: m.id,
            minutes: '审议',
            attendance: attendanceOf(['PRESENT', 'EXCUSED', 'PRESENT']),
          },
        },
        village.admin.token,
      ),
    );
    const rates = expectOk(
      await t.gql(RATES, { villageId: village.id, year: DEMO_YEAR }, village.admin.token),
    ).meetingAttendanceRates;
    const raw = await t.db.adminQuery<{
      meeting_type: string;
      held_on: string;
      status: string;
      meeting_id: string;
    }>(
      `SELECT meeting_type, to_char(held_on, 'YYYY-MM-DD') AS held_on, status, meeting_id FROM meeting_attendance WHERE village_id = $1`,
      [village.id],
    );
    const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
    const byHand = (quarter: number) => {
      const rows = raw.filter(
        (r) => r.meeting_type === 'REPRESENTATIVE' && (quarter === 0 || quarterOf(r.held_on) === quarter),
      );
      const present_ = rows.filter((r) => r.status === 'PRESENT').length;
      return {
        type: 'REPRESENTATIVE',
        quarter,
        meetings: new Set(rows.map((r) => r.meeting_id)).size,
        expected: rows.length,
        present: present_,
        excused: rows.filter((r) => r.status === 'EXCUSED').length,
        absent: rows.filter((r) => r.status === 'ABSENT').length,
        rate: Math.round((present_ / rows.length) * 10000) / 100,
      };
    };
    const quarters = [...new Set(raw.map((r) => quarterOf(r.held_on)))].sort();
    expect(rates).toEqual([byHand(0), ...quarters.map(byHand)]);
    expect(errorCode(await t.gql(RATES, { villageId: village.id, year: DEMO_YEAR }, other.admin.token))).toBe(
      'NOT_FOUND',
    );
  });
});
