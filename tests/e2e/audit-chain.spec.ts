import { settled } from './support/district-town-steps';
import { screenshot } from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-server';

/** Issue 11's auditor journey: the district auditor checks a village's ledger chain and verifies a tally. */
describe('the auditor checks the ledger and a tally (browser)', () => {
  let server: WebTestServer;
  beforeAll(async () => {
    server = await startWebTestServer({ demoActivity: true });
  }, 180_000);
  afterAll(async () => server?.close());

  it('wendeng-auditor runs the chain check and verifies a final tally of 侯家庵村', async () => {
    const { context, page } = await server.signIn('wendeng-auditor');
    try {
      await page.goto('/audit/chain-check');
      await page.getByRole('heading', { name: '台账链校验与核算核验' }).waitFor();
      await page.getByLabel('村').click();
      await page.keyboard.type('侯家庵');
      await page.locator('.ant-select-item-option').filter({ hasText: '侯家庵村' }).click();
      await page.getByRole('button', { name: '校验台账链' }).click();
      const chain = page.getByRole('status').filter({ hasText: '台账链完好' });
      await chain.waitFor();
      expect(await chain.innerText()).toMatch(/共校验 \d+ 条记录/);

      await page.getByLabel('期间').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '已定案' }).first().click();
      await page.getByRole('button', { name: '核验核算结果' }).click();
      await page.getByRole('status').filter({ hasText: '核验通过' }).waitFor();
      await page.keyboard.press('Escape'); // no dropdown over the result in the picture
      await page.mouse.click(5, 5);
      await settled(page);
      await screenshot(page, 'admin-chain-check');
    } catch (error) {
      await screenshot(page, 'failed-audit-chain');
      throw error;
    } finally {
      await context.close();
    }
  });
});
