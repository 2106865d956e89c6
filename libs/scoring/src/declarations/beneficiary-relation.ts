import { BeneficiaryRelation } from '@village/rulebook';
import type { HouseholdRelation } from '@village/residents';

/** A resident as the household register places them: their household, and their 与户主关系. */
export interface RegisteredPerson {
  id: string;
  householdId: string | null;
  relationToHead: HouseholdRelation | null;
}

type Place = 'HEAD' | HouseholdRelation;

/**
 * What the household register says the beneficiary is to the actor, or null when it cannot say (not
 * one household, a relation not recorded, or one the register cannot tell apart, e.g. two children of
 * the head are siblings, not spouse, child or parent). Only pairs through the head, or through the
 * head's spouse and child, are read: 户主 / 配偶 / 子女 / 父母 is all the register records.
 */
export function registeredRelation(
  actor: RegisteredPerson,
  beneficiary: RegisteredPerson,
  headResidentId: string | null,
): BeneficiaryRelation | null {
  if (!actor.householdId || actor.householdId !== beneficiary.householdId) return null;
  const place = (p: RegisteredPerson): Place | null => (p.id === headResidentId ? 'HEAD' : p.relationToHead);
  const a = place(actor);
  const b = place(beneficiary);
  if (a === 'HEAD' && b && b !== 'OTHER') return b as BeneficiaryRelation;
  if (b === 'HEAD') {
    if (a === 'SPOUSE') return BeneficiaryRelation.SPOUSE;
    if (a === 'CHILD') return BeneficiaryRelation.PARENT;
    if (a === 'PARENT') return BeneficiaryRelation.CHILD;
  }
  if (a === 'SPOUSE' && b === 'CHILD') return BeneficiaryRelation.CHILD;
  if (a === 'CHILD' && b === 'SPOUSE') return BeneficiaryRelation.PARENT;
  return null;
}
