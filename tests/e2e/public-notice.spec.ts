import { Role, SubjectType as S } from '@village/platform-common';
import { DigestLogService } from '@village/reporting';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeApprovedAct,
  arrangeFinalQuarter,
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  arrangeUser,
  orgUnits,
} from '../support/arrange';
import { expectOk } from '../support/test-app';
import { newContext, screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const READ = `query ($id: ID!) { publicArtefact(id: $id) { digest checkpoint { rootHash } } }`;
const on = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * 村务公开 end to end: a quarter's notice is posted; a villager without an account scans the QR code
 * on the paper notice and sees it on the phone, names masked, with "与系统一致"; the village's
 * supervisory committee countersigns the checkpoint from the admin screen.
 */
describe('public notice: read without login on a phone, countersign (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('a resident opens the public notice from its URL and sees 与系统一致; the committee countersigns', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(on('02-01'));
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { open: false });
    const periods = await arrangeOpenYear(t, village, DEMO_YEAR);
    const resident = await arrangeResident(t, village, { name: '于翠萍', roles: [S.VILLAGER] });
    t.setToday(on('02-15'));
    await arrangeApprovedAct(t, village, { residentId: resident.id, itemCode: 'P03', actedOn: on('02-10') });
    await arrangeFinalQuarter(t, village, periods, 1);
    await t.app.get(DigestLogService).sync(village.unit.districtId);
    const [notice] = await t.db.adminQuery<{ id: string }>(
      'SELECT id FROM public_notice WHERE village_id = $1',
      [village.id],
    );
    const posted = expectOk(await t.gql(READ, { id: notice.id })).publicArtefact;

    const phone = await newContext(server.browser, server.baseUrl, 'phone');
    const page = await phone.newPage();
    try {
      await page.goto(`/m/public/${notice.id}?d=${posted.digest.slice(0, 16)}`);
      await page.getByRole('status').filter({ hasText: '与系统一致' }).waitFor();
      expect(await page.getByText('于*萍').count()).toBeGreaterThan(0);
      expect(await page.getByText('于翠萍').count()).toBe(0);
      const shown = (await page.getByTestId('public-digest').textContent())?.replace(/\s/g, '');
      expect(shown).toBe(posted.digest);
      // The printable version, for anyone: the link downloads the PDF the notice board carries.
      const printable = page.getByRole('link', { name: '下载打印版（PDF）' });
      expect(await printable.getAttribute('href')).toBe(`/files/public/${notice.id}.pdf?size=A4`);
      const pdf = await phone.request.get(`/files/public/${notice.id}.pdf?size=A4`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      await screenshot(page, 'villager-public-notice');
      // A QR code with another digest (a forged paper notice) is not "与系统一致".
      await page.goto(`/m/public/${notice.id}?d=${'0'.repeat(16)}`);
      await page.getByRole('status').filter({ hasText: '与系统不一致' }).waitFor();
    } catch (error) {
      await screenshot(page, 'failed-villager-public-notice');
      throw error;
    } finally {
      await phone.close();
    }

    const supervisor = await arrangeUser(t, village.unit, Role.SUPERVISOR, { displayName: '监委会主任' });
    const { context, page: desk } = await server.signIn(supervisor.username, 'desktop');
    try {
      await desk.goto('/reporting/public');
      const row = desk.getByRole('row').filter({ hasText: '积分及排名公示' }).first();
      await row.waitFor();
      for (const [name, href] of [
        ['下载 PDF（A4）', `/files/public/${notice.id}.pdf?size=A4`],
        ['PDF（A3）', `/files/public/${notice.id}.pdf?size=A3`],
        ['XLSX', `/files/public/${notice.id}.xlsx`],
      ]) {
        expect(await row.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
      }
      const checkpoint = desk.getByRole('table', { name: '签名检查点' });
      await checkpoint
        .getByRole('button', { name: /会\s*签/ })
        .first()
        .click();
      const dialog = desk.getByRole('dialog', { name: '会签检查点' });
      await dialog.getByLabel('根摘要（64 位）').fill(posted.checkpoint.rootHash);
      await dialog.getByLabel('会签意见').fill('已与公开栏张贴的公示核对一致');
      await dialog.getByRole('button', { name: /会\s*签/ }).click();
      await checkpoint.getByText('（村务监督委员会）监委会主任').first().waitFor();
      await screenshot(desk, 'admin-public-notices');
    } catch (error) {
      await screenshot(desk, 'failed-admin-public-notices');
      throw error;
    } finally {
      await context.close();
    }
  });
});
