import { Role, SubjectType as S } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { OverdueObjectionsService } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { DECLARE_ACT, PUBLISH_TALLY } from '../support/documents/scoring';
import { graphql } from '../support/generated';
import { expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeTalliedQuarter,
  orgUnits,
  systemContext,
  townAdminOf,
  type ArrangedUser,
} from '../support/arrange';

const INBOX = graphql(`
  query ReviewerInbox {
    myNotifications(limit: 100) {
      items {
        kind
        title
        body
        link {
          entityType
          id
        }
      }
    }
  }
`);
const RAISE = graphql(`
  mutation ReviewerInboxRaise($input: RaiseObjectionInput!) {
    raiseObjection(input: $input) {
      id
      answerDueOn
    }
  }
`);

describe("reviewers' inbox", () => {
  let t: TestApp;
  let town: OrgRef;

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    town = (await orgUnits(t))['宋村镇'];
  });
  afterAll(() => t.close());

  it('tells the council of pending declarations and objections, and the admins of overdue answers once', async () => {
    t.setToday(`${DEMO_YEAR}-03-20`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const person = await arrangeResident(t, village, { name: '王春燕', roles: [S.VILLAGER], login: true });
    const resident = person.user as ArrangedUser;
    const inboxOf = async (token: string) => expectOk(await t.gql(INBOX, {}, token)).myNotifications.items;

    const declared = expectOk(
      await t.gql(
        DECLARE_ACT,
        { input: { itemCode: 'P03', actedOn: `${DEMO_YEAR}-03-18`, idempotencyKey: 'inbox-1' } },
        resident.token,
      ),
    ).declareAct;
    const pending = (await inboxOf(village.council.token)).filter((n) => n.kind === 'DECLARATION_PENDING');
    expect(pending).toEqual([
      expect.objectContaining({ link: { entityType: 'DECLARATION', id: declared.id } }),
    ]);
    expect(pending[0].body).toContain('王春燕');
    // The declarant is not told of their own declaration as a reviewer would be.
    expect((await inboxOf(resident.token)).some((n) => n.kind === 'DECLARATION_PENDING')).toBe(false);

    const periodId = await arrangeTalliedQuarter(t, village, periods, 1);
    expectOk(await t.gql(PUBLISH_TALLY, { p: periodId }, village.council.token));
    const [line] = await t.db.adminQuery<{ id: string }>(
      `SELECT l.id FROM score_tally_line l JOIN score_tally s ON s.id = l.tally_id
        WHERE s.period_id = $1 AND l.resident_id = $2 ORDER BY s.version DESC LIMIT 1`,
      [periodId, person.id],
    );
    const objection = expectOk(
      await t.gql(RAISE, { input: { tallyLineId: line.id, reason: '我的分数少算了' } }, resident.token),
    ).raiseObjection;
    const raised = (await inboxOf(village.council.token)).filter((n) => n.kind === 'OBJECTION_RAISED');
    expect(raised).toEqual([
      expect.objectContaining({ link: { entityType: 'OBJECTION', id: objection.id } }),
    ]);
    expect(raised[0].body).toContain('我的分数少算了');

    // Past the deadline and still unanswered: flagged to the village and town admins, once.
    const townAdmin = await townAdminOf(t, town);
    const jobs = t.app.get(OverdueObjectionsService);
    const district = systemContext(town, Role.TOWN_ADMIN);
    expect(await jobs.flagOverdueObjections(district, objection.answerDueOn)).toBe(0);
    const late = `${DEMO_YEAR}-05-01`;
    expect(await jobs.flagOverdueObjections(district, late)).toBe(1);
    expect(await jobs.flagOverdueObjections(district, late)).toBe(1);
    for (const token of [village.admin.token, townAdmin.token]) {
      const overdue = (await inboxOf(token)).filter((n) => n.kind === 'OBJECTION_OVERDUE');
      expect(overdue).toEqual([
        expect.objectContaining({ link: { entityType: 'OBJECTION', id: objection.id } }),
      ]);
    }
  });
});
