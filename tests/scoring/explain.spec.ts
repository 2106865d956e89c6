import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DeclareActInput, RegisterActInput, ReviewDeclarationInput } from '../support/generated/graphql';
import {
  DECLARE_ACT as DECLARE,
  REGISTER_ACT as REGISTER,
  REVIEW_DECISION as REVIEW,
} from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { createHash } from 'node:crypto';
import { Role, SubjectType as S } from '@village/platform-common';
import { TenantDb, type OrgRef } from '@village/platform-tenancy';
import { Gender } from '@village/residents';
import { LedgerService, onePixelPng } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  arrangeVillage,
  orgUnits,
  systemContext,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

/** What both score queries read (a resident's own myScore, a cadre's residentScore); spread by name below. */
graphql(`
  fragment ResidentScoreFields on ResidentScore {
    residentId
    residentName
    villageId
    year
    quarter
    periodLabel
    from
    to
    quarterFrom
    tracks {
      track
      baseScore
      points
      quarterPoints
      score
      entryCount
    }
    entries {
      id
      seq
      kind
      track
      itemCode
      itemName
      itemPointsMin
      itemPointsMax
      points
      actedOn
      inQuarter
      quantity
      repeatMultiplier
      expiresOn
      reviewerName
      declarantName
      reason
      reversesEntryId
      reversed
      declarationId
      evidence {
        fileName
        contentType
        sizeBytes
        sha256
      }
    }
  }
`);

const RESIDENT_SCORE = graphql(`
  query ExplainResidentScore($id: ID!, $year: Int, $quarter: Int) {
    residentScore(residentId: $id, year: $year, quarter: $quarter) {
      ...ResidentScoreFields
    }
  }
`);
const MY_SCORE = graphql(`
  query ExplainMyScore($year: Int, $quarter: Int) {
    myScore(year: $year, quarter: $quarter) {
      ...ResidentScoreFields
    }
  }
`);

interface Track {
  track: string;
  baseScore: number;
  points: number;
  quarterPoints: number | null;
  score: number;
  entryCount: number;
}
interface Entry {
  id: string;
  kind: string;
  reversed: boolean;
  reversesEntryId: string | null;
  itemCode: string;
  itemName: string;
  points: number;
  actedOn: string;
  track: string;
  inQuarter: boolean;
  quantity: number | null;
  reviewerName: string | null;
  declarantName: string | null;
  reason: string | null;
  expiresOn: string | null;
  evidence: { fileName: string; contentType: string; sizeBytes: number; sha256: string }[];
}
interface Score {
  residentId: string;
  residentName: string;
  year: number;
  quarter: number | null;
  periodLabel: string;
  from: string;
  to: string;
  quarterFrom: string | null;
  tracks: Track[];
  entries: Entry[];
}

