import { addDays, todayInChina } from '@village/platform-common';
import { graphql } from '../support/generated';
import { screenshot } from './support/browser';
import {
  finalizePeriod,
  openTally,
  publishTally,
  tallyPeriod,
  upholdObjection,
} from './support/scoring-steps';
import { startWebTestServer, type WebTestServer } from './support/web-server';

const NOTICE_LINES = graphql(`
  query E2eTallyNoticeLines($villageId: ID!, $year: Int!) {
    scoringPeriods(villageId: $villageId, year: $year) {
      id
      kind
      status
    }
  }
`);

const NOTICE = graphql(`
  query E2eTallyNotice($p: ID!) {
    publicNotice(periodId: $p) {
      endsOn
      tally {
        lines {
          id
          residentName
        }
      }
    }
  }
`);

const RAISE = graphql(`
  mutation E2eTallyRaise($input: RaiseObjectionInput!) {
    raiseObjection(input: $input) {
      id
    }
  }
`);

/**
 * Issue 11's tally journey on the admin side, on the demo quarter left untallied in 侯家庵村: the
 * council tallies and publishes it; 姜红梅 (houjiaan-resident) objects to 侯振东's line; the council
 * upholds it, reversing his P04 of the quarter, and finalizes once the notice window has passed.
 */
describe('tally, notice, objection and final (browser)', () => {
  let server: WebTestServer;
  beforeAll(async () => {
    server = await startWebTestServer({ demoActivity: true });
  }, 180_000);
  afterAll(async () => server?.close());

  it('the council tallies, publishes, upholds an objection with a correction and finalizes', async () => {
    const { context, page } = await server.signIn('houjiaan-council');
    try {
      await openTally(page);
      await tallyPeriod(page);
      await page
        .getByRole('region', { name: '党员和村民代表排名' })
        .or(page.getByText('党员和村民代表（'))
        .first()
        .waitFor();
      await screenshot(page, 'admin-tally');
      await publishTally(page);

      // 姜红梅 objects on her phone (through the API here; the phone journey is the villager app's).
      const houjiaan = (
        await server.api.db.adminQuery<{ id: string }>(`SELECT id FROM org_unit WHERE name = '侯家庵村'`)
      )[0].id;
      const council = await server.api.login('houjiaan-council');
      const year = Number((await page.locator('#tally-year').inputValue()) || todayInChina().slice(0, 4));
      const periods =
        (await server.api.gql(NOTICE_LINES, { villageId: houjiaan, year }, council)).data?.scoringPeriods ??
        [];
      const posted = periods.find((p) => p.status === 'NOTICE');
      expect(posted).toBeDefined();
      const resident = await server.api.login('houjiaan-resident');
      const notice = (await server.api.gql(NOTICE, { p: posted?.id as string }, resident)).data?.publicNotice;
      const line = notice?.tally.lines?.find((l) => l.residentName === '侯振东');
      expect(line).toBeDefined();
      const raised = await server.api.gql(
        RAISE,
        { input: { tallyLineId: line?.id as string, reason: '本季度党员活动他请假了，不应记分' } },
        resident,
      );
      expect(raised.errors).toBeUndefined();

      await page.reload();
      await page.getByText('本季度党员活动他请假了，不应记分').waitFor();
      await screenshot(page, 'admin-objections');
      await upholdObjection(page, { answer: '经核实请假属实，冲正该条', reverse: ['P04'] });
      await page.getByText('异议成立', { exact: true }).waitFor();

      // Final once the notice window is over.
      server.api.setToday(addDays(notice?.endsOn as string, 1));
      await page.reload();
      await finalizePeriod(page);
    } catch (error) {
      await screenshot(page, 'failed-scoring-tally');
      throw error;
    } finally {
      await context.close();
    }
  });
});
