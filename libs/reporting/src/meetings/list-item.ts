import { BadInputException } from '@village/platform-common';
import { effectiveList, ScoringListItemEntity } from '@village/rulebook';
import type { TenantTx } from '@village/platform-tenancy';

/** The village's list item `code` of the year of `on`, or BAD_USER_INPUT naming `field`. */
export async function requireListItem(
  tx: TenantTx,
  villageId: string,
  code: string,
  on: string,
  field: string,
): Promise<ScoringListItemEntity> {
  const list = await effectiveList(tx, villageId, Number(on.slice(0, 4)));
  const item = list ? await tx.findOne(ScoringListItemEntity, { where: { listId: list.id, code } }) : null;
  if (!item)
    throw BadInputException.field(field, `本村 ${on.slice(0, 4)} 年度积分评价清单中没有事项 ${code}`);
  return item;
}
