import { DEMO_YEAR } from '../../apps/api/src/demo/demo-year';
import { Role } from '@village/platform-common';
import { ScoringListService } from '@village/rulebook';
import type { OrgRef } from '@village/platform-tenancy';
import {
  ADD_EVALUATION_ITEM as ADD_ITEM,
  ADD_TOWN_ITEM,
  ADD_VILLAGE_ITEM,
  ADOPT_SCORING_LIST as ADOPT,
  APPROVE_VILLAGE_ITEM as APPROVE,
  CREATE_FRAMEWORK,
  CREATE_MANUAL,
  CREATE_SCORING_LIST as CREATE_LIST,
  CURRENT_MANUAL,
  MANUAL_VERSION,
  MANUALS,
  PUBLISH_FRAMEWORK,
  PUBLISH_MANUAL,
  SCORING_LISTS as LISTS,
  SET_MANUAL_ADJUSTMENT as ADJUST,
  UPDATE_MANUAL_SETTINGS as SETTINGS,
  UPDATE_TOWN_ITEM,
  UPDATE_VILLAGE_ITEM,
  VILLAGE_SCORING_LIST,
  VILLAGE_SCORING_LIST as EFFECTIVE,
  WITHDRAW_TOWN_ITEM,
  WITHDRAW_VILLAGE_ITEM,
} from '../support/documents/rulebook';
import { errorCode, expectOk, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';
import {
  arrangeAdoptedList,
  arrangeTown,
  arrangeTownManual,
  arrangeUser,
  arrangeVillage,
  DEMO_VILLAGE_ITEMS,
  orgUnits,
  systemContext,
  townAdminOf,
  type ArrangedVillage,
} from '../support/arrange';
import { asAppRole, itemInput } from './rulebook-support';

/** The year after the demo year: the chain this suite builds. */
const NEXT = DEMO_YEAR + 1;

/** The item with this code: it must be there. */
function codeOf<T extends { code: string }>(items: T[], code: string): T {
  const item = items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code} in ${items.map((i) => i.code).join(', ')}`);
  return item;
}

// Next year's list is adopted in December of this year (the meeting must have been held by "today").
const TODAY = `${DEMO_YEAR}-12-20`;
const VOTE = {
  meetingDate: `${DEMO_YEAR}-12-18`,
  representativesInOffice: 30,
  representativesCountReason: '测试村的村民代表尚未录入名册',
  present: 21,
  votesFor: 16,
  votesAgainst: 3,
  abstaining: 2,
};

/**
 * The chain district → town → village on next year's framework. Each test has a town of its own (with a
 * demo-year manual and a village whose demo-year list carries 大泽头村's items) and another town and
 * village; the steps a test builds on are arranged by the stage helpers below, so no test depends on
 * another having run.
 */
describe('town manual and village scoring list', () => {
  let t: TestApp;
  let units: Record<string, OrgRef>;
  let districtAdmin: string;
  let tokens: { town: string; village: string; otherTown: string; otherVillage: string };
  let town: OrgRef;
  let village: ArrangedVillage;
  let otherTown: OrgRef;
  let otherVillage: ArrangedVillage;
  let frameworkId: string;
  let manualId: string;
  let listId: string;
  let bigItemId: string;

  // Next year's framework is the district's: made once, and only read by the tests.
  beforeAll(async () => {
    t = await startTestApp();
    t.setToday(TODAY);
    units = await orgUnits(t);
    districtAdmin = (await arrangeUser(t, units['文登区'], Role.DISTRICT_ADMIN)).token;
    frameworkId = expectOk(
      await t.gql(CREATE_FRAMEWORK, { input: { year: NEXT, title: `${NEXT} 年框架` } }, districtAdmin),
    ).createFramework.id;
    for (const item of [
      itemInput('F1', { pointsMin: 2, pointsMax: 4 }),
      itemInput('F2', { direction: 'NEGATIVE', pointsMin: 5, pointsMax: 5 }),
      itemInput('F3', { pointsMin: 1, pointsMax: 1 }),
    ]) {
      await t.gql(ADD_ITEM, { input: { frameworkId, item } }, districtAdmin);
    }
    expect(
      (await t.gql(PUBLISH_FRAMEWORK, { id: frameworkId }, districtAdmin)).data?.publishFramework.status,
    ).toBe('PUBLISHED');
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    town = await arrangeTown(t, units['文登区']);
    await arrangeTownManual(t, town, units['宋村镇'], DEMO_YEAR);
    village = await arrangeVillage(t, town);
    await arrangeAdoptedList(t, village, DEMO_YEAR, [...DEMO_VILLAGE_ITEMS]);
    otherTown = await arrangeTown(t, units['文登区']);
    otherVillage = await arrangeVillage(t, otherTown);
    tokens = {
      town: (await townAdminOf(t, town)).token,
      village: village.admin.token,
      otherTown: (await townAdminOf(t, otherTown)).token,
      otherVillage: otherVillage.admin.token,
    };
  });

  /** The data of a response that must have succeeded, asserted. */
  const ok = <T>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return expectOk(res);
  };

  /** The town's manual for next year, adapted and published as the second test does step by step. */
  async function publishedNextManual(): Promise<void> {
    const townToken = tokens.town;
    manualId = ok(
      await t.gql(CREATE_MANUAL, { input: { townId: town.id, frameworkId, title: '2027 手册' } }, townToken),
    ).createManual.id;
    ok(await t.gql(ADJUST, { input: { manualId, itemCode: 'F1', pointsMax: 4.8 } }, townToken));
    ok(await t.gql(ADJUST, { input: { manualId, itemCode: 'F2', disabled: true } }, townToken));
    const t9 = itemInput('T9', { pointsMin: 1, pointsMax: 1 });
    ok(await t.gql(ADD_TOWN_ITEM, { input: { manualId, item: t9 } }, townToken));
    const settings = { manualId, noticeDays: 5, lateEntryDays: 20, procedure: '# 规程' };
    ok(await t.gql(SETTINGS, { input: settings }, townToken));
    ok(await t.gql(PUBLISH_MANUAL, { id: manualId }, townToken));
  }

  /** The village's list for next year with the big item V09, approved by the town and adopted. */
  async function adoptedNextList(): Promise<void> {
    await publishedNextManual();
    const own = tokens.village;
    listId = ok(await t.gql(CREATE_LIST, { villageId: village.id, year: NEXT }, own)).createScoringList.id;
    const v09 = itemInput('V09', { pointsMin: 3, pointsMax: 5 });
    const withBig = ok(await t.gql(ADD_VILLAGE_ITEM, { input: { listId, item: v09 } }, own));
    bigItemId = codeOf(withBig.addVillageItem.villageItems, 'V09').id;
    ok(await t.gql(APPROVE, { id: bigItemId }, tokens.town));
    ok(await t.gql(ADOPT, { input: { listId, ...VOTE } }, own));
  }

  // About the demo seed itself, so on 大泽头村 (read only).
  it('the seeded 大泽头村 list is effective, built from the seeded 宋村镇 manual', async () => {
    const res = await t.gql(
      VILLAGE_SCORING_LIST,
      { villageId: units['大泽头村'].id, year: DEMO_YEAR },
      await t.login('dazetou-admin'),
    );
    const list = expectOk(res).villageScoringList;
    expect(list?.status).toBe('ADOPTED');
    const byCode = Object.fromEntries((list?.items ?? []).map((i) => [i.code, i]));
    expect(byCode.P03).toMatchObject({ source: 'FRAMEWORK', pointsMin: 1.2, pointsMax: 1.2 });
    expect(byCode.N26).toBeUndefined();
    expect(byCode.T01.source).toBe('TOWN');
    expect(byCode.V01.source).toBe('VILLAGE');
  });

  it('the town adapts the framework within bounds; an out-of-bounds adjustment names field, item and range', async () => {
    const songcun = tokens.town;
    const created = await t.gql(
      CREATE_MANUAL,
      { input: { townId: town.id, frameworkId, title: '2027 手册' } },
      songcun,
    );
    const manual = ok(created).createManual;
    manualId = manual.id;
    expect(manual).toMatchObject({ version: 2, status: 'DRAFT', noticeDays: 7, villageMaxItemPoints: 2 });

    const tooHigh = await t.gql(ADJUST, { input: { manualId, itemCode: 'F1', pointsMax: 5 } }, songcun);
    expect(errorCode(tooHigh)).toBe('BAD_USER_INPUT');
    expect(tooHigh.errors?.[0].extensions?.fields?.[0].field).toBe('pointsMax');
    expect(tooHigh.errors?.[0].message).toContain('F1');
    expect(tooHigh.errors?.[0].message).toContain('3.2–4.8');

    const within = await t.gql(ADJUST, { input: { manualId, itemCode: 'F1', pointsMax: 4.8 } }, songcun);
    expect(within.data?.setManualAdjustment.adjustments).toEqual([
      { itemCode: 'F1', disabled: false, pointsMin: null, pointsMax: 4.8 },
    ]);
    await t.gql(ADJUST, { input: { manualId, itemCode: 'F2', disabled: true } }, songcun);
    const unknown = await t.gql(ADJUST, { input: { manualId, itemCode: 'ZZ', disabled: true } }, songcun);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    const clash = await t.gql(ADD_TOWN_ITEM, { input: { manualId, item: itemInput('F3') } }, songcun);
    expect(errorCode(clash)).toBe('CONFLICT');
    await t.gql(
      ADD_TOWN_ITEM,
      { input: { manualId, item: itemInput('T9', { pointsMin: 1, pointsMax: 1 }) } },
      songcun,
    );
    await t.gql(
      SETTINGS,
      { input: { manualId, noticeDays: 5, lateEntryDays: 20, procedure: '# 规程' } },
      songcun,
    );

    // Drafts stay inside the town.
    const seenByVillage = await t.gql(MANUALS, { townId: town.id }, tokens.village);
    expect(seenByVillage.data?.manuals.map((m) => m.version)).toEqual([1]);

    const published = await t.gql(PUBLISH_MANUAL, { id: manualId }, songcun);
    expect(published.data?.publishManual).toMatchObject({
      status: 'PUBLISHED',
      noticeDays: 5,
      lateEntryDays: 20,
    });
    const current = await t.gql(CURRENT_MANUAL, { townId: town.id, year: NEXT }, tokens.village);
    expect(current.data?.currentManual).toMatchObject({ id: manualId, version: 2 });
  });

  it('a published manual cannot be changed, by the API or directly in the database', async () => {
    await publishedNextManual();
    const res = await t.gql(ADJUST, { input: { manualId, itemCode: 'F3', disabled: true } }, tokens.town);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('镇操作手册「2027 手册」（第 2 版）已发布');
    const scope = { towns: [town.id] };
    await expect(
      asAppRole(t, scope, 'UPDATE town_manual SET notice_days = 1 WHERE id = $1', [manualId]),
    ).rejects.toThrow(/已发布/);
    await expect(
      asAppRole(t, scope, 'UPDATE manual_adjustment SET points_max = 9 WHERE manual_id = $1', [manualId]),
    ).rejects.toThrow(/已发布/);
  });

  it("one town cannot read or change another town's manual", async () => {
    await publishedNextManual();
    const other = tokens.otherTown;
    expect(errorCode(await t.gql(MANUALS, { townId: town.id }, other))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(ADJUST, { input: { manualId, itemCode: 'F3', disabled: true } }, other)),
    ).toBe('NOT_FOUND');

    const theirs = await t.gql(
      CREATE_MANUAL,
      { input: { townId: otherTown.id, frameworkId, title: '文登营镇手册' } },
      other,
    );
    expect(expectOk(theirs).createManual.version).toBe(1);
    const songcun = tokens.town;
    const touch = await t.gql(
      ADJUST,
      { input: { manualId: expectOk(theirs).createManual.id, itemCode: 'F3', disabled: true } },
      songcun,
    );
    expect(errorCode(touch)).toBe('NOT_FOUND');
    const create = await t.gql(
      CREATE_MANUAL,
      { input: { townId: otherTown.id, frameworkId, title: 'x' } },
      songcun,
    );
    expect(errorCode(create)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MANUALS, { townId: town.id }, tokens.otherVillage))).toBe('NOT_FOUND');
    const village = await t.gql(
      ADJUST,
      { input: { manualId, itemCode: 'F3', disabled: true } },
      tokens.village,
    );
    expect(errorCode(village)).toBe('FORBIDDEN');
  });

  it('the village list needs quorum and town approval beyond the caps, then freezes the effective items', async () => {
    await publishedNextManual();
    const dazetou = tokens.village;
    const created = expectOk(
      await t.gql(CREATE_LIST, { villageId: village.id, year: NEXT }, dazetou),
    ).createScoringList;
    listId = created.id;
    expect(created).toMatchObject({ version: 2, status: 'DRAFT', manualId });
    expect(created.villageItems.map((i: { code: string }) => i.code)).toEqual(['V01', 'V02']);

    const withBig = await t.gql(
      ADD_VILLAGE_ITEM,
      { input: { listId, item: itemInput('V09', { pointsMin: 3, pointsMax: 5 }) } },
      dazetou,
    );
    const big = codeOf(expectOk(withBig).addVillageItem.villageItems, 'V09');
    bigItemId = big.id;
    expect(big.requiresApproval).toBe(true);
    const clash = await t.gql(ADD_VILLAGE_ITEM, { input: { listId, item: itemInput('F1') } }, dazetou);
    expect(errorCode(clash)).toBe('CONFLICT');

    const noQuorum = await t.gql(
      ADOPT,
      { input: { listId, ...VOTE, present: 19, votesFor: 18, votesAgainst: 1, abstaining: 0 } },
      dazetou,
    );
    expect(errorCode(noQuorum)).toBe('BAD_USER_INPUT');
    expect(noQuorum.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['present']);
    const noMajority = await t.gql(
      ADOPT,
      { input: { listId, ...VOTE, votesFor: 10, votesAgainst: 9 } },
      dazetou,
    );
    expect(noMajority.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['votesFor']);
    const tooManyVotes = await t.gql(ADOPT, { input: { listId, ...VOTE, votesAgainst: 5 } }, dazetou);
    expect(errorCode(tooManyVotes)).toBe('BAD_USER_INPUT');

    const unapproved = await t.gql(ADOPT, { input: { listId, ...VOTE } }, dazetou);
    expect(errorCode(unapproved)).toBe('BAD_USER_INPUT');
    expect(unapproved.errors?.[0].message).toContain('V09');

    expect(errorCode(await t.gql(APPROVE, { id: bigItemId }, dazetou))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id: bigItemId }, tokens.otherTown))).toBe('NOT_FOUND');
    const approved = await t.gql(APPROVE, { id: bigItemId }, tokens.town);
    expect(codeOf(expectOk(approved).approveVillageItem.villageItems, 'V09').approvedAt).not.toBeNull();

    const adopted = expectOk(await t.gql(ADOPT, { input: { listId, ...VOTE } }, dazetou)).adoptScoringList;
    expect(adopted).toMatchObject({ status: 'ADOPTED', present: 21, votesFor: 16 });

    const effective = expectOk(
      await t.gql(EFFECTIVE, { villageId: village.id, year: NEXT }, dazetou),
    ).villageScoringList;
    expect(effective?.id).toBe(listId);
    expect(effective?.items.map((i) => `${i.source}:${i.code}`)).toEqual([
      'FRAMEWORK:F1',
      'FRAMEWORK:F3',
      'TOWN:T9',
      'VILLAGE:V01',
      'VILLAGE:V02',
      'VILLAGE:V09',
    ]);
    expect(effective?.items[0]).toMatchObject({ pointsMin: 2, pointsMax: 4.8 });
    const audit = await t.db.adminQuery<{ operation: string; org_unit_id: string }>(
      `SELECT operation, org_unit_id FROM audit_log
        WHERE operation IN ('adoptScoringList', 'approveVillageItem') AND outcome = 'SUCCESS'
          AND org_unit_id = $1 ORDER BY operation`,
      [village.id],
    );
    expect(audit).toEqual([
      { operation: 'adoptScoringList', org_unit_id: village.id },
      { operation: 'approveVillageItem', org_unit_id: village.id },
    ]);
    const history = await t.gql(LISTS, { villageId: village.id }, dazetou);
    expect(history.data?.scoringLists).toEqual([
      { version: 2, status: 'ADOPTED' },
      { version: 1, status: 'ADOPTED' },
    ]);

    const ctx = systemContext(village.unit, Role.VILLAGE_ADMIN);
    const service = t.app.get(ScoringListService);
    await expect(service.effectiveItem(ctx, village.id, 'F1', NEXT)).resolves.toMatchObject({
      source: 'FRAMEWORK',
      pointsMax: 4.8,
    });
    await expect(service.effectiveItem(ctx, village.id, 'F2', NEXT)).rejects.toThrow(/F2/);
  });

  it('an adopted list is immutable, in the API and in the database', async () => {
    await adoptedNextList();
    const res = await t.gql(ADD_VILLAGE_ITEM, { input: { listId, item: itemInput('V10') } }, tokens.village);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('村积分评价清单（第 2 版）已发布（通过）');
    const scope = { villages: [village.id] };
    await expect(
      asAppRole(t, scope, 'UPDATE scoring_list SET votes_for = 30 WHERE id = $1', [listId]),
    ).rejects.toThrow(/已发布/);
    await expect(
      asAppRole(t, scope, 'UPDATE village_item SET points_max = 9 WHERE id = $1', [bigItemId]),
    ).rejects.toThrow(/已发布/);
    await expect(
      asAppRole(t, scope, 'UPDATE scoring_list_item SET points_max = 9 WHERE list_id = $1', [listId]),
    ).rejects.toThrow(/permission denied/);
  });

  it("another village cannot read or touch this village's list", async () => {
    await adoptedNextList();
    const houjiaan = tokens.otherVillage;
    expect(errorCode(await t.gql(EFFECTIVE, { villageId: village.id, year: NEXT }, houjiaan))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(LISTS, { villageId: village.id }, houjiaan))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CREATE_LIST, { villageId: village.id, year: NEXT }, houjiaan))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await t.gql(ADD_VILLAGE_ITEM, { input: { listId, item: itemInput('H1') } }, houjiaan)),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ADOPT, { input: { listId, ...VOTE } }, houjiaan))).toBe('NOT_FOUND');
    // The other village's town has no manual for next year: no list can be built from it.
    const own = await t.gql(CREATE_LIST, { villageId: otherVillage.id, year: NEXT }, houjiaan);
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
  });

  it('amendments are new versions: manual and list drafts copy their predecessor and can be edited', async () => {
    await adoptedNextList();
    const songcun = tokens.town;
    expect(errorCode(await t.gql(MANUAL_VERSION, { id: manualId }, tokens.otherTown))).toBe('NOT_FOUND');
    const v3 = expectOk(await t.gql(MANUAL_VERSION, { id: manualId }, songcun)).createManualVersion;
    expect(v3).toMatchObject({ version: 3, status: 'DRAFT', noticeDays: 5 });
    expect(v3.adjustments.map((a) => a.itemCode)).toEqual(['F1', 'F2']);
    const townItem = v3.townItems[0];
    const updated = await t.gql(
      UPDATE_TOWN_ITEM,
      { input: { itemId: townItem.id, item: itemInput('T9', { pointsMin: 1, pointsMax: 1.5 }) } },
      songcun,
    );
    expect(updated.data?.updateTownItem.townItems[0].pointsMax).toBe(1.5);
    const withdrawn = await t.gql(WITHDRAW_TOWN_ITEM, { id: townItem.id }, songcun);
    expect(withdrawn.data?.withdrawTownItem.townItems[0].withdrawn).toBe(true);
    expect(errorCode(await t.gql(WITHDRAW_TOWN_ITEM, { id: townItem.id }, tokens.otherTown))).toBe(
      'NOT_FOUND',
    );

    const dazetou = tokens.village;
    const list = expectOk(
      await t.gql(CREATE_LIST, { villageId: village.id, year: NEXT }, dazetou),
    ).createScoringList;
    expect(list).toMatchObject({ version: 3, status: 'DRAFT', manualId });
    const carried = codeOf(list.villageItems, 'V09');
    expect(carried).toMatchObject({ requiresApproval: true });
    expect(carried.approvedAt).not.toBeNull();
    const changed = await t.gql(
      UPDATE_VILLAGE_ITEM,
      { input: { itemId: carried.id, item: itemInput('V09', { pointsMin: 3, pointsMax: 6 }) } },
      dazetou,
    );
    const reset = codeOf(expectOk(changed).updateVillageItem.villageItems, 'V09');
    expect(reset).toMatchObject({ pointsMax: 6, approvedAt: null, requiresApproval: true });
    const houjiaan = tokens.otherVillage;
    expect(errorCode(await t.gql(WITHDRAW_VILLAGE_ITEM, { id: carried.id }, houjiaan))).toBe('NOT_FOUND');
    const gone = await t.gql(WITHDRAW_VILLAGE_ITEM, { id: carried.id }, dazetou);
    expect(codeOf(expectOk(gone).withdrawVillageItem.villageItems, 'V09').withdrawn).toBe(true);
    // The adopted version 2 is still the effective one.
    const effective = await t.gql(EFFECTIVE, { villageId: village.id, year: NEXT }, dazetou);
    expect(effective.data?.villageScoringList?.version).toBe(2);
  });
});
