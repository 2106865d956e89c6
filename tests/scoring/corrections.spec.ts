import { graphql } from '../support/generated';
import { addDays, Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { asAppRole } from '../rulebook/rulebook-support';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import { FINALIZE_PERIOD, PUBLISH_TALLY, TALLY_PERIOD } from '../support/documents/scoring';
import {
  arrangeApprovedAct,
  arrangeHousehold,
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
  type OpenedPeriod,
  arrangeOpenYear,
  arrangeVillage,
} from '../support/arrange';

const Y = DEMO_YEAR;
const fieldOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.[0]?.field;

const PROPOSE = graphql(`
  mutation CorrectionPropose($input: ProposeLedgerCorrectionInput!) {
    proposeLedgerCorrection(input: $input) {
      id
      status
      kind
      points
      periodId
    }
  }
`);
const CONFIRM = graphql(`
  mutation CorrectionConfirm($id: ID!) {
    confirmLedgerCorrection(id: $id) {
      id
      status
      correctionEntryIds
      retallyId
      decidedOn
    }
  }
`);
const REJECT = graphql(`
  mutation CorrectionReject($id: ID!, $reason: String!) {
    rejectLedgerCorrection(id: $id, reason: $reason) {
      id
      status
      rejectionReason
      correctionEntryIds
    }
  }
`);
const LIST = graphql(`
  query CorrectionList($v: ID!, $status: LedgerCorrectionStatus) {
    ledgerCorrections(villageId: $v, status: $status) {
      total
      items {
        id
        status
      }
    }
  }
`);

/**
 * Corrections outside the objection flow: proposed by one reviewer of the village, confirmed or rejected
 * by another (four eyes, recusal of the subject and their household), written to the ledger on
 * confirmation and re-tallied (and re-posted) when the quarter is tallied or under notice; final
 * quarters are never corrected.
 */
describe('ledger corrections (台账更正)', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let otherCouncil: string;
  let otherVillageId: string;

  // Each test gets a village of its own: a council and a scorer (the two reviewers), 村民甲 with a
  // login and a household, and one approved act of his in March (P03, 1.2 points in 宋村镇).
  let village: ArrangedVillage;
  let council: string;
  let scorer: ArrangedUser;
  let subject: { id: string; user: ArrangedUser; householdId: string };
  let entryId: string;
  let periods: OpenedPeriod[];
  const q1 = () => periods.find((p) => p.kind === 'QUARTER' && p.number === 1) as OpenedPeriod;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    units = await orgUnits(t);
    t.setToday(`${Y}-03-10`);
    const other = await arrangeVillage(t, units['文登营镇']);
    otherCouncil = other.council.token;
    otherVillageId = other.id;
  });

  afterAll(() => t.close());

  beforeEach(async () => {
    t.setToday(`${Y}-03-10`);
    village = await arrangeScoringVillage(t, units['宋村镇'], Y, { open: false });
    periods = await arrangeOpenYear(t, village, Y);
    council = village.council.token;
    scorer = await arrangeUser(t, village.unit, Role.SCORER);
    const householdId = await arrangeHousehold(t, village);
    const resident = await arrangeResident(t, village, {
      name: '村民甲',
      roles: [S.VILLAGER],
      householdId,
      login: true,
    });
    subject = { id: resident.id, user: resident.user as ArrangedUser, householdId };
    entryId = (
      await arrangeApprovedAct(t, village, { residentId: subject.id, itemCode: 'P03', actedOn: `${Y}-03-02` })
    ).entryId;
  });

  const propose = (token: string, input: { kind: string; points?: number | null; reason?: string }) =>
    t.gql(
      PROPOSE,
      { input: { entryId, reason: '登记时误将他人的参与记在其名下', ...input } as never },
      token,
    );
  const entriesOf = (residentId: string) =>
    t.db.adminQuery<{ kind: string; points: string; item_code: string; reverses_entry_id: string | null }>(
      'SELECT kind, points, item_code, reverses_entry_id FROM ledger_entry WHERE resident_id = $1 ORDER BY seq',
      [residentId],
    );
  const noticesTo = (userId: string) =>
    t.db.adminQuery<{ title: string; body: string }>(
      `SELECT title, body FROM notification WHERE recipient_user_id = $1 AND link_type = 'LEDGER_CORRECTION'`,
      [userId],
    );

  it('reverses an entry once a second reviewer confirms, and tells the resident', async () => {
    const proposed = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    expect(proposed).toMatchObject({ status: 'PROPOSED', kind: 'REVERSAL', points: null, periodId: q1().id });

    // Four eyes: the proposer cannot confirm; a resident has no review permission at all.
    expect(errorCode(await t.gql(CONFIRM, { id: proposed.id }, council))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CONFIRM, { id: proposed.id }, subject.user.token))).toBe('FORBIDDEN');
    expect(await entriesOf(subject.id)).toHaveLength(1);

    const confirmed = expectOk(
      await t.gql(CONFIRM, { id: proposed.id }, scorer.token),
    ).confirmLedgerCorrection;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', retallyId: null, decidedOn: `${Y}-03-10` });
    expect(confirmed.correctionEntryIds).toHaveLength(1);
    expect(await entriesOf(subject.id)).toEqual([
      expect.objectContaining({ kind: 'NORMAL', points: '1.20' }),
      { kind: 'REVERSAL', points: '-1.20', item_code: 'P03', reverses_entry_id: entryId },
    ]);
    const [told] = await noticesTo(subject.user.id);
    expect(told.body).toContain('冲正');
    expect(told.body).toContain('登记时误将他人的参与记在其名下');

    // Decided once; the reversed entry cannot be proposed again.
    expect(errorCode(await t.gql(CONFIRM, { id: proposed.id }, scorer.token))).toBe('CONFLICT');
    expect(errorCode(await propose(council, { kind: 'REVERSAL' }))).toBe('CONFLICT');
    const chain = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM ledger_entry WHERE village_id = $1',
      [village.id],
    );
    expect(chain[0].n).toBe(2);
  });

  it('refuses what makes no sense, naming the field', async () => {
    expect(fieldOf(await propose(council, { kind: 'REVERSAL', points: 1 }))).toBe('points');
    expect(fieldOf(await propose(council, { kind: 'ADJUSTMENT' }))).toBe('points');
    expect(fieldOf(await propose(council, { kind: 'ADJUSTMENT', points: 0.001 }))).toBe('points');
    expect(fieldOf(await propose(council, { kind: 'ADJUSTMENT', points: 5000 }))).toBe('points');
    expect(fieldOf(await propose(council, { kind: 'REVERSAL', reason: '  ' }))).toBe('reason');
    expect(errorCode(await propose(village.admin.token, { kind: 'REVERSAL' }))).toBe('FORBIDDEN');
    const first = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    // One open proposal per entry.
    expect(errorCode(await propose(scorer.token, { kind: 'ADJUSTMENT', points: -0.2 }))).toBe('CONFLICT');
    expect(fieldOf(await t.gql(REJECT, { id: first.id, reason: '' }, scorer.token))).toBe('reason');
  });

  it('keeps the subject and their household out of proposing and deciding', async () => {
    // A scorer who lives in 村民甲's household (the login linked to a member of it).
    const relative = await arrangeResident(t, village, {
      name: '村民甲之妻',
      householdId: subject.householdId,
    });
    const related = await arrangeUser(t, village.unit, Role.SCORER);
    await t.db.adminQuery('UPDATE resident SET user_id = $1 WHERE id = $2', [related.id, relative.id]);
    const relatedToken = related.token;
    expect(errorCode(await propose(relatedToken, { kind: 'REVERSAL' }))).toBe('FORBIDDEN');
    const proposed = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    const refused = await t.gql(CONFIRM, { id: proposed.id }, relatedToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('回避');
    expect(errorCode(await t.gql(REJECT, { id: proposed.id, reason: '不同意' }, relatedToken))).toBe(
      'FORBIDDEN',
    );
    expect(
      expectOk(await t.gql(CONFIRM, { id: proposed.id }, scorer.token)).confirmLedgerCorrection.status,
    ).toBe('CONFIRMED');
  });

  it('rejects with a reason and writes nothing to the ledger', async () => {
    const proposed = expectOk(
      await propose(scorer.token, { kind: 'ADJUSTMENT', points: -0.2 }),
    ).proposeLedgerCorrection;
    expect(errorCode(await t.gql(REJECT, { id: proposed.id, reason: '不同意' }, scorer.token))).toBe(
      'FORBIDDEN',
    );
    const rejected = expectOk(
      await t.gql(REJECT, { id: proposed.id, reason: '签到表显示他参加了' }, council),
    ).rejectLedgerCorrection;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectionReason: '签到表显示他参加了',
      correctionEntryIds: [],
    });
    expect(await entriesOf(subject.id)).toHaveLength(1);
    expect(errorCode(await t.gql(CONFIRM, { id: proposed.id }, council))).toBe('CONFLICT');
    expect((await noticesTo(scorer.id))[0].title).toContain('驳回');
    const listed = expectOk(
      await t.gql(LIST, { v: village.id, status: 'REJECTED' }, council),
    ).ledgerCorrections;
    expect(listed.items.map((c) => c.id)).toEqual([proposed.id]);
  });

  it('re-tallies and re-posts a quarter under notice, in the same window', async () => {
    t.setToday(`${Y}-04-01`);
    const v1 = expectOk(await t.gql(TALLY_PERIOD, { p: q1().id }, council)).tallyPeriod;
    const posted = expectOk(await t.gql(PUBLISH_TALLY, { p: q1().id }, council)).publishTally;
    t.setToday(`${Y}-04-03`);
    const proposed = expectOk(
      await propose(council, { kind: 'ADJUSTMENT', points: -0.2 }),
    ).proposeLedgerCorrection;
    const confirmed = expectOk(
      await t.gql(CONFIRM, { id: proposed.id }, scorer.token),
    ).confirmLedgerCorrection;
    expect(confirmed.retallyId).not.toBeNull();
    expect(confirmed.retallyId).not.toBe(v1.id);
    expect((await entriesOf(subject.id)).map((e) => [e.kind, e.item_code, e.points])).toEqual([
      ['NORMAL', 'P03', '1.20'],
      ['NORMAL', 'CORRECTION', '-0.20'],
    ]);
    const notices = await t.db.adminQuery<{ tally_id: string; starts_on: string; ends_on: string }>(
      `SELECT tally_id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM public_notice WHERE period_id = $1 ORDER BY posted_at`,
      [q1().id],
    );
    expect(notices).toHaveLength(2);
    expect(notices[1]).toEqual({
      tally_id: confirmed.retallyId,
      starts_on: notices[0].starts_on,
      ends_on: posted.endsOn,
    });
    const [line] = await t.db.adminQuery<{ credit_score: string }>(
      'SELECT credit_score FROM score_tally_line WHERE tally_id = $1 AND resident_id = $2',
      [confirmed.retallyId, subject.id],
    );
    expect(Number(line.credit_score)).toBe(1001);
    expect((await noticesTo(subject.user.id))[0].body).toContain('重新核算');
  });

  it('refuses to correct a final quarter, proposed before or after it became final', async () => {
    t.setToday(`${Y}-04-01`);
    expectOk(await t.gql(TALLY_PERIOD, { p: q1().id }, council));
    const notice = expectOk(await t.gql(PUBLISH_TALLY, { p: q1().id }, council)).publishTally;
    const early = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    t.setToday(addDays(notice.endsOn, 1));
    expectOk(await t.gql(FINALIZE_PERIOD, { p: q1().id }, council));
    const late = await t.gql(CONFIRM, { id: early.id }, scorer.token);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toContain('已定案');
    expect(expectOk(await t.gql(REJECT, { id: early.id, reason: '季度已定案' }, scorer.token))).toBeTruthy();
    const after = await propose(council, { kind: 'REVERSAL' });
    expect(errorCode(after)).toBe('CONFLICT');
    expect(after.errors?.[0]?.message).toContain('请在当前期间登记');
    expect(await entriesOf(subject.id)).toHaveLength(1);
  });

  it('writes one set of entries when two confirmations race', async () => {
    const proposed = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    const second = await arrangeUser(t, village.unit, Role.SCORER);
    const results = await Promise.all([
      t.gql(CONFIRM, { id: proposed.id }, scorer.token),
      t.gql(CONFIRM, { id: proposed.id }, second.token),
      t.gql(CONFIRM, { id: proposed.id }, scorer.token),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT', 'CONFLICT']);
    expect((await entriesOf(subject.id)).map((e) => e.kind)).toEqual(['NORMAL', 'REVERSAL']);
    expect(await noticesTo(subject.user.id)).toHaveLength(1);
  });

  it('keeps proposals inside their village', async () => {
    const proposed = expectOk(await propose(council, { kind: 'REVERSAL' })).proposeLedgerCorrection;
    expect(errorCode(await propose(otherCouncil, { kind: 'REVERSAL' }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CONFIRM, { id: proposed.id }, otherCouncil))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(REJECT, { id: proposed.id, reason: '越权' }, otherCouncil))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(LIST, { v: village.id }, otherCouncil))).toBe('NOT_FOUND');
    expect(expectOk(await t.gql(LIST, { v: otherVillageId }, otherCouncil)).ledgerCorrections.total).toBe(0);

    // The database itself: another village's scope reads none and cannot write one.
    const seen = await asAppRole(t, { villages: [otherVillageId] }, 'SELECT id FROM ledger_correction');
    expect(seen.rows).toEqual([]);
    await expect(
      asAppRole(
        t,
        { villages: [otherVillageId] },
        `INSERT INTO ledger_correction (id, district_id, town_id, village_id, entry_id, subject_resident_id, kind,
           reason, proposed_by, proposed_on)
         SELECT gen_random_uuid(), district_id, town_id, village_id, entry_id, subject_resident_id, kind, reason,
           proposed_by, proposed_on FROM (VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, 'REVERSAL',
           'x', $6::uuid, current_date)) AS v(district_id, town_id, village_id, entry_id, subject_resident_id,
           kind, reason, proposed_by, proposed_on)`,
        [village.unit.districtId, village.unit.townId, village.id, entryId, subject.id, scorer.id],
      ),
    ).rejects.toThrow(/row-level security/);
    // The owner cannot rewrite what was proposed either.
    await expect(
      t.db.adminQuery("UPDATE ledger_correction SET reason = '改写' WHERE id = $1", [proposed.id]),
    ).rejects.toThrow(/decided once|only the decision/);
  });
});
