import { addDays, todayInChina } from '@village/platform-common';
import { graphql } from '../support/generated';
import { screenshot } from './support/browser';
import { objectOnMyLine, openNotice } from './support/villager-steps';
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

/**
 * Issue 11's tally journey across both apps, on the demo quarter left untallied in 侯家庵村: the
 * council tallies and publishes it; 姜红梅 (houjiaan-resident) objects to her own line on her phone; the
 * council upholds it with a correction of +2 (the quarter is re-tallied and re-posted), she reads the
 * answer on her phone, and the council finalizes once the notice window has passed.
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

      // 姜红梅 objects to her own line on her phone.
      const reason = '我本季度参加了两次义务劳动，公示里少算了';
      const phone = await server.signIn('houjiaan-resident', 'phone');
      try {
        await openNotice(phone.page);
        await objectOnMyLine(phone.page, reason);
        await screenshot(phone.page, 'villager-objection');
      } finally {
        await phone.context.close();
      }

      await page.reload();
      await page.getByText(reason).waitFor();
      await screenshot(page, 'admin-objections');
      await upholdObjection(page, { answer: '经核实属实，补记 2 分', adjustmentPoints: 2 });
      await page.getByText('异议成立', { exact: true }).waitFor();

      // She reads the answer on her phone.
      const again = await server.signIn('houjiaan-resident', 'phone');
      try {
        await again.page.goto('/m/objections');
        await again.page.getByText('经核实属实，补记 2 分').waitFor();
      } finally {
        await again.context.close();
      }

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
      const notice = (await server.api.gql(NOTICE, { p: posted?.id as string }, council)).data?.publicNotice;

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