const PNG_BYTES = onePixelPng();
const photo = {
  fileName: '照料老人.png',
  contentType: 'image/png',
  contentBase64: PNG_BYTES.toString('base64'),
};
const PNG_SHA = createHash('sha256').update(PNG_BYTES).digest('hex');
const day = (month: number, d: number) =>
  `${DEMO_YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;
/** Sum in hundredths, as money is summed. */
const total = (entries: Entry[], track = 'CREDIT') =>
  entries.filter((e) => e.track === track).reduce((s, e) => s + Math.round(e.points * 100), 0) / 100;

describe('explainability: why is my score this (积分明细)', () => {
  let t: TestApp;
  let admin: string;
  let council: string;
  let resident: string;
  let houjiaan: string;
  let songcun: string;
  let self: { id: string; name: string };
  let partyMember: string;
  let creditBase: number;
  let roleDutyBase: number;
  let key = 0;
  const nextKey = () => `explain-${++key}`;

  async function ok<R, V>(document: TypedDocumentNode<R, V>, vars: V, token: string): Promise<R> {
    return expectOk(await t.gql(document, vars, token));
  }
  const declareAs = async (input: Omit<DeclareActInput, 'idempotencyKey'>, token: string) =>
    (await ok(DECLARE, { input: { idempotencyKey: nextKey(), ...input } }, token)).declareAct.id;
  const registerAs = async (input: Omit<RegisterActInput, 'idempotencyKey'>, token: string) =>
    (await ok(REGISTER, { input: { idempotencyKey: nextKey(), ...input } }, token)).registerAct.id;
  const scoreOf = async (id: string, token: string, vars: { quarter?: number } = {}) =>
    (await ok(RESIDENT_SCORE, { id, year: DEMO_YEAR, ...vars }, token)).residentScore as Score;

  let units: Record<string, OrgRef>;
  let story: ArrangedVillage;

  interface Story {
    village: ArrangedVillage;
    self: { id: string; name: string };
    resident: string;
    partyMember: string;
  }

  /**
   * A village of 宋村镇 and 李秀英's March there: volunteering approved, elderly care approved,
   * littering registered and approved, an over-claimed volunteering amended, and a rejected claim
   * (which must not count); a party member's role-duty entry; an April entry.
   */
  async function arrangeStory(): Promise<Story> {
    t.setToday(day(3, 20));
    const arranged = await arrangeScoringVillage(t, units['宋村镇'], DEMO_YEAR);
    const volunteerResident = await arrangeResident(t, arranged, {
      name: '李秀英',
      gender: Gender.FEMALE,
      roles: [S.VILLAGER, S.VOLUNTEER],
      login: true,
    });
    const tokens = {
      admin: arranged.admin.token,
      council: arranged.council.token,
      resident: (volunteerResident.user as ArrangedUser).token,
    };
    const member = await arrangeResident(t, arranged, {
      name: '于建国',
      roles: [S.VILLAGER, S.PARTY_MEMBER],
    });
    const declare = (input: Omit<DeclareActInput, 'idempotencyKey'>) => declareAs(input, tokens.resident);
    const register = (input: Omit<RegisterActInput, 'idempotencyKey'>) => registerAs(input, tokens.admin);
    const review = (input: ReviewDeclarationInput) => ok(REVIEW, { input }, tokens.council);

    const volunteer = await declare({ itemCode: 'P01', actedOn: day(3, 5), quantity: 4, evidence: [photo] });
    await review({ declarationId: volunteer, decision: 'APPROVE' });
    const care = await declare({ itemCode: 'P07', actedOn: day(3, 8), evidence: [photo] });
    await review({ declarationId: care, decision: 'APPROVE', points: 3 });
    const litter = await register({ residentId: volunteerResident.id, itemCode: 'N01', actedOn: day(3, 10) });
    await review({ declarationId: litter, decision: 'APPROVE', points: 1 });
    const overClaim = await declare({ itemCode: 'P01', actedOn: day(3, 12), quantity: 6, evidence: [photo] });
    await review({
      declarationId: overClaim,
      decision: 'AMEND',
      amendedQuantity: 2,
      reason: '签到表显示服务 2 小时',
    });
    const rejected = await declare({ itemCode: 'P03', actedOn: day(3, 15) });
    await review({ declarationId: rejected, decision: 'REJECT', reason: '无人证明' });
    await declare({ itemCode: 'P03', actedOn: day(3, 16) }); // still pending: not scored

    const meeting = await register({ residentId: member.id, itemCode: 'P04', actedOn: day(3, 18) });
    await review({ declarationId: meeting, decision: 'APPROVE', points: 1 });

    t.setToday(day(4, 10));
    const cleanup = await declare({ itemCode: 'P03', actedOn: day(4, 2) });
    await review({ declarationId: cleanup, decision: 'APPROVE', points: 1.2 });
    return {
      village: arranged,
      self: { id: volunteerResident.id, name: volunteerResident.name },
      resident: tokens.resident,
      partyMember: member.id,
    };
  }

  // The tests but the last only read the story, so they share one; the reversal arranges its own.
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false }); // the tests arrange their own villages and people
    units = await orgUnits(t);
    houjiaan = (await arrangeVillage(t, units['文登营镇'])).admin.token;
    songcun = (await arrangeUser(t, units['宋村镇'], Role.TOWN_ADMIN)).token;
    const [rules] = await t.db.adminQuery<{ credit: number; role: number }>(
      `SELECT (rules->>'creditBaseScore')::float AS credit, (rules->>'roleDutyBaseScore')::float AS role
         FROM framework WHERE year = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`,
      [DEMO_YEAR],
    );
    creditBase = rules.credit;
    roleDutyBase = rules.role;
    ({ village: story, self, resident, partyMember } = await arrangeStory());
    [admin, council] = [story.admin.token, story.council.token];
  });
  afterAll(() => t.close());

  it('the first quarter: base + every March entry, in act order, with item text, reviewer, evidence and expiry', async () => {
    const score = await scoreOf(self.id, resident, { quarter: 1 });
    expect(score).toMatchObject({
      residentId: self.id,
      residentName: self.name,
      year: DEMO_YEAR,
      quarter: 1,
      from: day(1, 1),
      to: day(3, 31),
      quarterFrom: day(1, 1),
    });
    expect(score.periodLabel).toContain('第一季度');
    // By hand: 0.5 × 4 hours + 3 (care) − 1 (litter) + 0.5 × 2 hours (amended) = 5.
    expect(score.tracks).toEqual([
      {
        track: 'CREDIT',
        baseScore: creditBase,
        points: 5,
        quarterPoints: 5,
        score: creditBase + 5,
        entryCount: 4,
      },
    ]);
    expect(score.tracks[0].points).toBe(total(score.entries));
    expect(score.entries.map((e) => [e.actedOn, e.itemCode, e.points])).toEqual([
      [day(3, 5), 'P01', 2],
      [day(3, 8), 'P07', 3],
      [day(3, 10), 'N01', -1],
      [day(3, 12), 'P01', 1],
    ]);
    const [volunteer, care, litter, amended] = score.entries;
    const evidence = [
      { fileName: '照料老人.png', contentType: 'image/png', sizeBytes: PNG_BYTES.length, sha256: PNG_SHA },
    ];
    expect(volunteer).toMatchObject({
      itemName: '参加志愿服务（按小时计）',
      quantity: 4,
      reviewerName: `${story.name}信用议事会`,
      declarantName: self.name,
      evidence,
      expiresOn: null,
      inQuarter: true,
    });
    expect(care).toMatchObject({ itemName: '帮扶照料孤寡、空巢老人', quantity: null, evidence });
    expect(litter).toMatchObject({
      itemName: '乱倒垃圾、乱泼污水',
      declarantName: `${story.name}管理员`,
      reviewerName: `${story.name}信用议事会`,
      expiresOn: day(6, 10),
      evidence: [],
    });
    expect(amended).toMatchObject({ quantity: 2, reason: '签到表显示服务 2 小时' });
  });

  it('the second quarter counts from 1 January and shows the quarter’s own points apart; the year likewise', async () => {
    const q2 = await scoreOf(self.id, resident, { quarter: 2 });
    expect(q2).toMatchObject({ from: day(1, 1), to: day(6, 30), quarterFrom: day(4, 1) });
    expect(q2.tracks[0]).toEqual({
      track: 'CREDIT',
      baseScore: creditBase,
      points: 6.2,
      quarterPoints: 1.2,
      score: creditBase + 6.2,
      entryCount: 5,
    });
    expect(q2.entries.filter((e) => e.inQuarter).map((e) => e.itemCode)).toEqual(['P03']);
    const year = await scoreOf(self.id, resident);
    expect(year).toMatchObject({ quarter: null, from: day(1, 1), to: day(12, 31), quarterFrom: null });
    expect(year.tracks[0]).toMatchObject({ points: 6.2, quarterPoints: null, score: creditBase + 6.2 });
    expect(year.tracks[0].points).toBe(total(year.entries));
  });

  it('myScore is the signed-in resident’s own, this year by default', async () => {
    const mine = (await ok(MY_SCORE, {}, resident)).myScore as Score;
    expect(mine).toMatchObject({ residentId: self.id, year: DEMO_YEAR, quarter: null });
    expect(mine.tracks[0].score).toBe(creditBase + 6.2);
    const admins = await t.gql(MY_SCORE, {}, admin);
    expect(errorCode(admins)).toBe('NOT_FOUND');
  });

  it('a party member’s role-duty track has its own base and entries', async () => {
    const score = await scoreOf(partyMember, council, { quarter: 1 });
    expect(score.tracks).toEqual([
      {
        track: 'CREDIT',
        baseScore: creditBase,
        points: 0,
        quarterPoints: 0,
        score: creditBase,
        entryCount: 0,
      },
      {
        track: 'ROLE_DUTY',
        baseScore: roleDutyBase,
        points: 1,
        quarterPoints: 1,
        score: roleDutyBase + 1,
        entryCount: 1,
      },
    ]);
    expect(score.entries).toMatchObject([
      { itemCode: 'P04', track: 'ROLE_DUTY', itemName: '按时参加“三会一课”' },
    ]);
  });

  it('cadres of the village and its town read it; another village’s admin and another resident are told it does not exist', async () => {
    expect((await scoreOf(self.id, council)).tracks[0].score).toBe(creditBase + 6.2);
    expect((await scoreOf(self.id, songcun)).entries).toHaveLength(5);
    const outsider = await t.gql(RESIDENT_SCORE, { id: self.id }, houjiaan);
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    expect(outsider.errors?.[0].message).toContain('找不到该村民，或您无权查看');
    const neighbour = await t.gql(RESIDENT_SCORE, { id: partyMember }, resident);
    expect(errorCode(neighbour)).toBe('NOT_FOUND');
    const unknown = await t.gql(RESIDENT_SCORE, { id: '00000000-0000-4000-8000-000000000000' }, council);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('refuses a quarter outside 1–4 and a year without an adopted list', async () => {
    const badQuarter = await t.gql(RESIDENT_SCORE, { id: self.id, quarter: 5 }, council);
    expect(errorCode(badQuarter)).toBe('BAD_USER_INPUT');
    expect(fieldOf(badQuarter)).toBe('quarter');
    const noList = await t.gql(RESIDENT_SCORE, { id: self.id, year: 2001 }, council);
    expect(errorCode(noList)).toBe('BAD_USER_INPUT');
    expect(fieldOf(noList)).toBe('year');
  });

  // Changes the totals, so on a story of its own. There is no GraphQL operation for reversals yet, so
  // the ledger service does it.
  it('a reversal is listed as a negative entry and the totals follow it', async () => {
    const own = await arrangeStory();
    const ownCouncil = own.village.council.token;
    const before = await scoreOf(own.self.id, ownCouncil);
    const care = before.entries.find((e) => e.itemCode === 'P07') as Entry;
    const ctx = systemContext(own.village.unit, Role.CREDIT_COUNCIL);
    const ledger = t.app.get(LedgerService);
    await t.app
      .get(TenantDb)
      .run(ctx, (tx) => ledger.reverse(tx, care.id, '经核实照料对象不属孤寡老人', 'explain-rev'));
    const after = await scoreOf(own.self.id, ownCouncil);
    expect(after.tracks[0]).toMatchObject({ points: 3.2, score: creditBase + 3.2, entryCount: 6 });
    expect(after.tracks[0].points).toBe(total(after.entries));
    expect(after.entries.find((e) => e.id === care.id)).toMatchObject({ reversed: true, points: 3 });
    expect(after.entries.find((e) => e.kind === 'REVERSAL')).toMatchObject({
      itemCode: 'P07',
      itemName: '帮扶照料孤寡、空巢老人',
      points: -3,
      actedOn: day(3, 8),
      reversesEntryId: care.id,
      reversed: false,
      reason: '经核实照料对象不属孤寡老人',
    });
  });
});
