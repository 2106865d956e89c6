import { formatDate } from '../../libs/web/src/format/format';
import { screenshot } from './support/browser';
import { myContract, myContractsCard, openMyContracts } from './support/villager-steps';
import { useWebTestServer } from './support/web-server';

interface MyContractRow {
  colour: string;
  status: string;
  clauses: string[];
  signedOn: string | null;
  witnessName: string | null;
  residentId: string | null;
}

const COLOUR_NAMES: Record<string, string> = {
  RED: '红色·先锋契约',
  YELLOW: '黄色·模范契约',
  BLUE: '蓝色·自治契约',
  GREEN: '绿色·服务契约',
  SILVER: '银色·调解契约',
};
const STATUS_NAMES: Record<string, string> = { DRAFT: '待签订', SIGNED: '已签订', TERMINATED: '已解除' };

/**
 * 李秀英 (dazetou-resident, a volunteer) opens 我的 on her phone and reads this year's contracts: her
 * own 绿色·服务契约 and her household's 蓝色·自治契约, as the demo signed them — the colour in words,
 * the status, the date and witness, and the clauses once she opens them.
 */
describe('villager phone app: my contracts (browser)', () => {
  const server = useWebTestServer({ demoPeople: true });

  it('shows her contracts on 我的, with colour, status, signing and the clauses', async () => {
    const token = await server.api.login('dazetou-resident');
    const res = await server.api.gql<{ myContracts: MyContractRow[] }>(
      `{ myContracts { colour status clauses signedOn witnessName residentId } }`,
      {},
      token,
    );
    const expected = res.data?.myContracts ?? [];
    expect(res.errors).toBeUndefined();
    expect(expected.map((c) => c.colour)).toEqual(expect.arrayContaining(['BLUE', 'GREEN']));

    const { context, page } = await server.signIn('dazetou-resident', 'phone');
    try {
      await openMyContracts(page);
      expect(await myContractsCard(page).locator('section.contract-item').count()).toBe(expected.length);
      for (const c of expected) {
        const item = myContract(page, COLOUR_NAMES[c.colour]);
        await item.locator('.adm-tag').filter({ hasText: STATUS_NAMES[c.status] }).waitFor();
        // Exact: a terminated contract's reason may begin with 本人 too (本人已迁出本村…).
        await item.getByText(c.residentId ? /^本人$/ : /^本户（/).waitFor();
        if (c.signedOn) await item.getByText(formatDate(c.signedOn), { exact: true }).waitFor();
        else await item.getByText('尚未签订').waitFor();
        if (c.witnessName) await item.getByText(c.witnessName, { exact: true }).waitFor();
        // The clauses are folded until she opens them.
        const panel = item.getByText(`职责条款（${c.clauses.length} 条）`);
        await panel.waitFor();
        expect(await item.getByText(c.clauses[0], { exact: true }).isVisible()).toBe(false);
        await panel.click();
        await item.getByText(c.clauses[0], { exact: true }).waitFor();
      }
      await myContract(page, COLOUR_NAMES.GREEN).scrollIntoViewIfNeeded();
      await screenshot(page, 'villager-contract');
    } catch (error) {
      await screenshot(page, 'failed-villager-contract');
      throw error;
    } finally {
      await context.close();
    }
  });
});
