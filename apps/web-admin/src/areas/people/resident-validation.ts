import type { GenderValue } from './people-labels';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The API's own phone rule, checked before sending so the user sees it at once. */
export const PHONE_PATTERN = /^[0-9+-]{5,20}$/;
export const PHONE_MESSAGE = '电话号码格式不正确（5–20 位数字，可含 + 或 -）';

/** A real day written YYYY-MM-DD (no 2月30日). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * What is wrong with a 居民身份证号 as typed (GB 11643: 17 digits and a check character), or null.
 * The same checks as the API, so a typo is caught on the field rather than after a round trip.
 */
export function idNumberProblem(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号应为 18 位（最后一位可为 X）';
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  if (CHECK_CHARS[sum % 11] !== value[17]) return '身份证号校验位不正确，请核对';
  if (!isCalendarDate(idNumberBirthDate(value))) return '身份证号中的出生日期不正确';
  return null;
}

/** The birth date the number carries (positions 7–14). */
export function idNumberBirthDate(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** The gender the number carries: odd sequence for men, even for women. */
export function idNumberGender(value: string): GenderValue {
  return Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}
