import type { TenantTx } from '../context/tenant-tx';
import { notFound } from '@village/platform-common';
import { ORG_LEVEL_LABELS, OrgLevel } from './org-level.enum';
import { OrgUnitEntity } from './org-unit.entity';

/** A town or village the caller can see (its own, below it, or an ancestor by name); else NOT_FOUND. */
export async function requireVisibleUnit(
  tx: TenantTx,
  id: string,
  level: OrgLevel,
  field: string,
): Promise<OrgUnitEntity> {
  const unit = await tx.findOne(OrgUnitEntity, { where: { id, level } });
  if (!unit) throw notFound(field, ORG_LEVEL_LABELS[level]);
  return unit;
}

/** A village the caller can see; another village's id answers NOT_FOUND (naming `field`), not FORBIDDEN. */
export function requireVisibleVillage(tx: TenantTx, id: string, field = 'villageId'): Promise<OrgUnitEntity> {
  return requireVisibleUnit(tx, id, OrgLevel.VILLAGE, field);
}
