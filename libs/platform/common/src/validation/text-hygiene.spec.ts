import { numberProblem } from './number-hygiene';
import { textProblem } from './text-hygiene';

const line = { multiline: false };

describe('textProblem', () => {
  it.each([
    ['a\u0000b', '空字符'],
    ['lone \ud800', '无效的字符编码'],
    ['\u001b[2J', '控制字符'],
    ['名\u202e字', '方向控制符'],
    ['   ', '空白'],
    ['a\nb', '换行符'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(textProblem(value, line)).toContain(reason);
  });

  it('accepts ordinary Chinese text, emoji (a surrogate pair) and line breaks where text spans lines', () => {
    expect(textProblem('王秀英 👍', line)).toBeNull();
    expect(textProblem('第一条\n第二条\t备注', { multiline: true })).toBeNull();
    expect(textProblem('', line)).toBeNull();
  });

  it('takes a password as typed, spaces and all', () => {
    expect(textProblem('    ', { multiline: false, verbatim: true })).toBeNull();
  });

  it('bounds the length', () => {
    expect(textProblem('x'.repeat(10_001), line)).toContain('不能超过 10000');
  });
});

describe('numberProblem', () => {
  it.each([1e20, -1e20, 1e-9, 5e-324, 0.00001])('refuses %p', (value) => {
    expect(numberProblem(value)).not.toBeNull();
  });

  it.each([0, 1, -0.5, 0.1 + 0.2, 12.25, 0.0001, 99_999_999])('accepts %p', (value) => {
    expect(numberProblem(value)).toBeNull();
  });
});
