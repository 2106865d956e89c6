import { governanceProblems } from './governance-composition';

describe('"1+4+N" governance team composition', () => {
  const deputies = ['党小组长', '村民代表组长', '网格长', '志愿者队长'].map((dutyTitle, i) => ({
    residentId: `d${i}`,
    dutyTitle,
  }));

  it('accepts one leader, four deputies and any number of workers', () => {
    expect(governanceProblems({ leaderId: 'l', deputies, workers: [] })).toEqual([]);
    expect(
      governanceProblems({ leaderId: 'l', deputies, workers: [{ residentId: 'w', fullTime: true }] }),
    ).toEqual([]);
  });

  it('refuses three or five deputies', () => {
    expect(governanceProblems({ leaderId: 'l', deputies: deputies.slice(0, 3), workers: [] })[0]).toEqual({
      field: 'deputies',
      reason: expect.stringContaining('现有 3 名'),
    });
    const five = [...deputies, { residentId: 'd4', dutyTitle: '其他' }];
    expect(governanceProblems({ leaderId: 'l', deputies: five, workers: [] })[0].field).toBe('deputies');
  });

  it('refuses one person in two places and a deputy without a duty title', () => {
    const twice = governanceProblems({ leaderId: 'd0', deputies, workers: [] });
    expect(twice.map((p) => p.field)).toEqual(['members']);
    const untitled = [{ ...deputies[0], dutyTitle: ' ' }, ...deputies.slice(1)];
    expect(governanceProblems({ leaderId: 'l', deputies: untitled, workers: [] })[0].field).toBe(
      'deputies.0.dutyTitle',
    );
  });
});
