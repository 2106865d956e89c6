import { randomInt } from 'node:crypto';
import { passwordProblems, type PasswordPolicy } from './password-policy';

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=?';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

/**
 * A one-time password an administrator passes on (reset, new staff account): at least 12 characters
 * from a CSPRNG with one of each class, drawn again in the unlikely case it contains the username, so
 * it meets the policy whatever PASSWORD_MIN_LENGTH and PASSWORD_MIN_CLASSES say.
 */
export function oneTimePasswordFor(policy: PasswordPolicy, username: string): string {
  for (;;) {
    const password = oneTimePassword(Math.max(12, policy.minLength));
    if (!passwordProblems(policy, password, username).length) return password;
  }
}

function oneTimePassword(length: number): string {
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
