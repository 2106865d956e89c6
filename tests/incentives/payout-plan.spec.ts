import { Role, SubjectType as S } from '@village/platform-common';
import { payoutDigest, payoutLines } from '@village/incentives';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { graphql } from '../support/generated';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeApprovedAct,
  arrangeDistrict,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeRulebook,
  arrangeScoringVillage,
  arrangeTown,
  arrangeUser,
  townAdminOf,
  type ArrangedVillage,
  type OpenedPeriod,
  villageItem,
} from '../support/arrange';

/**
 * The fund's payout plan (资金发放方案, DOMAIN.md §10, issue 13 item 4): drafted by the credit council
 * from a final quarter's tally, voted by the meeting (⅔ present, majority of those present), posted
 * with its digest, paid; each step once, however many ask at the same time; other villages see nothing.
 */
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;
const HELPING = villageItem('PY1', '帮助邻里', { pointsMin: 1, pointsMax: 5 });

const DRAFT = graphql(`
  mutation PayoutDraft($input: DraftPayoutPlanInput!) {
    draftPayoutPlan(input: $input) {
      id
      status
      totalYuan
      lineCount
      digest
      tallyLines: lines {
        position
        residentId
        residentName
        basisPoints
        amountYuan
      }
    }
  }
`);
const VOTE = graphql(`
  mutation PayoutVote($input: RecordPayoutVoteInput!) {
    recordPayoutVote(input: $input) {
      id
      status
      votePresent
      voteFor
    }
  }
`);
const POST = graphql(`
  mutation PayoutPost($planId: ID!) {
    postPayoutPlan(planId: $planId) {
      id
      status
      postedAt
    }
  }
`);
const PAID = graphql(`
  mutation PayoutPaid($input: MarkPayoutPaidInput!) {
    markPayoutPaid(input: $input) {
      id
      status
      paidOn
    }
  }
`);
const PLANS = graphql(`
  query PayoutPlans($villageId: ID!) {
    payoutPlans(villageId: $villageId) {
      id
      status
      events {
        status
        note
      }
    }
  }
`);
const PLAN = graphql(`
  query PayoutPlan($id: ID!) {
    payoutPlan(id: $id) {
      id
      status
    }
  }
`);

const vote = (planId: string, present: number, inFavour: number) => ({
  input: {
    planId,
    votedOn: on('04-20'),
    expected: 30,
    present,
    inFavour,
    against: present - inFavour,
    abstained: 0,
  },
});

