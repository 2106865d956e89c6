import { Role } from '@village/platform-common';
import type { OrgRef } from '@village/platform-tenancy';
import { FrameworkService, ManualService, type ScoreRules } from '@village/rulebook';
import {
  DEMO_FRAMEWORK,
  DEMO_FRAMEWORK_ITEMS,
  DEMO_MANUAL,
} from '../../../apps/api/src/demo/demo-rulebook.data';
import type { TestApp } from '../test-app';
import { arrangeUser, townAdminOf } from './accounts';

/**
 * The demo's framework (its items and codes) published for a district of a test's own, and for each of
 * `towns` a published manual with the demo town's own items (T01 …), through the rulebook services:
 * what contract templates and scoring lists of that district may name.
 */
export async function arrangeRulebook(
  t: TestApp,
  district: OrgRef,
  towns: OrgRef[] = [],
  options: { rules?: Partial<ScoreRules> } = {},
): Promise<string> {
  const frameworks = t.app.get(FrameworkService);
  // Publishing records who published: a signed-in administrator, not a system context.
  const { ctx } = await arrangeUser(t, district, Role.DISTRICT_ADMIN);
  const { framework } = await frameworks.create(ctx, { ...DEMO_FRAMEWORK, districtId: district.id });
  for (const item of DEMO_FRAMEWORK_ITEMS) await frameworks.addItem(ctx, framework.id, item);
  if (options.rules) await frameworks.updateRules(ctx, framework.id, { rules: options.rules });
  await frameworks.publish(ctx, framework.id);
  const manuals = t.app.get(ManualService);
  for (const town of towns) {
    const townCtx = (await townAdminOf(t, town)).ctx;
    const { manual } = await manuals.create(townCtx, {
      townId: town.id,
      frameworkId: framework.id,
      title: `${town.name}操作手册`,
    });
    for (const item of DEMO_MANUAL.townItems) await manuals.addTownItem(townCtx, manual.id, item);
    await manuals.publish(townCtx, manual.id);
  }
  return framework.id;
}
