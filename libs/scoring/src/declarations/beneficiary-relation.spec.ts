import { BeneficiaryRelation as R } from '@village/rulebook';
import { HouseholdRelation as H } from '@village/residents';
import { registeredRelation, type RegisteredPerson } from './beneficiary-relation';

const person = (
  id: string,
  relationToHead: H | null,
  householdId: string | null = 'h1',
): RegisteredPerson => ({
  id,
  householdId,
  relationToHead,
});
const head = person('head', null);

describe('registeredRelation: what the household register says the beneficiary is to the actor', () => {
  it('reads the head’s relations both ways', () => {
    expect(registeredRelation(head, person('w', H.SPOUSE), 'head')).toBe(R.SPOUSE);
    expect(registeredRelation(person('w', H.SPOUSE), head, 'head')).toBe(R.SPOUSE);
    expect(registeredRelation(head, person('c', H.CHILD), 'head')).toBe(R.CHILD);
    expect(registeredRelation(person('c', H.CHILD), head, 'head')).toBe(R.PARENT);
    expect(registeredRelation(person('p', H.PARENT), head, 'head')).toBe(R.CHILD);
  });

  it('reads spouse and child of the head as parent and child', () => {
    expect(registeredRelation(person('w', H.SPOUSE), person('c', H.CHILD), 'head')).toBe(R.CHILD);
    expect(registeredRelation(person('c', H.CHILD), person('w', H.SPOUSE), 'head')).toBe(R.PARENT);
  });

  it('cannot say across households, for unrecorded relations, or between siblings', () => {
    expect(registeredRelation(head, person('x', H.SPOUSE, 'h2'), 'head')).toBeNull();
    expect(registeredRelation(head, person('x', null), 'head')).toBeNull();
    expect(registeredRelation(person('a', H.CHILD), person('b', H.CHILD), 'head')).toBeNull();
    expect(registeredRelation(person('a', null, null), person('b', null, null), null)).toBeNull();
  });
});
