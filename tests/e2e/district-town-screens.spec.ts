import { screenshot } from './support/browser';
import { chooseOption } from './support/district-town-steps';
import { useWebTestServer } from './support/web-server';

/**
 * Every district and town screen opens for its admin with real data: its heading, no failed load,
 * and something of the demo on it (a screen whose query the API refuses shows 加载失败 and fails here).
 */
describe('district and town screens open (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  const screens: [string, string, string, string][] = [
    ['wendeng-admin', '/district/towns', '镇（街道）', '宋村镇'],
    ['wendeng-admin', '/district/contract-templates', '契约模板', '新建模板版本（草稿）'],
    ['songcun-admin', '/town/villages', '村', '大泽头村'],
    ['songcun-admin', '/town/contract-templates', '契约模板扩展', '新建扩展模板版本（草稿）'],
    ['songcun-admin', '/town/village-items', '村自定事项审批', '请选择一个村'],
    ['songcun-admin', '/audit/log', '审计日志', 'login'],
  ];

  it.each(screens)('%s opens %s', async (username, path, heading, content) => {
    const { context, page } = await server.signIn(username);
    try {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.getByText(content).first().waitFor();
      expect(await page.getByText('加载失败').count()).toBe(0);
    } catch (error) {
      await screenshot(page, `failed-screen-${path.replaceAll('/', '-')}`);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('songcun-admin reviews a village appraisal sample: choose the village, see the draw or the sample', async () => {
    const { context, page } = await server.signIn('songcun-admin');
    try {
      await page.goto('/town/appraisal-samples');
      await page.getByRole('heading', { name: '民主评议抽查' }).waitFor();
      await chooseOption(page, '村', '大泽头村');
      await page.getByText('尚未抽取').or(page.locator('.ant-table-row').first()).first().waitFor();
      expect(await page.getByText('加载失败').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
