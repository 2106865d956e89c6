import { graphql } from '../support/generated';
import type { AnswerObjectionInput, CycleTallyMutation } from '../support/generated/graphql';
import { addWorkingDays } from '@village/platform-common';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { Gender } from '@village/residents';
import { asAppRole } from '../rulebook/rulebook-support';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';
import { expectOk, Q, type Period } from './cycle-support';

const Y = DEMO_YEAR;
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

/** How far a test's quarter is taken before the test's own steps (each stage includes the ones before). */
const STAGES = [
  'scored',
  'tallied',
  'posted',
  'objected',
  'dismissed',
  'upheld',
  'corrected',
  'final',
] as const;
type Stage = (typeof STAGES)[number];

interface Person {
  id: string;
  name: string;
}

type Tally = CycleTallyMutation['tallyPeriod'];

const ONE_TALLY = graphql(`
  query QuarterlyNoticeOneTally($id: ID!) {
    scoreTally(id: $id) {
      id
    }
  }
`);
const SCORE = graphql(`
  query QuarterlyNoticeScore($r: ID!, $y: Int, $q: Int) {
    residentScore(residentId: $r, year: $y, quarter: $q) {
      postedVersion
      laterEntries
      tracks {
        track
        score
      }
      entries {
        itemCode
        points
      }
    }
  }
`);

/**
 * One quarter of a village through tally, public notice, objections and final, checked step by step.
 * Each test starts from a village of its own and arranges the quarter up to the stage it checks
 * (`arrangeQuarter`), so no test depends on another having run.
 */
