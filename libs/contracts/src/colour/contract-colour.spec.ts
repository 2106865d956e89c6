import { CADRE_SUBJECTS, SubjectType } from '@village/platform-common';
import {
  COLOUR_SUBJECT,
  CONTRACT_COLOURS,
  ContractColour,
  colourForSubject,
  isHouseholdColour,
} from './contract-colour.enum';

describe('contract colours', () => {
  it('gives each subject type but the cadre posts exactly one colour, and back', () => {
    expect(new Set(CONTRACT_COLOURS.map((c) => COLOUR_SUBJECT[c])).size).toBe(5);
    for (const subject of Object.values(SubjectType)) {
      const colour = colourForSubject(subject);
      if (CADRE_SUBJECTS.includes(subject)) expect(colour).toBeNull();
      else expect(colour && COLOUR_SUBJECT[colour]).toBe(subject);
    }
    expect(colourForSubject(SubjectType.PARTY_MEMBER)).toBe(ContractColour.RED);
    expect(colourForSubject(SubjectType.ELDER)).toBe(ContractColour.SILVER);
  });

  it('signs only BLUE per household', () => {
    expect(CONTRACT_COLOURS.filter(isHouseholdColour)).toEqual([ContractColour.BLUE]);
  });
});
