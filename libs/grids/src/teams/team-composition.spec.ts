import { ScoringTeamMemberKind as K } from './member-kind.enum';
import { compositionProblem, missingMemberKinds } from './team-composition';

describe('scoring team composition (党员先锋+村干部+群众代表)', () => {
  const full = [
    { residentId: 'a', kind: K.PARTY_PIONEER },
    { residentId: 'b', kind: K.VILLAGE_CADRE },
    { residentId: 'c', kind: K.MASSES_REPRESENTATIVE },
  ];

  it('accepts a team with all three kinds', () => {
    expect(missingMemberKinds(full)).toEqual([]);
    expect(compositionProblem(full)).toBeNull();
    expect(compositionProblem([...full, { residentId: 'd', kind: K.MASSES_REPRESENTATIVE }])).toBeNull();
  });

  it('names every missing kind in Chinese', () => {
    expect(missingMemberKinds([full[1]])).toEqual([K.PARTY_PIONEER, K.MASSES_REPRESENTATIVE]);
    expect(compositionProblem([full[1]])).toContain('缺少：党员先锋、群众代表');
    expect(compositionProblem([full[0], full[1]])).toContain('缺少：群众代表');
    expect(compositionProblem([])).toContain('党员先锋、村干部、群众代表');
  });

  it('refuses the same person twice', () => {
    expect(compositionProblem([...full, { residentId: 'a', kind: K.VILLAGE_CADRE }])).toContain('多次');
  });
});
