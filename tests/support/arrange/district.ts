import { randomUUID } from 'node:crypto';
import { Role } from '@village/platform-common';
import { OrgLevel, OrgService, OrgUnitEntity, TenantDb, type OrgRef } from '@village/platform-tenancy';
import type { TestApp } from '../test-app';
import { arrangeUser, type ArrangedUser } from './accounts';
import { systemContext } from './system-context';
import { unique } from './unique';

export interface ArrangedDistrict {
  unit: OrgRef;
  /** Its DISTRICT_ADMIN account. */
  admin: ArrangedUser;
}

const refOf = (u: OrgUnitEntity): OrgRef => ({
  id: u.id,
  name: u.name,
  level: u.level,
  districtId: u.districtId,
  townId: u.townId,
  villageId: u.villageId,
});

/**
 * A district of its own, for suites whose subject is district-wide (contract templates): nothing
 * another test publishes there reaches it. The org service grows the tree below a district but has no
 * way to make one (districts come with the deployment), so the district row is written the way the demo
 * seed writes it: by the app role, under row-level security, in a system context scoped to it.
 */
export async function arrangeDistrict(
  t: TestApp,
  options: { name?: string } = {},
): Promise<ArrangedDistrict> {
  const id = randomUUID();
  const unit: OrgRef = {
    id,
    name: options.name ?? unique('测试区'),
    level: OrgLevel.DISTRICT,
    districtId: id,
    townId: null,
    villageId: null,
  };
  await t.app
    .get(TenantDb)
    .run(systemContext(unit, Role.DISTRICT_ADMIN), (tx) =>
      tx.insert(OrgUnitEntity, { ...unit, code: unique('D'), parentId: null, createdBy: null }),
    );
  return { unit, admin: await arrangeUser(t, unit, Role.DISTRICT_ADMIN) };
}

/** A new town of a district, through the org service. */
export async function arrangeTown(
  t: TestApp,
  district: OrgRef,
  options: { name?: string } = {},
): Promise<OrgRef> {
  const created = await t.app
    .get(OrgService)
    .createTown(systemContext(district, Role.DISTRICT_ADMIN), district.id, {
      code: unique('T'),
      name: options.name ?? unique('测试镇'),
    });
  return refOf(created);
}
