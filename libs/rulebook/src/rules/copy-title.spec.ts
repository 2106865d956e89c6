import { titleForYear } from './copy-title';

describe('the title of a framework copied to another year', () => {
  it('replaces the old year where it stands as a year of its own', () => {
    expect(titleForYear('文登区2026年积分评价框架', 2026, 2027)).toBe('文登区2027年积分评价框架');
    expect(titleForYear('2026 年框架（2026 修订）', 2026, 2027)).toBe('2027 年框架（2027 修订）');
    expect(titleForYear('第 120261 号 2026 年框架', 2026, 2027)).toBe('第 120261 号 2027 年框架');
  });

  it('appends the new year when the title names none, within the 100 characters a title may have', () => {
    expect(titleForYear('文登区积分评价框架', 2026, 2027)).toBe('文登区积分评价框架（2027 年）');
    expect(titleForYear('框'.repeat(100), 2026, 2027)).toHaveLength(100);
  });

  it('keeps the title of a new version of the same year', () => {
    expect(titleForYear('文登区积分评价框架', 2026, 2026)).toBe('文登区积分评价框架');
  });
});