describe('quarterly tally, public notice and objections', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let village: ArrangedVillage;
  let admin: string;
  let council: string;
  let resident: string;
  let outsider: string;
  let otherAdmin: string;
  let auditor: string;
  let q1: Period;
  let people: Person[];
  let villagers: Person[];
  let member: Person;
  let tally1: Tally;
  let entries: Record<string, string>;
  let objections: Record<string, string>;
  /** The line of a resident in a tally's (or notice's) lines; fails the test when there is none. */
  const lineOf = <L extends { residentId: string }>(
    lines: readonly L[] | null | undefined,
    residentId: string,
  ) => {
    const line = lines?.find((l) => l.residentId === residentId);
    if (!line) throw new Error(`no line for resident ${residentId}`);
    return line;
  };

  // The other village and the auditor are only ever refused or read, so they are arranged once.
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    units = await orgUnits(t);
    const otherVillage = await arrangeVillage(t, units['文登营镇']);
    otherAdmin = otherVillage.admin.token;
    outsider = ((await arrangeResident(t, otherVillage, { login: true })).user as ArrangedUser).token;
    auditor = (await arrangeUser(t, units['文登区'], Role.AUDITOR)).token;
  });

  afterAll(() => t.close());

  /**
   * A new village of 宋村镇 with 李秀英 (a volunteer with a login), three villagers and a party member,
   * its year opened on ${Y}-03-10, four acts approved in March; then, up to `upTo`, the quarter's steps
   * as the tests below check them one by one.
   */
  async function arrangeQuarter(upTo: Stage): Promise<void> {
    const reached = (stage: Stage) => STAGES.indexOf(stage) <= STAGES.indexOf(upTo);
    t.setToday(`${Y}-03-10`);
    village = await arrangeScoringVillage(t, units['宋村镇'], Y, { open: false });
    [admin, council] = [village.admin.token, village.council.token];
    const volunteer = await arrangeResident(t, village, {
      name: '李秀英',
      gender: Gender.FEMALE,
      roles: [S.VILLAGER, S.VOLUNTEER],
      login: true,
    });
    resident = (volunteer.user as ArrangedUser).token;
    villagers = [];
    for (const name of ['村民甲', '村民乙', '村民丙']) {
      villagers.push({ id: (await arrangeResident(t, village, { name, roles: [S.VILLAGER] })).id, name });
    }
    member = {
      id: (await arrangeResident(t, village, { name: '党员', roles: [S.VILLAGER, S.PARTY_MEMBER] })).id,
      name: '党员',
    };
    people = [{ id: volunteer.id, name: volunteer.name }, ...villagers, member];
    const periods = expectOk(await t.gql(Q.open, { v: village.id, y: Y }, admin)).openScoringYear;
    q1 = periods.find((p) => p.kind === 'QUARTER' && p.number === 1) as Period;
    const act = async (residentId: string, itemCode: string, actedOn: string, points?: number) =>
      (await arrangeApprovedAct(t, village, { residentId, itemCode, actedOn, points })).entryId;
    entries = {
      v0: await act(villagers[0].id, 'P03', `${Y}-03-02`),
      v0b: await act(villagers[0].id, 'V01', `${Y}-03-03`),
      v1: await act(villagers[1].id, 'N17', `${Y}-03-04`, -3),
      m: await act(member.id, 'P04', `${Y}-03-05`),
    };
    objections = {};
    if (!reached('tallied')) return;
    t.setToday(`${Y}-04-02`);
    tally1 = expectOk(await t.gql(Q.tally, { p: q1.id }, council)).tallyPeriod;
    if (!reached('posted')) return;
    expectOk(await t.gql(Q.publish, { p: q1.id }, council));
    if (!reached('objected')) return;
    const raise = async (residentId: string, reason: string) =>
      expectOk(
        await t.gql(
          Q.raise,
          { input: { tallyLineId: lineOf(tally1.lines, residentId).id, reason } },
          resident,
        ),
      ).raiseObjection.id;
    objections.upheld = await raise(villagers[0].id, '3 月 2 日的环境整治他没有参加');
    objections.dismissed = await raise(member.id, '三会一课他只来了一次');
    if (!reached('dismissed')) return;
    t.setToday(addWorkingDays(`${Y}-04-02`, 8)); // the answers are late
    const answer = (input: AnswerObjectionInput) => t.gql(Q.answer, { input }, council);
    expectOk(
      await answer({
        objectionId: objections.dismissed,
        decision: 'DISMISS',
        answer: '签到表显示三次均到会',
      }),
    );
    if (!reached('upheld')) return;
    expectOk(
      await answer({
        objectionId: objections.upheld,
        decision: 'UPHOLD',
        answer: '经核实当天未参加环境整治，冲正该条',
        reverseEntryIds: [entries.v0],
      }),
    );
    if (!reached('corrected')) return;
    expectOk(await t.gql(Q.tally, { p: q1.id, r: '信用议事会复核' }, council));
    if (!reached('final')) return;
    expectOk(await t.gql(Q.finalize, { p: q1.id }, council));
  }

  it('tallies a quarter only after it has ended', async () => {
    await arrangeQuarter('scored');
    const longReason = await t.gql(Q.tally, { p: q1.id, r: '说'.repeat(201) }, council);
    expect(fieldOf(longReason)).toBe('reason');
    const early = await t.gql(Q.tally, { p: q1.id }, council);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain(`${Y}-03-31`);
  });

  it('snapshots every active resident: base + points, key people ranked apart, hashed and anchored', async () => {
    await arrangeQuarter('scored');
    t.setToday(`${Y}-04-02`);
    const tallied = expectOk(await t.gql(Q.tally, { p: q1.id }, council)).tallyPeriod;
    tally1 = tallied;
    expect(tallied.version).toBe(1);
    expect(tallied.residentCount).toBe(people.length);
    expect(tallied.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [last] = await t.db.adminQuery<{ seq: string; entry_hash: string }>(
      'SELECT seq, entry_hash FROM ledger_entry WHERE village_id = $1 ORDER BY seq DESC LIMIT 1',
      [village.id],
    );
    expect(tallied.ledgerSeq).toBe(Number(last.seq));
    expect(tallied.ledgerAnchorHash).toBe(last.entry_hash);

    expect(lineOf(tallied.lines, villagers[0].id)).toMatchObject({
      creditScore: 1002.2, // P03 is 1 point in the framework, 1.2 in 宋村镇's manual; V01 1
      rankGroup: 'VILLAGER',
      rank: 1,
    });
    expect(lineOf(tallied.lines, villagers[1].id)).toMatchObject({ creditScore: 997, rankGroup: 'VILLAGER' });
    const lastVillager = Math.max(
      ...(tallied.lines ?? []).filter((l) => l.rankGroup === 'VILLAGER').map((l) => l.rank),
    );
    expect(lineOf(tallied.lines, villagers[1].id).rank).toBe(lastVillager);
    // Everyone else without entries shares rank 2 among villagers.
    expect(lineOf(tallied.lines, villagers[2].id).rank).toBe(2);
    expect(lineOf(tallied.lines, member.id)).toMatchObject({ roleDutyScore: 101, rankGroup: 'KEY', rank: 1 });
    expect(lineOf(tallied.lines, villagers[0].id).roleDutyScore).toBeNull();

    const statuses = await t.db.adminQuery<{ kind: string; number: number; status: string }>(
      `SELECT kind, number, status FROM scoring_period WHERE village_id = $1 AND year = $2
        AND (kind = 'QUARTER' OR (kind = 'MONTH' AND number <= 4)) ORDER BY kind, number`,
      [village.id, Y],
    );
    expect(statuses.map((s) => `${s.kind}${s.number}:${s.status}`)).toEqual([
      'MONTH1:CLOSED',
      'MONTH2:CLOSED',
      'MONTH3:CLOSED',
      'MONTH4:OPEN',
      'QUARTER1:TALLIED',
      'QUARTER2:OPEN',
      'QUARTER3:OPEN',
      'QUARTER4:OPEN',
    ]);
  });

  it('keeps an unposted tally from residents', async () => {
    await arrangeQuarter('tallied');
    expect(errorCode(await t.gql(Q.versions, { p: q1.id }, resident))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ONE_TALLY, { id: tally1.id }, resident))).toBe('NOT_FOUND');
    expect(expectOk(await t.gql(ONE_TALLY, { id: tally1.id }, admin)).scoreTally.id).toBe(tally1.id);
  });

  // On the app role's own connection on purpose: the database itself must refuse.
  it('keeps tallies immutable for the app role', async () => {
    await arrangeQuarter('tallied');
    const scope = { villages: [village.id] };
    await expect(
      asAppRole(t, scope, 'UPDATE score_tally_line SET credit_score = 2000 WHERE tally_id = $1', [tally1.id]),
    ).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, scope, 'DELETE FROM score_tally WHERE id = $1', [tally1.id])).rejects.toThrow(
      /permission denied/,
    );
  });

  it('posts the tally for the manual’s notice days and tells the village', async () => {
    await arrangeQuarter('tallied');
    const notice = expectOk(await t.gql(Q.publish, { p: q1.id }, council)).publishTally;
    expect(notice).toMatchObject({ startsOn: `${Y}-04-02`, endsOn: `${Y}-04-08`, open: true });
    expect(notice.periodLabel).toBe(`${Y} 年第 1 季度`);
    const inbox = expectOk(await t.gql(Q.inbox, {}, resident));
    expect(inbox.myNotifications.items.find((n) => n.kind === 'NOTICE_OPENED')?.body).toContain(`${Y}-04-08`);
    const seen = expectOk(await t.gql(Q.notice, { p: q1.id }, resident));
    expect(seen.publicNotice.tally.lines).toHaveLength(people.length);
    expect(errorCode(await t.gql(Q.notice, { p: q1.id }, outsider))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(Q.notice, { p: q1.id }, otherAdmin))).toBe('NOT_FOUND');
  });

  it('takes objections from residents of the village only, with a reason, and tracks the answer deadline', async () => {
    await arrangeQuarter('posted');
    const line = lineOf(tally1.lines, villagers[0].id);
    const fromOutside = await t.gql(
      Q.raise,
      { input: { tallyLineId: line.id, reason: '分数有误' } },
      outsider,
    );
    expect(errorCode(fromOutside)).toBe('NOT_FOUND');
    const noReason = await t.gql(Q.raise, { input: { tallyLineId: line.id, reason: '  ' } }, resident);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noReason)).toBe('reason');
    const first = expectOk(
      await t.gql(
        Q.raise,
        { input: { tallyLineId: line.id, reason: '3 月 2 日的环境整治他没有参加' } },
        resident,
      ),
    ).raiseObjection;
    expect(first).toMatchObject({ status: 'OPEN', raisedOn: `${Y}-04-02`, overdue: false });
    expect(first.answerDueOn).toBe(addWorkingDays(`${Y}-04-02`, 7));
    objections.upheld = first.id;
    const second = expectOk(
      await t.gql(
        Q.raise,
        { input: { tallyLineId: lineOf(tally1.lines, member.id).id, reason: '三会一课他只来了一次' } },
        resident,
      ),
    ).raiseObjection;
    objections.dismissed = second.id;
  });

  it('is not final while the window runs or an objection is open; overdue answers show', async () => {
    await arrangeQuarter('objected');
    expect(errorCode(await t.gql(Q.finalize, { p: q1.id }, council))).toBe('CONFLICT');
    t.setToday(`${Y}-04-09`);
    const late = await t.gql(
      Q.raise,
      { input: { tallyLineId: lineOf(tally1.lines, villagers[2].id).id, reason: '迟到的异议' } },
      resident,
    );
    expect(errorCode(late)).toBe('CONFLICT');
    const blocked = await t.gql(Q.finalize, { p: q1.id }, council);
    expect(errorCode(blocked)).toBe('CONFLICT');
    expect(blocked.errors?.[0]?.message).toContain('2 件异议未答复');
    t.setToday(addWorkingDays(`${Y}-04-02`, 8));
    const listed = expectOk(await t.gql(Q.objections, { p: q1.id }, council)).objections.items;
    expect(listed.every((o) => o.overdue)).toBe(true);
  });

  it('dismisses an objection only with a reason, once', async () => {
    await arrangeQuarter('objected');
    t.setToday(addWorkingDays(`${Y}-04-02`, 8)); // after the answer deadline
    const bare = await t.gql(
      Q.answer,
      { input: { objectionId: objections.dismissed, decision: 'DISMISS', answer: '' } },
      council,
    );
    expect(fieldOf(bare)).toBe('answer');
    const dismissed = expectOk(
      await t.gql(
        Q.answer,
        { input: { objectionId: objections.dismissed, decision: 'DISMISS', answer: '签到表显示三次均到会' } },
        council,
      ),
    ).answerObjection;
    expect(dismissed).toMatchObject({ status: 'DISMISSED', answeredLate: true, retallyId: null });
    const again = await t.gql(
      Q.answer,
      { input: { objectionId: objections.dismissed, decision: 'DISMISS', answer: '再答复' } },
      council,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    expect(
      errorCode(
        await t.gql(
          Q.answer,
          { input: { objectionId: objections.upheld, decision: 'DISMISS', answer: 'x' } },
          resident,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('upholds with a reversal: the quarter is re-tallied and re-posted, the first version still verifies', async () => {
    await arrangeQuarter('dismissed');
    const noCorrection = await t.gql(
      Q.answer,
      { input: { objectionId: objections.upheld, decision: 'UPHOLD', answer: '核实属实' } },
      council,
    );
    expect(fieldOf(noCorrection)).toBe('reverseEntryIds');
    const tooLong = await t.gql(
      Q.answer,
      {
        input: {
          objectionId: objections.upheld,
          decision: 'UPHOLD',
          answer: '核'.repeat(451),
          reverseEntryIds: [entries.v0],
        },
      },
      council,
    );
    expect(fieldOf(tooLong)).toBe('answer');
    const absurd = await t.gql(
      Q.answer,
      {
        input: {
          objectionId: objections.upheld,
          decision: 'UPHOLD',
          answer: '更正',
          adjustment: { track: 'CREDIT', points: 5000 },
        },
      },
      council,
    );
    expect(fieldOf(absurd)).toBe('adjustment.points');
    const upheld = expectOk(
      await t.gql(
        Q.answer,
        {
          input: {
            objectionId: objections.upheld,
            decision: 'UPHOLD',
            answer: '经核实当天未参加环境整治，冲正该条',
            reverseEntryIds: [entries.v0],
          },
        },
        council,
      ),
    ).answerObjection;
    expect(upheld.status).toBe('UPHELD');
    expect(upheld.correctionEntryIds).toHaveLength(1);
    const versions = expectOk(await t.gql(Q.versions, { p: q1.id }, council)).scoreTallies;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(upheld.retallyId).toBe(versions[0].id);
    const seenByResident = expectOk(await t.gql(Q.versions, { p: q1.id }, resident)).scoreTallies;
    expect(seenByResident.map((v) => v.version)).toEqual([2, 1]); // both were posted
    const current = expectOk(await t.gql(Q.notice, { p: q1.id }, resident)).publicNotice.tally;
    expect(current.id).toBe(versions[0].id);
    expect(lineOf(current.lines, villagers[0].id).creditScore).toBe(1001);

    for (const id of [tally1.id, versions[0].id]) {
      const check = expectOk(await t.gql(Q.verify, { id }, council)).verifyScoreTally;
      expect(check).toMatchObject({ valid: true, problems: [] });
    }
    const inbox = expectOk(await t.gql(Q.inbox, {}, resident));
    expect(
      inbox.myNotifications.items
        .filter((n) => n.kind === 'OBJECTION_ANSWERED')
        .map((n) => n.title)
        .sort(),
    ).toEqual(['异议不成立', '异议成立，公示已更正']);
  });

  it('posts a correction made during the notice again, in the same window', async () => {
    await arrangeQuarter('upheld');
    const again = expectOk(await t.gql(Q.tally, { p: q1.id, r: '信用议事会复核' }, council)).tallyPeriod;
    expect(again.version).toBe(3);
    const posted = expectOk(await t.gql(Q.notice, { p: q1.id }, resident)).publicNotice;
    expect(posted).toMatchObject({ endsOn: `${Y}-04-08`, tally: { id: again.id } });
  });

  it('becomes final once the window is over and every objection answered; then nothing changes it', async () => {
    await arrangeQuarter('corrected');
    const final = expectOk(await t.gql(Q.finalize, { p: q1.id }, council));
    expect(final.finalizePeriod.status).toBe('FINAL');
    expect(errorCode(await t.gql(Q.tally, { p: q1.id }, council))).toBe('CONFLICT');
  });

  it('explains a posted quarter as posted, and counts corrections recorded after it', async () => {
    await arrangeQuarter('final');
    // In the second quarter's notice an objection shows 3 月 4 日's penalty was wrong: it is reversed then.
    const q2 = (
      await t.db.adminQuery<{ id: string }>(
        `SELECT id FROM scoring_period WHERE village_id = $1 AND year = $2 AND kind = 'QUARTER' AND number = 2`,
        [village.id, Y],
      )
    )[0].id;
    t.setToday(`${Y}-07-01`);
    const lines = expectOk(await t.gql(Q.tally, { p: q2 }, council)).tallyPeriod.lines;
    expectOk(await t.gql(Q.publish, { p: q2 }, council));
    const objection = expectOk(
      await t.gql(
        Q.raise,
        { input: { tallyLineId: lineOf(lines, villagers[1].id).id, reason: '3 月 4 日并无违规' } },
        resident,
      ),
    ).raiseObjection;
    expectOk(
      await t.gql(
        Q.answer,
        {
          input: {
            objectionId: objection.id,
            decision: 'UPHOLD',
            answer: '经核实系误登，冲正',
            reverseEntryIds: [entries.v1],
          },
        },
        council,
      ),
    );
    const credit = (s: { tracks: { track: string; score: number }[] }) =>
      s.tracks.find((x) => x.track === 'CREDIT')?.score;
    const first = expectOk(await t.gql(SCORE, { r: villagers[1].id, y: Y, q: 1 }, council)).residentScore;
    expect(first).toMatchObject({ postedVersion: 3, laterEntries: 1 });
    expect(credit(first)).toBe(997); // as posted for the first quarter
    const second = expectOk(await t.gql(SCORE, { r: villagers[1].id, y: Y, q: 2 }, council)).residentScore;
    expect(second).toMatchObject({ postedVersion: 2, laterEntries: 0 });
    expect(credit(second)).toBe(1000); // the reversal counts from the second quarter on
    expect(second.entries.map((e) => e.points)).toEqual([-3, 3]);
  });

  // A superuser with the triggers off, on purpose: the only way left to alter history, which the
  // verification must expose.
  it('detects a posted line or a ledger row altered directly in the database', async () => {
    await arrangeQuarter('posted');
    await t.db.adminQuery('ALTER TABLE ledger_entry DISABLE TRIGGER USER');
    await t.db.adminQuery('UPDATE ledger_entry SET points = 9 WHERE id = $1', [entries.v1]);
    await t.db.adminQuery('ALTER TABLE ledger_entry ENABLE TRIGGER USER');
    const check = expectOk(await t.gql(Q.verify, { id: tally1.id }, auditor)).verifyScoreTally;
    expect(check).toMatchObject({
      valid: false,
      chainValid: false,
      sumsMatch: false,
      contentHashMatches: true,
    });

    await t.db.adminQuery('ALTER TABLE score_tally_line DISABLE TRIGGER USER');
    await t.db.adminQuery(
      'UPDATE score_tally_line SET credit_score = 1100 WHERE tally_id = $1 AND resident_id = $2',
      [tally1.id, villagers[2].id],
    );
    await t.db.adminQuery('ALTER TABLE score_tally_line ENABLE TRIGGER USER');
    const lines = expectOk(await t.gql(Q.verify, { id: tally1.id }, council)).verifyScoreTally;
    expect(lines.contentHashMatches).toBe(false);
    expect(errorCode(await t.gql(Q.verify, { id: tally1.id }, resident))).toBe('FORBIDDEN');
  });
});
