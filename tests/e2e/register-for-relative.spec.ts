import type { Page } from 'playwright-core';
import { todayInChina } from '@village/platform-common';
import { unitIds } from '../rulebook/rulebook-support';
import { OPEN_SCORING_YEAR } from '../support/documents/scoring';
import { screenshot } from './support/browser';
import { chooseOption } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12 on the village's screen: an act scored to a relative (P23 家庭成员参军入伍, 计给父母或配偶). The
 * village admin registers 于建国's act for his wife 王秀兰; naming her his mother is refused with what the
 * household register says; naming her his spouse is accepted and waits for review.
 */
describe('registering an act for a relative (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  /** Types into a searchable select (a resident picker, the item list) and takes the first match. */
  async function pickResident(page: Page, label: string, name: string) {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
      .first()
      .click();
  }

  it('dazetou-admin registers an enlistment for the actor’s spouse, the relation checked', async () => {
    // The year's periods open, as the village does in January (the demo leaves that to the village).
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const admin = await server.api.login('dazetou-admin');
    const year = Number(todayInChina().slice(0, 4));
    expect((await server.api.gql(OPEN_SCORING_YEAR, { v: dazetou, y: year }, admin)).errors).toBeUndefined();
    const { context, page } = await server.signIn('dazetou-admin');
    try {
      await page.goto('/scoring/register');
      await page.getByRole('heading', { name: '代为登记' }).waitFor();
      await pickResident(page, '事项', 'P23');
      await pickResident(page, '行为人', '于建国');
      await pickResident(page, '计给亲属（不填则计给行为人本人）', '王秀兰');
      await chooseOption(page, '亲属是行为人的', '父母');
      await page.getByLabel('选择佐证材料').setInputFiles({
        name: '入伍通知书.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n'),
      });
      await page.getByRole('button', { name: '登 记' }).click();
      await page
        .getByText(/据户籍登记，王秀兰是于建国的配偶，不是父母/)
        .first()
        .waitFor();

      await chooseOption(page, '亲属是行为人的', '配偶');
      await page.getByRole('button', { name: '登 记' }).click();
      await page.getByText('已为王秀兰登记，待审核').waitFor();
    } catch (error) {
      await screenshot(page, 'failed-register-for-relative');
      throw error;
    } finally {
      await context.close();
    }
  });
});
