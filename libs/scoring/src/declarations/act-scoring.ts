import type { TenantTx } from '@village/platform-tenancy';
import { HouseholdEntity, ResidentEntity, ResidentStatus } from '@village/residents';
import {
  JUDGEMENT_GRADE_LABELS,
  showPoints,
  validityMonthsFor,
  type ScoringListItemEntity,
} from '@village/rulebook';
import type { LedgerService } from '../ledger/ledger.service';
import { snapshotOfItem } from '../ledger/item-snapshot';
import { beneficiaryNote } from './beneficiary';
import { registeredRelation } from './beneficiary-relation';
import type { DeclarationEntity } from './declaration.entity';
import { addMonths } from './declaration-rules';

// What an approval adds for issue 12's act rules: the expiry by the size of the points, the notes
// naming the actor of a beneficiary's act and a household's scoring, and the members' entries.

/** Validity by rule: by the size of the points when the item says so, else its fixed months. */
export function expiryOf(item: ScoringListItemEntity, actedOn: string, points: number): string | null {
  const months = item.validityRules?.length
    ? validityMonthsFor(item.validityRules, Math.abs(points))
    : item.validityMonths;
  return months ? addMonths(actedOn, months) : null;
}

/** The plain-Chinese notes of a beneficiary's act and of a household item, for the ledger entry. */
export async function actNotesOf(
  tx: TenantTx,
  declaration: DeclarationEntity,
  resident: ResidentEntity,
  item: ScoringListItemEntity,
): Promise<string[]> {
  const notes: string[] = [];
  if (declaration.actorResidentId && declaration.beneficiaryRelation) {
    const actor = await tx.findOneByOrFail(ResidentEntity, { id: declaration.actorResidentId });
    const household = actor.householdId
      ? await tx.findOne(HouseholdEntity, { where: { id: actor.householdId } })
      : null;
    const checked = registeredRelation(actor, resident, household?.headResidentId ?? null) !== null;
    notes.push(beneficiaryNote(actor.name, resident.name, declaration.beneficiaryRelation, checked));
  }
  if (item.household && item.householdMembers) {
    notes.push('按户计分：本户每位在村成员各记同样分值（每季度每户一次）');
  }
  if (item.judgementGrade !== null || item.judgementStars !== null) {
    const ceilings = [
      item.judgementGrade !== null ? `年度等次最高${JUDGEMENT_GRADE_LABELS[item.judgementGrade]}` : null,
      item.judgementStars !== null ? `星级最高 ${item.judgementStars} 星` : null,
    ].filter(Boolean);
    notes.push(`直接认定：有效期内${ceilings.join('、')}`);
  }
  return notes;
}

/**
 * A household item that scores every member: after the declared member's entry, one entry of the same
 * points for each other current member (active, in the household at approval), each keyed by the
 * declaration and the member so a retried approval never scores anyone twice.
 */
export async function scoreHouseholdMembers(
  tx: TenantTx,
  ledger: LedgerService,
  declaration: DeclarationEntity,
  resident: ResidentEntity,
  scored: { item: ScoringListItemEntity; quantity: number | null },
  points: number,
  reviewedBy: string | null,
): Promise<void> {
  const { item } = scored;
  if (!item.household || !item.householdMembers || !resident.householdId) return;
  const members = await tx.find(ResidentEntity, {
    where: { householdId: resident.householdId, status: ResidentStatus.ACTIVE },
    order: { name: 'ASC', id: 'ASC' },
  });
  const others = members.filter((m) => m.id !== resident.id);
  for (const member of others) {
    await ledger.append(
      tx,
      {
        villageId: declaration.villageId,
        residentId: member.id,
        track: item.track,
        points,
        ...snapshotOfItem(item),
        quantity: scored.quantity,
        actedOn: declaration.actedOn,
        expiresOn: expiryOf(item, declaration.actedOn, points),
        declarationId: declaration.id,
        declaredBy: declaration.declaredBy,
        reviewedBy,
        ruleNote: `按户计分：${resident.name}所在户 ${members.length} 名成员各记 ${showPoints(points)} 分（每季度每户一次）`,
      },
      `household:${declaration.id}:${member.id}`,
    );
  }
}
