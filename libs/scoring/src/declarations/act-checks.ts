import type { TenantTx } from '@village/platform-tenancy';
import { BadInputException } from '@village/platform-common';
import type { ResidentEntity } from '@village/residents';
import { ScoringListItemEntity } from '@village/rulebook';
import { DECLARATION_STATUS_LABELS, DeclarationStatus } from './declaration-enums';
import { capWindows } from './declaration-rules';

// Act-level rules checked when an act is declared (under the village's scoring lock, like the caps):
// one act scores once among alternative items; a household item scores a household once a quarter.

const COUNTED = [DeclarationStatus.PENDING, DeclarationStatus.APPROVED, DeclarationStatus.AMENDED];

/**
 * No stacking (不叠加): items of one alternative group describe one act, so the same person's act of
 * one day is declared under one of them. A second declaration under another item of the group is
 * refused naming the first; the reviewer of the first may amend it to the higher item.
 */
export async function assertOneItemPerAct(
  tx: TenantTx,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
  actedOn: string,
  exceptDeclarationId: string | null = null,
): Promise<void> {
  if (!item.alternativeGroup) return;
  const group = await tx.find(ScoringListItemEntity, {
    where: { listId: item.listId, alternativeGroup: item.alternativeGroup },
  });
  const [first] = (await tx.query(
    `SELECT coalesce(r.amended_item_code, d.item_code) AS code, d.status
       FROM declaration d
       LEFT JOIN declaration_review r ON r.declaration_id = d.id AND r.decision = 'AMEND'
      WHERE d.resident_id = $1 AND d.acted_on = $2 AND d.status = ANY($3::varchar[])
        AND coalesce(r.amended_item_code, d.item_code) = ANY($4::varchar[])
        AND d.id IS DISTINCT FROM $5
      ORDER BY d.created_at LIMIT 1`,
    [resident.id, actedOn, COUNTED, group.map((g) => g.code), exceptDeclarationId],
  )) as { code: string; status: DeclarationStatus }[];
  if (!first) return;
  const firstItem = group.find((g) => g.code === first.code);
  throw BadInputException.field(
    'itemCode',
    `${resident.name} ${actedOn} 的这一行为已按事项 ${first.code}「${firstItem?.name ?? ''}」` +
      `申报（${DECLARATION_STATUS_LABELS[first.status]}）；同组（${item.alternativeGroup}）事项不叠加，` +
      `同一行为只按最高的一项计分，如应按本事项计分，请审核人修正原申报`,
  );
}

/**
 * A household item that scores every member scores a household at most once a quarter, whichever
 * member it was declared for (the household is the resident's household now). Items scored on the
 * head alone — deductions such as 红白事大操大办 among them — may recur: each act is its own.
 */
export async function assertHouseholdOncePerQuarter(
  tx: TenantTx,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
  actedOn: string,
  exceptDeclarationId: string | null = null,
): Promise<void> {
  if (!item.household || !item.householdMembers || !resident.householdId) return;
  const [from, to] = capWindows(actedOn).quarter;
  const [first] = (await tx.query(
    `SELECT p.name, d.acted_on::text AS acted_on, d.status
       FROM declaration d
       JOIN resident p ON p.id = d.resident_id
       LEFT JOIN declaration_review r ON r.declaration_id = d.id AND r.decision = 'AMEND'
      WHERE p.household_id = $1 AND d.acted_on BETWEEN $2 AND $3 AND d.status = ANY($4::varchar[])
        AND coalesce(r.amended_item_code, d.item_code) = $5 AND d.id IS DISTINCT FROM $6
      ORDER BY d.created_at LIMIT 1`,
    [resident.householdId, from, to, COUNTED, item.code, exceptDeclarationId],
  )) as { name: string; acted_on: string; status: DeclarationStatus }[];
  if (!first) return;
  throw BadInputException.field(
    'itemCode',
    `事项 ${item.code}「${item.name}」以户为单位，每季度每户一次；本户本季度已由${first.name}` +
      `于 ${first.acted_on} 申报（${DECLARATION_STATUS_LABELS[first.status]}）`,
  );
}
