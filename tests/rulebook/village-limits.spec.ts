import { Role } from '@village/platform-common';
import { ExceptionApprover, ManualService, ScoringListService } from '@village/rulebook';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeDistrict,
  arrangeRulebook,
  arrangeTown,
  arrangeUser,
  arrangeVillage,
  townAdminOf,
  villageItem,
} from '../support/arrange';
import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';

/**
 * Village self-set limits from the framework (issue 12.13, DOMAIN.md §13): the district sets how many
 * own items a village may add and their largest points, a town's manual may only tighten them, and the
 * framework says who admits an item beyond them — here only the district.
 */
describe('village limits set by the district', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
  });
  afterAll(() => t.close());

  it('lets towns only tighten, and reserves exceptions to the district when the framework says so', async () => {
    const district = await arrangeDistrict(t);
    const town = await arrangeTown(t, district.unit);
    await arrangeRulebook(t, district.unit, [town], {
      rules: { villageMaxItemPoints: 3, villageExceptionApprover: ExceptionApprover.DISTRICT },
    });
    const manuals = t.app.get(ManualService);
    const townAdmin = await townAdminOf(t, town);
    const current = await manuals.current(townAdmin.ctx, town.id, DEMO_YEAR);
    const draft = (await manuals.createVersion(townAdmin.ctx, current?.manual.id as string)).manual;

    // Looser than the district: refused, naming the field and the district's limit.
    await expect(
      manuals.updateSettings(townAdmin.ctx, draft.id, { villageMaxItemPoints: 4 }),
    ).rejects.toMatchObject({
      fields: [
        {
          field: 'villageMaxItemPoints',
          reasons: ['村自定事项单项分值上限不能超过区评分框架规定的 3 分（镇只能从严）'],
        },
      ],
    });
    // Tighter: accepted.
    const tightened = await manuals.updateSettings(townAdmin.ctx, draft.id, { villageMaxItemPoints: 1 });
    expect(tightened.manual.villageMaxItemPoints).toBe(1);
    await manuals.publish(townAdmin.ctx, draft.id);

    // A village item of 2 points passes the manual's 1: it needs approval — by the district only.
    const village = await arrangeVillage(t, town);
    const lists = t.app.get(ScoringListService);
    const list = await lists.create(village.admin.ctx, village.id, DEMO_YEAR);
    const view = await lists.addVillageItem(
      village.admin.ctx,
      list.list.id,
      villageItem('V91', '参加村级重点工作', { pointsMin: 2, pointsMax: 2 }),
    );
    const item = view.villageItems.find((i) => i.code === 'V91');
    expect(item && view.needingApproval.has(item.id)).toBe(true);
    await expect(lists.approveVillageItem(townAdmin.ctx, item?.id as string)).rejects.toMatchObject({
      message: '本区规定：村自定事项超出限额须经区审批，镇不能审批',
    });
    const districtAdmin = await arrangeUser(t, district.unit, Role.DISTRICT_ADMIN);
    const approved = await lists.approveVillageItem(districtAdmin.ctx, item?.id as string);
    expect(approved.villageItems.find((i) => i.code === 'V91')?.approvedAt).not.toBeNull();
  });
});
