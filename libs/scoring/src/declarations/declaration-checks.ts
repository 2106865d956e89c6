import type { TenantTx } from '@village/platform-tenancy';
import { BadInputException, SUBJECT_TYPE_LABELS } from '@village/platform-common';
import { HouseholdEntity, ResidentEntity, SubjectRoleEntity } from '@village/residents';
import { ItemDirection, effectiveList, ScoringListItemEntity } from '@village/rulebook';
import { DeclarationEntity } from './declaration.entity';
import { DeclarationChannel, DeclarationStatus, ReviewDecision } from './declaration-enums';
import { capWindows, claimedPoints } from './declaration-rules';

/**
 * The frozen item `code` of the village's adopted list for the act's year, or BAD_USER_INPUT naming
 * `field` (the declared `itemCode`, or a reviewer's `amendedItemCode`).
 */
export async function requireListItem(
  tx: TenantTx,
  villageId: string,
  code: string,
  actedOn: string,
  field = 'itemCode',
): Promise<ScoringListItemEntity> {
  const year = Number(actedOn.slice(0, 4));
  const list = await effectiveList(tx, villageId, year);
  if (!list) {
    throw BadInputException.field('actedOn', `本村尚无经村民代表大会通过的 ${year} 年度积分评价清单`);
  }
  const item = await tx.findOne(ScoringListItemEntity, { where: { listId: list.id, code } });
  if (!item) throw BadInputException.field(field, `事项 ${code} 不在本村 ${year} 年度积分评价清单中`);
  return item;
}

/** The item must apply to one of the subject roles the resident held on the act date. */
export async function assertItemApplies(
  tx: TenantTx,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
  actedOn: string,
  field = 'itemCode',
): Promise<void> {
  const roles = await tx
    .createQueryBuilder(SubjectRoleEntity, 'r')
    .where('r.residentId = :id AND r.startDate <= :d AND (r.endDate IS NULL OR r.endDate >= :d)', {
      id: resident.id,
      d: actedOn,
    })
    .getMany();
  const held = new Set(roles.map((r) => r.subjectType));
  if (!item.subjectTypes.some((t) => held.has(t))) {
    const applies = item.subjectTypes.map((t) => SUBJECT_TYPE_LABELS[t]).join('、');
    throw BadInputException.field(
      field,
      `事项 ${item.code}「${item.name}」适用于${applies}，${resident.name}在 ${actedOn} 不具有相应身份`,
    );
  }
}

/** Channel rules: residents declare only positive items; household items belong to the household head. */
export async function assertChannelRules(
  tx: TenantTx,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
  channel: DeclarationChannel,
  field = 'itemCode',
): Promise<void> {
  if (channel === DeclarationChannel.SELF && item.direction === ItemDirection.NEGATIVE) {
    throw BadInputException.field(field, `扣分事项 ${item.code} 由村干部登记，不能自行申报`);
  }
  if (!item.household) return;
  if (!resident.householdId) {
    throw BadInputException.field(field, `事项 ${item.code} 以户为单位，${resident.name}尚未登记户籍`);
  }
  if (channel === DeclarationChannel.SELF) {
    const household = await tx.findOne(HouseholdEntity, { where: { id: resident.householdId } });
    if (household?.headResidentId !== resident.id) {
      throw BadInputException.field(field, `事项 ${item.code} 以户为单位，须由户主申报`);
    }
  }
}

export function checkQuantity(
  item: ScoringListItemEntity,
  quantity: number | null | undefined,
  field = 'quantity',
): number | null {
  if (item.perUnitPoints !== null) {
    if (quantity === null || quantity === undefined || !(quantity > 0)) {
      throw BadInputException.field(
        field,
        `事项 ${item.code} 按${item.unitLabel ?? '单位'}计分，须填写大于 0 的数量`,
      );
    }
    return quantity;
  }
  if (quantity !== null && quantity !== undefined) {
    throw BadInputException.field(field, `事项 ${item.code} 不按单位计分，不填写数量`);
  }
  return null;
}

/** Declarations that count towards caps: still pending, or scored. */
const COUNTED_STATUSES = [DeclarationStatus.PENDING, DeclarationStatus.APPROVED, DeclarationStatus.AMENDED];

const CAP_SPANS = [
  ['capPerMonth', 'month', '月'],
  ['capPerQuarter', 'quarter', '季度'],
  ['capPerYear', 'year', '年度'],
] as const;

/**
 * Pending and approved declarations of the resident and item in the act's month/quarter/year stay within
 * the caps. An amended declaration counts under the item and quantity the reviewer scored.
 */
export async function assertCaps(
  tx: TenantTx,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
  actedOn: string,
  quantity: number | null,
): Promise<void> {
  const windows = capWindows(actedOn);
  const claim = claimedPoints(item, quantity);
  for (const [capField, span, label] of CAP_SPANS) {
    const cap = item[capField];
    if (cap === null) continue;
    const [from, to] = windows[span];
    const rows = (await tx.query(
      `SELECT CASE WHEN r.id IS NULL THEN d.quantity ELSE r.amended_quantity END::float AS quantity
         FROM declaration d
         LEFT JOIN declaration_review r ON r.declaration_id = d.id AND r.decision = $5
        WHERE d.resident_id = $1 AND d.status = ANY($6::varchar[]) AND d.acted_on BETWEEN $3 AND $4
          AND coalesce(r.amended_item_code, d.item_code) = $2`,
      [resident.id, item.code, from, to, ReviewDecision.AMEND, COUNTED_STATUSES],
    )) as { quantity: number | null }[];
    const used = rows.reduce((sum, r) => sum + claimedPoints(item, r.quantity), 0);
    if (used + claim > cap + 1e-9) {
      throw BadInputException.field(
        'itemCode',
        `事项 ${item.code} 每${label}最多 ${cap} 分，${resident.name}本${label}已申报 ${used} 分，本次 ${claim} 分将超出上限`,
      );
    }
  }
}

/**
 * At approval: the points already approved (or amended to this item) for the resident and item in each
 * cap window plus these points stay within the caps (a reviewer may choose more than the minimum a
 * pending claim counted).
 */
export async function assertApprovedWithinCaps(
  tx: TenantTx,
  declaration: DeclarationEntity,
  item: ScoringListItemEntity,
  points: number,
): Promise<void> {
  const windows = capWindows(declaration.actedOn);
  for (const [capField, span, label] of CAP_SPANS) {
    const cap = item[capField];
    if (cap === null) continue;
    const [from, to] = windows[span];
    const [row] = (await tx.query(
      `SELECT coalesce(sum(abs(r.points)), 0)::float AS used FROM declaration_review r
         JOIN declaration d ON d.id = r.declaration_id
        WHERE r.decision IN ('APPROVE', 'AMEND') AND d.resident_id = $1
          AND coalesce(r.amended_item_code, d.item_code) = $2 AND d.acted_on BETWEEN $3 AND $4`,
      [declaration.residentId, item.code, from, to],
    )) as { used: number }[];
    if (row.used + Math.abs(points) > cap + 1e-9) {
      throw BadInputException.field(
        'points',
        `事项 ${item.code} 每${label}最多 ${cap} 分，本${label}已核定 ${row.used} 分，本次 ${Math.abs(points)} 分将超出上限`,
      );
    }
  }
}
