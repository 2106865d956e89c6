import { Role, todayInChina } from '@village/platform-common';
import { ScoringListService, type ItemFields } from '@village/rulebook';
import { OrgService, type OrgRef, type RequestContext } from '@village/platform-tenancy';
import type { TestApp } from '../test-app';
import { TEST_DEMO_PASSWORD } from '../test-env';
import { arrangeUser, signedIn, townAdminOf, type ArrangedUser } from './accounts';
import { systemContext } from './system-context';
import { unique } from './unique';

export interface ArrangedVillage {
  unit: OrgRef;
  id: string;
  name: string;
  town: OrgRef;
  /** Its VILLAGE_ADMIN (村“两委”) and CREDIT_COUNCIL (信用议事会) accounts. */
  admin: ArrangedUser;
  council: ArrangedUser;
  /** A system context holding the village roles there, for arranging what needs no person. */
  system: RequestContext;
}

/**
 * A new village under `town`, with its own administrator and credit council: every test that writes
 * scoring, residents or contracts can have one to itself, so nothing it does reaches another test.
 */
export async function arrangeVillage(
  t: TestApp,
  town: OrgRef,
  options: { name?: string } = {},
): Promise<ArrangedVillage> {
  const name = options.name ?? unique('测试村');
  const created = await t.app
    .get(OrgService)
    .createVillage(systemContext(town, Role.TOWN_ADMIN), town.id, { code: unique('V'), name });
  const unit: OrgRef = {
    id: created.id,
    name: created.name,
    level: created.level,
    districtId: created.districtId,
    townId: created.townId,
    villageId: created.villageId,
  };
  return {
    unit,
    id: unit.id,
    name,
    town,
    admin: await arrangeUser(t, unit, Role.VILLAGE_ADMIN, { displayName: `${name}管理员` }),
    council: await arrangeUser(t, unit, Role.CREDIT_COUNCIL, { displayName: `${name}信用议事会` }),
    system: systemContext(unit, Role.VILLAGE_ADMIN, Role.CREDIT_COUNCIL),
  };
}

/**
 * A representative assembly that meets the quorum of 村民委员会组织法 §26. An arranged village has no
 * representatives on its register, so the figure comes with the reason adoption asks for.
 */
const QUORATE_VOTE = {
  representativesInOffice: 30,
  representativesCountReason: '测试村的村民代表尚未录入名册',
  present: 26,
  votesFor: 24,
  votesAgainst: 1,
  abstaining: 1,
};

/**
 * The village's scoring list for `year`, built from its town's current manual plus `villageItems`,
 * approved by the town where the manual asks for it, and adopted by a quorate assembly.
 */
export async function arrangeAdoptedList(
  t: TestApp,
  village: ArrangedVillage,
  year: number,
  villageItems: ItemFields[] = [],
): Promise<string> {
  const lists = t.app.get(ScoringListService);
  const admin = village.admin.ctx;
  const draft = await lists.create(admin, village.id, year);
  let view = draft;
  for (const item of villageItems) view = await lists.addVillageItem(admin, draft.list.id, item);
  for (const item of view.villageItems) {
    if (!view.needingApproval.has(item.id) || item.approvedAt) continue;
    await lists.approveVillageItem((await townAdminOf(t, village.town)).ctx, item.id);
  }
  // The meeting has been held: on 15 January of the year, or today while that is still ahead.
  const meetingDate = [`${year}-01-15`, todayInChina()].sort()[0];
  await lists.adopt(admin, draft.list.id, { ...QUORATE_VOTE, meetingDate });
  return draft.list.id;
}

/**
 * A village that exists already (one of the demo's, for the suites about the demo), with accounts of
 * its own created for the test, or the named existing ones signed in.
 */
export async function existingVillage(
  t: TestApp,
  unit: OrgRef,
  town: OrgRef,
  accounts: { admin?: string; council?: string } = {},
): Promise<ArrangedVillage> {
  const account = (username: string | undefined, role: Role) =>
    username ? signedIn(t, username, TEST_DEMO_PASSWORD) : arrangeUser(t, unit, role);
  return {
    unit,
    id: unit.id,
    name: unit.name,
    town,
    admin: await account(accounts.admin, Role.VILLAGE_ADMIN),
    council: await account(accounts.council, Role.CREDIT_COUNCIL),
    system: systemContext(unit, Role.VILLAGE_ADMIN, Role.CREDIT_COUNCIL),
  };
}
