import { BadInputException } from '@village/platform-common';

/**
 * What a password must be (PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MAY_CONTAIN_USERNAME).
 * The defaults follow 等保 2.0 level 3 (GB/T 22239-2019 身份鉴别: 口令具有复杂度要求): at least 8
 * characters, three of the four classes (upper case, lower case, digits, other), not containing the
 * username.
 */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  forbidUsername: boolean;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3, forbidUsername: true };

/** The longest password accepted anywhere (the login input's limit). */
export const MAX_PASSWORD_LENGTH = 128;

const CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Why `password` breaks the policy, in words for the user; empty when it does not. */
export function passwordProblems(policy: PasswordPolicy, password: string, username: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push(`密码至少 ${policy.minLength} 位`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`密码不能超过 ${MAX_PASSWORD_LENGTH} 位`);
  const classes = CLASSES.filter((c) => c.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、其他符号中的至少 ${policy.minClasses} 类`);
  }
  const name = username.trim().toLowerCase();
  if (policy.forbidUsername && name && password.toLowerCase().includes(name)) {
    problems.push('密码不能包含用户名');
  }
  return problems;
}

/** Refuses a password that breaks the policy, naming `field` (BAD_USER_INPUT with the reasons). */
export function assertPasswordPolicy(
  policy: PasswordPolicy,
  password: string,
  username: string,
  field: string,
): void {
  const reasons = passwordProblems(policy, password, username);
  if (reasons.length) throw new BadInputException([{ field, reasons }]);
}
