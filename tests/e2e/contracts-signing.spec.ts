import { beijingToday } from '../../libs/web/src/format/format';
import { screenshot } from './support/browser';
import { chooseOption, openFromMenu, ownVillageId } from './support/people-steps';
import { useWebTestServer } from './support/web-server';

interface ContractRow {
  id: string;
  status: string;
  witnessName: string | null;
  signedOn: string | null;
}

/**
 * The village admin generates next year's contract drafts, then signs one of this year's waiting
 * drafts with a witness and the date, after a confirmation that says signing cannot be undone.
 */
describe('contracts: drafts and signing (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  const contracts = async (token: string, villageId: string, year: number, status?: string) => {
    const res = await server.api.gql<{ contracts: { total: number; items: ContractRow[] } }>(
      `query ($v: ID!, $y: Int, $s: ContractStatus) {
        contracts(villageId: $v, year: $y, status: $s, limit: 100) { total items { id status witnessName signedOn } }
      }`,
      { v: villageId, y: year, s: status ?? null },
      token,
    );
    if (!res.data) throw new Error(`contracts: ${JSON.stringify(res.errors)}`);
    return res.data.contracts;
  };

  it('generates the drafts of a year and signs a draft with witness and date', async () => {
    const token = await server.api.login('dazetou-admin');
    const villageId = await ownVillageId(server.api, token);
    const today = beijingToday();
    const year = Number(today.slice(0, 4));
    expect((await contracts(token, villageId, year + 1)).total).toBe(0);
    const waiting = await contracts(token, villageId, year, 'DRAFT');
    expect(waiting.total).toBeGreaterThan(0);

    const { context, page } = await server.signIn('dazetou-admin');
    try {
      await openFromMenu(page, '契约签订');
      await page.getByRole('cell', { name: /契约/ }).first().waitFor();

      const yearInput = page.getByRole('spinbutton', { name: '年度' });
      await yearInput.fill(String(year + 1));
      await yearInput.press('Enter');
      await page.getByRole('button', { name: `生成 ${year + 1} 年度草稿` }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /生\s*成/ })
        .click();
      await page.getByText(new RegExp(`已生成 ${year + 1} 年度契约草稿 \\d+ 份`)).waitFor();
      const generated = await contracts(token, villageId, year + 1);
      expect(generated.total).toBeGreaterThan(0);
      expect(generated.items.every((c) => c.status === 'DRAFT')).toBe(true);

      await yearInput.fill(String(year));
      await yearInput.press('Enter');
      await chooseOption(page, '契约状态', '待签订');
      await page.getByText(`共 ${waiting.total} 条`).waitFor();
      await page.getByRole('button', { name: '登记签订' }).first().click();
      const form = page.getByRole('dialog').filter({ hasText: '签订日期' });
      expect(await form.getByLabel('签订日期').inputValue()).toBe(today);
      await form.getByLabel('见证人姓名').fill('村监委会主任 王立平');
      await form.getByRole('button', { name: /签\s*订/ }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '此操作不可撤销' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain(`签订日期 ${today} 即固定`);
      await confirm.getByRole('button', { name: '确认签订' }).click();
      await page.getByText('已登记签订').waitFor();
      await page.getByText(`共 ${waiting.total - 1} 条`).waitFor();

      const signed = (await contracts(token, villageId, year, 'SIGNED')).items.filter(
        (c) => c.witnessName === '村监委会主任 王立平',
      );
      expect(signed).toHaveLength(1);
      expect(signed[0].signedOn).toBe(today);
      await chooseOption(page, '契约状态', '已签订');
      await page.getByRole('cell', { name: '已签订' }).first().waitFor();
      await page.keyboard.press('Escape');
      // Every toast gone (there may be two: the drafts' and the signing's) before the picture.
      for (const toast of await page.locator('.ant-message-notice').all())
        await toast.waitFor({ state: 'detached' });
      await screenshot(page, 'admin-contracts');
    } catch (error) {
      await screenshot(page, 'failed-contracts');
      throw error;
    } finally {
      await context.close();
    }
  });
});
