import type { TenantTx } from '@village/platform-tenancy';
import { BadInputException } from '@village/platform-common';
import { HouseholdEntity, ResidentEntity, ResidentStatus } from '@village/residents';
import {
  BENEFICIARY_RELATION_LABELS,
  type BeneficiaryRelation,
  type ScoringListItemEntity,
} from '@village/rulebook';
import { registeredRelation } from './beneficiary-relation';

/** Who an act scores: the actor, or the relative the declaration names (DOMAIN.md §13). */
export interface ScoredPerson {
  /** The resident whose points these are. */
  resident: ResidentEntity;
  /** Set when the act is scored to a relative: who acted, the relation, and whether the register agreed. */
  actor: null | { resident: ResidentEntity; relation: BeneficiaryRelation; checked: boolean };
}

/**
 * The person an act scores. Without a beneficiary, the actor. With one, the item must allow the
 * relation, the relative must be an active resident of the same village, and where the household
 * register can tell (one household, relations recorded) it must say the same relation — otherwise the
 * declaration is refused naming what the register says. Where it cannot tell, the act is accepted and
 * the note says the relation was not checked.
 */
export async function resolveScoredPerson(
  tx: TenantTx,
  actor: ResidentEntity,
  item: ScoringListItemEntity,
  input: { beneficiaryResidentId?: string | null; beneficiaryRelation?: BeneficiaryRelation | null },
): Promise<ScoredPerson> {
  const beneficiaryId = input.beneficiaryResidentId ?? null;
  if (!beneficiaryId) {
    if (input.beneficiaryRelation) {
      throw BadInputException.field('beneficiaryResidentId', '填写了亲属关系，请同时选择计分的亲属');
    }
    return { resident: actor, actor: null };
  }
  const allowed = item.beneficiaryRelations ?? [];
  if (!allowed.length) {
    throw BadInputException.field(
      'beneficiaryResidentId',
      `事项 ${item.code}「${item.name}」只计给行为人本人，不能计给亲属`,
    );
  }
  const relation = input.beneficiaryRelation ?? null;
  if (!relation) throw BadInputException.field('beneficiaryRelation', '请选择计分的亲属是行为人的什么人');
  if (!allowed.includes(relation)) {
    const labels = allowed.map((r) => BENEFICIARY_RELATION_LABELS[r]).join('、');
    throw BadInputException.field(
      'beneficiaryRelation',
      `事项 ${item.code} 只能计给行为人的${labels}，不能计给${BENEFICIARY_RELATION_LABELS[relation]}`,
    );
  }
  if (beneficiaryId === actor.id) {
    throw BadInputException.field('beneficiaryResidentId', '计分的亲属不能是行为人本人');
  }
  const beneficiary = await tx.findOne(ResidentEntity, { where: { id: beneficiaryId } });
  if (!beneficiary || beneficiary.villageId !== actor.villageId) {
    throw BadInputException.field('beneficiaryResidentId', '找不到该亲属，或其不是本村村民');
  }
  if (beneficiary.status !== ResidentStatus.ACTIVE) {
    throw BadInputException.field('beneficiaryResidentId', `${beneficiary.name}当前不在村，不参与积分`);
  }
  const household = actor.householdId
    ? await tx.findOne(HouseholdEntity, { where: { id: actor.householdId } })
    : null;
  const registered = registeredRelation(actor, beneficiary, household?.headResidentId ?? null);
  if (registered && registered !== relation) {
    throw BadInputException.field(
      'beneficiaryRelation',
      `据户籍登记，${beneficiary.name}是${actor.name}的${BENEFICIARY_RELATION_LABELS[registered]}，` +
        `不是${BENEFICIARY_RELATION_LABELS[relation]}`,
    );
  }
  return { resident: beneficiary, actor: { resident: actor, relation, checked: registered !== null } };
}

/** "行为人 张伟，计给其配偶 王芳（已按户籍核对）": for the ledger's rule note and the notices. */
export function beneficiaryNote(
  actorName: string,
  beneficiaryName: string,
  relation: BeneficiaryRelation,
  checked: boolean,
): string {
  return (
    `行为人 ${actorName}，计给其${BENEFICIARY_RELATION_LABELS[relation]} ${beneficiaryName}` +
    `（${checked ? '已按户籍核对' : '户籍未能核对'}）`
  );
}
