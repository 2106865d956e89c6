import { SubjectType } from '@village/platform-common';
import { ItemDirection, ScoreTrack } from '../common/item-enums';
import { itemSanityProblems } from './item-sanity';
import { PLAIN_POINT_RULE } from './point-rule.fixtures';

const item = {
  code: 'A1',
  name: '事项',
  direction: ItemDirection.NEGATIVE,
  track: ScoreTrack.CREDIT,
  subjectTypes: [SubjectType.VILLAGER],
  veto: false,
  household: false,
  ...PLAIN_POINT_RULE,
  pointsMin: 1,
  pointsMax: 2,
  perUnitPoints: null,
  capPerMonth: null,
  capPerQuarter: null,
  capPerYear: null,
};
const fields = (overrides: Partial<typeof item>) =>
  itemSanityProblems([{ ...item, ...overrides }], 'items').map((p) => p.field);

describe('rules every item keeps when it takes effect', () => {
  it('vetoes only deductions', () => {
    expect(fields({ veto: true })).toEqual([]);
    expect(fields({ veto: true, direction: ItemDirection.POSITIVE })).toEqual(['items.A1.veto']);
  });

  it('scores the role-duty track only for party members and representatives', () => {
    const roleDuty = { track: ScoreTrack.ROLE_DUTY };
    expect(
      fields({ ...roleDuty, subjectTypes: [SubjectType.PARTY_MEMBER, SubjectType.REPRESENTATIVE] }),
    ).toEqual([]);
    expect(fields({ ...roleDuty, subjectTypes: [SubjectType.PARTY_MEMBER, SubjectType.VOLUNTEER] })).toEqual([
      'items.A1.subjectTypes',
    ]);
    expect(fields({ subjectTypes: [SubjectType.VOLUNTEER] })).toEqual([]);
  });
});
