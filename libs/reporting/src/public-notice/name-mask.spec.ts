import { maskName } from './name-mask';

describe('maskName', () => {
  it('keeps the first and last character and stars the rest', () => {
    expect(maskName('张兆明')).toBe('张*明');
    expect(maskName('欧阳建国')).toBe('欧**国');
    expect(maskName('李磊')).toBe('李*');
    expect(maskName('𠮷祥云')).toBe('𠮷*云');
    expect(maskName('王')).toBe('王');
  });
});
