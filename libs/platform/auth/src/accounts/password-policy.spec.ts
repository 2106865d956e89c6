import { oneTimePasswordFor } from './one-time-password';
import { DEFAULT_PASSWORD_POLICY, passwordProblems } from './password-policy';

describe('password policy', () => {
  const check = (password: string, username = 'zhang-san') =>
    passwordProblems(DEFAULT_PASSWORD_POLICY, password, username);

  it('asks by default for 8 characters of three classes, without the username', () => {
    expect(check('Abc#1234')).toEqual([]);
    expect(check('Ab#1')).toEqual(['密码至少 8 位']);
    expect(check('abcdefgh1')).toEqual(['密码须包含大写字母、小写字母、数字、其他符号中的至少 3 类']);
    expect(check('X1#Zhang-San')).toEqual(['密码不能包含用户名']);
    expect(check('x'.repeat(129))).toContain('密码不能超过 128 位');
  });

  it('follows the configured length, classes and username rule', () => {
    const loose = { minLength: 6, minClasses: 1, forbidUsername: false };
    expect(passwordProblems(loose, 'zhang-san', 'zhang-san')).toEqual([]);
    expect(passwordProblems({ ...loose, minClasses: 4 }, 'abcDEF12', 'u')).toHaveLength(1);
  });

  it('makes one-time passwords that meet the strictest policy, different each time', () => {
    const strict = { minLength: 16, minClasses: 4, forbidUsername: true };
    const made = Array.from({ length: 50 }, () => oneTimePasswordFor(strict, 'abc'));
    for (const password of made) expect(passwordProblems(strict, password, 'abc')).toEqual([]);
    expect(new Set(made).size).toBe(50);
    expect(oneTimePasswordFor(DEFAULT_PASSWORD_POLICY, 'u1')).toHaveLength(12);
  });
});
