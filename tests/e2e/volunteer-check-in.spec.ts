import { SubjectType as S } from '@village/platform-common';
import { onePixelPng } from '@village/scoring';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import {
  arrangeOpenYear,
  arrangeResident,
  arrangeScoringVillage,
  orgUnits,
  villageItem,
} from '../support/arrange';
import { expectOk } from '../support/test-app';
import { newContext, screenshot } from './support/browser';
import { useWebTestServer } from './support/web-server';

const HOURLY = villageItem('VA9', '参加志愿服务（按小时计）', {
  perUnitPoints: 0.5,
  unitLabel: '小时',
  pointsMin: 0.5,
  pointsMax: 10,
});
const CREATE = `mutation ($input: CreateActivityInput!) { createVolunteerActivity(input: $input) { id checkInCode } }`;

/**
 * 志愿服务签到 end to end: the organiser's screen shows the code of a running activity; a villager types
 * it on the phone and is checked in; the organiser closes the activity and the hours go to review.
 */
describe('volunteer activity: check in on the phone, close on the organiser’s screen (browser)', () => {
  const server = useWebTestServer({ demoPeople: false });

  it('a villager checks in with the code shown; closing proposes the hours', async () => {
    const t = server.api;
    const town = (await orgUnits(t))['宋村镇'];
    t.setToday(`${DEMO_YEAR}-01-02`);
    const village = await arrangeScoringVillage(t, town, DEMO_YEAR, { villageItems: [HOURLY], open: false });
    await arrangeOpenYear(t, village, DEMO_YEAR);
    const resident = await arrangeResident(t, village, { name: '毕淑芳', roles: [S.VILLAGER], login: true });
    t.setToday(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    const now = Date.now();
    const activity = expectOk(
      await t.gql(
        CREATE,
        {
          input: {
            villageId: village.id,
            title: '清理河道',
            organiser: '村妇联',
            place: '村东河道',
            description: '清理河道垃圾',
            startsAt: new Date(now - 3_600_000).toISOString(),
            endsAt: new Date(now + 3_600_000).toISOString(),
            defaultHours: 2,
            itemCode: 'VA9',
          },
        },
        village.admin.token,
      ),
    ).createVolunteerActivity;

    const admin = await server.signIn(village.admin.username, 'desktop');
    try {
      await admin.page.goto('/reporting/activities');
      await admin.page.getByRole('button', { name: '清理河道' }).click();
      const shown = (await admin.page.getByTestId('check-in-code').textContent())?.trim();
      expect(shown).toBe(activity.checkInCode);

      const user = resident.user;
      if (!user) throw new Error('the resident has no login');
      const phone = await newContext(server.browser, server.baseUrl, 'phone');
      const page = await phone.newPage();
      try {
        await page.goto('/m/login');
        await page.getByLabel('账号').fill(user.username);
        await page.getByLabel('密码').fill(user.password);
        await page.getByRole('button', { name: /登\s*录/ }).click();
        await page.waitForURL((url) => !url.pathname.endsWith('/login'));
        await page.goto('/m/me');
        await page.getByText('活动签到', { exact: true }).click();
        await page.getByLabel(/签到码/).fill(shown ?? '');
        await page.getByRole('button', { name: /签\s*到/ }).click();
        await page.getByText('签到成功').waitFor();
        await screenshot(page, 'villager-check-in');
      } catch (error) {
        await screenshot(page, 'failed-villager-check-in');
        throw error;
      } finally {
        await phone.close();
      }

      await admin.page.reload();
      await admin.page.getByRole('button', { name: '清理河道' }).click();
      const drawer = admin.page.locator('.ant-drawer');
      await drawer.getByRole('table', { name: '参与者' }).getByText('毕淑芳').waitFor();
      await drawer.getByLabel('上传活动照片').setInputFiles({
        name: '清理河道.png',
        mimeType: 'image/png',
        buffer: onePixelPng(),
      });
      await drawer.getByText('清理河道.png').waitFor();
      await drawer.getByRole('button', { name: '结束活动' }).click();
      await admin.page.locator('.ant-modal-confirm').getByRole('button', { name: '结束活动' }).click();
      await drawer.getByText('已提出登记，待审核').waitFor();
      await screenshot(admin.page, 'admin-volunteer-activity');
    } catch (error) {
      await screenshot(admin.page, 'failed-admin-volunteer-activity');
      throw error;
    } finally {
      await admin.context.close();
    }
  });
});
