import { todayInChina } from '@village/platform-common';
import { unitIds } from '../rulebook/rulebook-support';
import { OPEN_SCORING_YEAR } from '../support/documents/scoring';
import { screenshot } from './support/browser';
import { fillDeclaration, testPhotoPng } from './support/villager-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Issue 12 on the phone: an item that may score a family member (P23) lets 李秀英 choose whom it is
 * for among her household; naming her daughter 王子涵 her parent is refused with what the household
 * register says, in words she can read on the form.
 */
describe('villager phone app: declaring for a family member (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('offers the household’s members for P23 and says when the register disagrees', async () => {
    const dazetou = (await unitIds(server.api))['大泽头村'];
    const admin = await server.api.login('dazetou-admin');
    const year = Number(todayInChina().slice(0, 4));
    expect((await server.api.gql(OPEN_SCORING_YEAR, { v: dazetou, y: year }, admin)).errors).toBeUndefined();
    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await fillDeclaration(page, {
        item: '家庭成员参军入伍',
        note: '女儿应征入伍',
        photo: testPhotoPng(64),
      });
      await page.getByRole('radio', { name: /王子涵/ }).check();
      await page.getByRole('radio', { name: /我的父母/ }).check();
      await page.getByRole('button', { name: '提交申报' }).click();
      await page
        .getByText(/据户籍登记，王子涵是李秀英的子女，不是父母/)
        .first()
        .waitFor();
      await screenshot(page, 'villager-declare-for-family');
    } catch (error) {
      await screenshot(page, 'failed-villager-declare-for-family');
      throw error;
    } finally {
      await context.close();
    }
  });
});
