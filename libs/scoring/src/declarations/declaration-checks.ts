import type { TenantTx } from '@village/platform-tenancy';
import { BadInputException, SUBJECT_TYPE_LABELS } from '@village/platform-common';
import { HouseholdEntity, ResidentEntity, SubjectRoleEntity } from '@village/residents';
import { CapMode, ItemDirection, effectiveList, ScoringListItemEntity } from '@village/rulebook';
import { DeclarationEntity } from './declaration.entity';
import { DeclarationChannel, DeclarationStatus, ReviewDecision } from './declaration-enums';
import { capWindows, claimedPoints } from './declaration-rules';
import { bandLabel, isQuantified, showPoints } from '@village/rulebook';
import { bandFor } from './points-rules';

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
  if (item.milestones?.length) {
    throw BadInputException.field(
      field,
      `事项 ${item.code} 是累计奖励，由系统在累计达到门槛时自动计分，不能申报或登记`,
    );
  }
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
  if (isQuantified(item)) {
    if (quantity === null || quantity === undefined || !(quantity > 0)) {
      throw BadInputException.field(
        field,
        `事项 ${item.code} 按${item.unitLabel ?? '单位'}计分，须填写大于 0 的数量`,
      );
    }
    if (item.amountBands?.length && !bandFor(item.amountBands, quantity)) {
      const unit = item.unitLabel ?? '';
      const bands = item.amountBands.map((b) => bandLabel(b, unit)).join('；');
      throw BadInputException.field(
        field,
        `事项 ${item.code} 按数量分档计分（${bands}），${quantity}${unit}不在任何一档内`,
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
 * What a cap counts: the item alone, or every item of the village's list that shares its cap group
 * (the group's items carry the same caps, checked at publishing; item-sanity.ts).
 */
async function capScope(
  tx: TenantTx,
  item: ScoringListItemEntity,
): Promise<{ items: Map<string, ScoringListItemEntity>; label: string }> {
  if (!item.capGroup) return { items: new Map([[item.code, item]]), label: `事项 ${item.code}` };
  const members = await tx.find(ScoringListItemEntity, {
    where: { listId: item.listId, capGroup: item.capGroup },
  });
  const codes = members
    .map((m) => m.code)
    .sort()
    .join('、');
  return { items: new Map(members.map((m) => [m.code, m])), label: `事项组 ${item.capGroup}（${codes}）` };
}

/**
 * Whose points a cap counts: the resident's, or (an item capped per household) every member's of the
 * resident's household as it is now — with how messages name them.
 */
async function capHolders(
  tx: TenantTx,
  item: ScoringListItemEntity,
  residentId: string,
): Promise<{ ids: string[]; household: boolean }> {
  if (!item.capByHousehold) return { ids: [residentId], household: false };
  const rows = (await tx.query(
    `SELECT m.id FROM resident r JOIN resident m ON m.household_id = r.household_id WHERE r.id = $1`,
    [residentId],
  )) as { id: string }[];
  return rows.length
    ? { ids: rows.map((r) => r.id), household: true }
    : { ids: [residentId], household: false };
}

/**
 * Pending and approved declarations of the resident in the item's cap scope and the act's
 * month/quarter/year stay within the caps. An amended declaration counts under the item and quantity
 * the reviewer scored. A clamping cap refuses only when nothing is left (the review scores the rest).
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
  const scope = await capScope(tx, item);
  const holders = await capHolders(tx, item, resident.id);
  const who = holders.household ? `${resident.name}所在户` : resident.name;
  for (const [capField, span, label] of CAP_SPANS) {
    const cap = item[capField];
    if (cap === null) continue;
    const [from, to] = windows[span];
    // A decided declaration counts the points it was given (a clamped one what it scored); a pending
    // one what it certainly claims.
    const rows = (await tx.query(
      `SELECT coalesce(r.amended_item_code, d.item_code) AS code, abs(r.points)::float AS scored,
              CASE WHEN r.decision = $5 THEN r.amended_quantity ELSE d.quantity END::float AS quantity
         FROM declaration d
         LEFT JOIN declaration_review r ON r.declaration_id = d.id
        WHERE d.resident_id = ANY($1::uuid[]) AND d.status = ANY($6::varchar[]) AND d.acted_on BETWEEN $3 AND $4
          AND coalesce(r.amended_item_code, d.item_code) = ANY($2::varchar[])`,
      [holders.ids, [...scope.items.keys()], from, to, ReviewDecision.AMEND, COUNTED_STATUSES],
    )) as { code: string; scored: number | null; quantity: number | null }[];
    const used = rows.reduce(
      (sum, r) => sum + (r.scored ?? claimedPoints(scope.items.get(r.code) ?? item, r.quantity)),
      0,
    );
    const over = item.capMode === CapMode.CLAMP ? used >= cap - 1e-9 : used + claim > cap + 1e-9;
    if (over) {
      throw BadInputException.field(
        'itemCode',
        `${scope.label} 每${label}最多 ${cap} 分${holders.household ? '（按户合计）' : ''}，${who}本${label}已申报 ${showPoints(used)} 分，本次 ${showPoints(claim)} 分将超出上限`,
      );
    }
  }
}

/**
 * At approval: the points already approved in the item's cap scope for the resident in each cap window
 * plus these points stay within the caps (a reviewer may choose more than the minimum a pending claim
 * counted). A clamping cap scores what is left up to the cap and says so; nothing left is refused.
 * Runs under the village's scoring lock, so parallel approvals see each other (village-scoring-lock.ts).
 */
export async function capApprovedPoints(
  tx: TenantTx,
  declaration: DeclarationEntity,
  item: ScoringListItemEntity,
  points: number,
): Promise<{ points: number; notes: string[] }> {
  const windows = capWindows(declaration.actedOn);
  const scope = await capScope(tx, item);
  const holders = await capHolders(tx, item, declaration.residentId);
  const perHousehold = holders.household ? '（按户合计）' : '';
  const sign = points < 0 ? -1 : 1;
  let magnitude = Math.abs(points);
  const notes: string[] = [];
  for (const [capField, span, label] of CAP_SPANS) {
    const cap = item[capField];
    if (cap === null) continue;
    const [from, to] = windows[span];
    const [row] = (await tx.query(
      `SELECT coalesce(sum(abs(r.points)), 0)::float AS used FROM declaration_review r
         JOIN declaration d ON d.id = r.declaration_id
        WHERE r.decision IN ('APPROVE', 'AMEND') AND d.resident_id = ANY($1::uuid[])
          AND coalesce(r.amended_item_code, d.item_code) = ANY($2::varchar[]) AND d.acted_on BETWEEN $3 AND $4`,
      [holders.ids, [...scope.items.keys()], from, to],
    )) as { used: number }[];
    if (row.used + magnitude <= cap + 1e-9) continue;
    const left = Math.round((cap - row.used) * 100) / 100;
    if (item.capMode === CapMode.CLAMP && left > 0) {
      notes.push(
        `${scope.label} 每${label}最多 ${cap} 分${perHousehold}，本${label}已核定 ${showPoints(row.used)} 分，本次计至上限 ${showPoints(left)} 分`,
      );
      magnitude = left;
      continue;
    }
    throw BadInputException.field(
      'points',
      `${scope.label} 每${label}最多 ${cap} 分${perHousehold}，本${label}已核定 ${showPoints(row.used)} 分，本次 ${showPoints(magnitude)} 分将超出上限` +
        (item.capMode === CapMode.CLAMP ? '（已达上限，请驳回并说明）' : ''),
    );
  }
  return { points: sign * magnitude, notes };
}
