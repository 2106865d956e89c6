import { duplicateValues, invalidItemCodes, mergeTemplates } from './template-merge';

describe('mergeTemplates', () => {
  const base = { title: '先锋契约', clauses: ['甲', '乙'], itemCodes: ['RED-01', 'RED-02'] };

  it('returns a copy of the base when there is no extension', () => {
    const merged = mergeTemplates(base, null);
    expect(merged).toEqual(base);
    expect(merged.clauses).not.toBe(base.clauses);
  });

  it('appends the extension clauses after the base, takes its title and unions item codes', () => {
    const merged = mergeTemplates(base, {
      title: '宋村镇先锋契约',
      clauses: ['丙'],
      itemCodes: ['RED-02', 'SC-01'],
    });
    expect(merged.title).toBe('宋村镇先锋契约');
    expect(merged.clauses).toEqual(['甲', '乙', '丙']);
    expect(merged.itemCodes).toEqual(['RED-01', 'RED-02', 'SC-01']);
  });
});

describe('item codes', () => {
  it('accepts rulebook-shaped codes and rejects others', () => {
    expect(invalidItemCodes(['RED-01', 'A1.2', 'PM.DUTY.3', 'B'])).toEqual([]);
    expect(invalidItemCodes(['red-01', '1A', 'A--1', 'A 1', '', 'A'.repeat(33)])).toHaveLength(6);
  });

  it('finds duplicates', () => {
    expect(duplicateValues(['A', 'B', 'A', 'C', 'B', 'A'])).toEqual(['A', 'B']);
    expect(duplicateValues(['A'])).toEqual([]);
  });
});