describe('payout plans: draft from the final tally, vote, post, pay', () => {
  let t: TestApp;
  let village: ArrangedVillage;
  let other: ArrangedVillage;
  let periods: OpenedPeriod[];
  const quarters: Record<number, string> = {};
  const residents: { id: string; name: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town]);
    t.setToday(on('01-05'));
    village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HELPING], open: false });
    other = await arrangeScoringVillage(t, town, DEMO_YEAR);
    periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    for (const [name, points] of [
      ['高分户', 5],
      ['中分户', 3],
      ['无分户', 0],
    ] as const) {
      const resident = await arrangeResident(t, village, { name, roles: [S.VILLAGER] });
      residents.push({ id: resident.id, name });
      if (points > 0) {
        t.setToday(on('02-15'));
        await arrangeApprovedAct(t, village, {
          residentId: resident.id,
          itemCode: 'PY1',
          actedOn: on('02-10'),
          points,
        });
      }
    }
    for (const n of [1, 2, 3]) quarters[n] = await arrangeFinalQuarter(t, village, periods, n);
  });
  afterAll(() => t.close());

  it('refuses a period that is not final, naming the field', async () => {
    const q4 = periods.find((p) => p.kind === 'QUARTER' && p.number === 4) as OpenedPeriod;
    const refused = await t.gql(
      DRAFT,
      { input: { periodId: q4.id, centsPerPoint: 100 } },
      village.council.token,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('尚未定案');
    const badRate = await t.gql(
      DRAFT,
      { input: { periodId: quarters[1], centsPerPoint: 0 } },
      village.council.token,
    );
    expect(errorCode(badRate)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badRate.errors)).toContain('centsPerPoint');
  });

  it('drafts once under parallel requests; lines and digest follow the tally; each step moves once', async () => {
    const drafts = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.gql(DRAFT, { input: { periodId: quarters[1], centsPerPoint: 150 } }, village.council.token),
      ),
    );
    const made = drafts.filter((d) => !d.errors);
    expect(made).toHaveLength(1);
    expect(drafts.filter((d) => errorCode(d) === 'CONFLICT')).toHaveLength(5);
    const plan = expectOk(made[0]).draftPayoutPlan;

    const basis = new Map(residents.map((r, i) => [r.id, [5, 3, 0][i]]));
    const top = plan.tallyLines.find((l) => l.residentName === '高分户');
    expect(plan.tallyLines.map((l) => l.residentName)).not.toContain('无分户');
    expect(top).toMatchObject({
      position: 1,
      basisPoints: basis.get(top?.residentId ?? ''),
      amountYuan: 7.5,
    });
    expect(plan).toMatchObject({ status: 'DRAFTED', lineCount: plan.tallyLines.length, totalYuan: 12 });
    // The digest is the documented canonical form of the lines (recomputed here from what the API shows).
    const lines = payoutLines(
      plan.tallyLines.map((l) => ({
        residentId: l.residentId,
        residentName: l.residentName,
        periodCreditPoints: l.basisPoints,
        vetoed: false,
      })),
      150,
    );
    const tallyId = (await t.db.adminQuery(`SELECT tally_id FROM payout_plan WHERE id = $1`, [plan.id]))[0]
      .tally_id as string;
    expect(
      payoutDigest({ villageId: village.id, periodId: quarters[1], tallyId, centsPerPoint: 150, lines }),
    ).toBe(plan.digest);

    // Posting before the vote is refused with the plan's status.
    const early = await t.gql(POST, { planId: plan.id }, village.council.token);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0].message).toContain('已起草，待会议表决');

    const votes = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(VOTE, vote(plan.id, 24, 20), village.council.token)),
    );
    expect(votes.filter((v) => !v.errors)).toHaveLength(1);
    expect(votes.filter((v) => errorCode(v) === 'CONFLICT')).toHaveLength(4);
    expect(expectOk(votes.find((v) => !v.errors) ?? votes[0]).recordPayoutVote.status).toBe('VOTED');

    const posts = await Promise.all(
      Array.from({ length: 4 }, () => t.gql(POST, { planId: plan.id }, village.admin.token)),
    );
    expect(posts.filter((p) => !p.errors)).toHaveLength(1);
    const paid = expectOk(
      await t.gql(PAID, { input: { planId: plan.id, paidOn: on('05-01') } }, village.admin.token),
    ).markPayoutPaid;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: on('05-01') });
    const again = await t.gql(PAID, { input: { planId: plan.id, paidOn: on('05-02') } }, village.admin.token);
    expect(errorCode(again)).toBe('CONFLICT');

    const listed = expectOk(await t.gql(PLANS, { villageId: village.id }, village.admin.token)).payoutPlans;
    const history = listed.find((p) => p.id === plan.id)?.events.map((e) => e.status);
    expect(history).toEqual(['DRAFTED', 'VOTED', 'POSTED', 'PAID']);
    // The database keeps what was drafted and voted, even from a direct UPDATE.
    await expect(
      t.db.adminQuery(`UPDATE payout_plan SET total_cents = 1 WHERE id = $1`, [plan.id]),
    ).rejects.toThrow(/payout_plan: status PAID cannot become PAID/);
    await expect(
      t.db.adminQuery(`UPDATE payout_plan_line SET amount_cents = 1 WHERE plan_id = $1`, [plan.id]),
    ).rejects.toThrow();
  });

  it('a vote without two thirds present rejects the plan, and the period may be drafted again', async () => {
    const first = expectOk(
      await t.gql(DRAFT, { input: { periodId: quarters[2], centsPerPoint: 100 } }, village.council.token),
    ).draftPayoutPlan;
    const rejected = expectOk(
      await t.gql(VOTE, vote(first.id, 19, 19), village.council.token),
    ).recordPayoutVote;
    expect(rejected).toMatchObject({ status: 'REJECTED', votePresent: 19, voteFor: 19 });
    const notPostable = await t.gql(POST, { planId: first.id }, village.council.token);
    expect(errorCode(notPostable)).toBe('CONFLICT');
    const tooMany = await t.gql(VOTE, vote(first.id, 31, 1), village.council.token);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    const second = expectOk(
      await t.gql(DRAFT, { input: { periodId: quarters[2], centsPerPoint: 80 } }, village.council.token),
    ).draftPayoutPlan;
    expect(second).toMatchObject({ status: 'DRAFTED' });
    expect(second.id).not.toBe(first.id);
    const overCount = await t.gql(
      VOTE,
      { input: { ...vote(second.id, 20, 15).input, against: 6 } },
      village.council.token,
    );
    expect(errorCode(overCount)).toBe('BAD_USER_INPUT');
    expect(overCount.errors?.[0].message).toContain('多于实到的 20 人');
  });

  it('another village cannot see or act on the plan, a town admin reads it, a resident may not draft', async () => {
    const planId = expectOk(
      await t.gql(DRAFT, { input: { periodId: quarters[3], centsPerPoint: 100 } }, village.council.token),
    ).draftPayoutPlan.id;
    const stranger = await t.gql(PLAN, { id: planId }, other.admin.token);
    expect(errorCode(stranger)).toBe('NOT_FOUND');
    const strangerPost = await t.gql(POST, { planId }, other.council.token);
    expect(errorCode(strangerPost)).toBe('NOT_FOUND');
    const strangerList = await t.gql(PLANS, { villageId: village.id }, other.admin.token);
    expect(errorCode(strangerList)).toBe('NOT_FOUND');
    const townAdmin = await townAdminOf(t, village.town);
    expect(expectOk(await t.gql(PLAN, { id: planId }, townAdmin.token)).payoutPlan.id).toBe(planId);
    const resident = await arrangeUser(t, village.unit, Role.RESIDENT);
    const byResident = await t.gql(
      DRAFT,
      { input: { periodId: quarters[1], centsPerPoint: 1 } },
      resident.token,
    );
    expect(errorCode(byResident)).toBe('FORBIDDEN');
  });
});
