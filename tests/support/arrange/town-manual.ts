import { Role } from '@village/platform-common';
import { ManualService } from '@village/rulebook';
import type { OrgRef } from '@village/platform-tenancy';
import type { TestApp } from '../test-app';
import { townAdminOf } from './accounts';
import { systemContext } from './system-context';

export interface ManualSettings {
  lateEntryDays?: number;
  noticeDays?: number;
}

/**
 * A published town manual for `year` under the district framework that `modelTown`'s current manual
 * follows, with `settings`; without adjustments or town items. A new version when the town has one.
 */
export async function arrangeTownManual(
  t: TestApp,
  town: OrgRef,
  modelTown: OrgRef,
  year: number,
  settings: ManualSettings = {},
): Promise<string> {
  const manuals = t.app.get(ManualService);
  const ctx = (await townAdminOf(t, town)).ctx;
  const current = await manuals.current(ctx, town.id, year);
  let draftId: string;
  if (current) {
    draftId = (await manuals.createVersion(ctx, current.manual.id)).manual.id;
  } else {
    const model = await manuals.current(systemContext(modelTown, Role.TOWN_ADMIN), modelTown.id, year);
    if (!model) throw new Error(`${modelTown.name} has no manual for ${year}`);
    const frameworkId = model.manual.frameworkId;
    draftId = (
      await manuals.create(ctx, { townId: town.id, frameworkId, title: `${town.name}${year}年操作手册` })
    ).manual.id;
  }
  await manuals.updateSettings(ctx, draftId, settings);
  await manuals.publish(ctx, draftId);
  return draftId;
}
