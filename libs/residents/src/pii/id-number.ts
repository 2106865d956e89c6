import { Gender } from '../residents/resident-status.enum';

/** A 居民身份证号 that passed the GB 11643 checks, with what the number itself says about the person. */
export interface ValidIdNumber {
  /** 18 characters, a trailing check character `X` in upper case. */
  value: string;
  /** YYYY-MM-DD, from positions 7–14. */
  birthDate: string;
  /** From the sequence code: odd for men, even for women. */
  gender: Gender;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const ID_NUMBER_INVALID = '身份证号格式或校验位不正确';

/** The GB 11643 check character of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberCheckChar: needs 17 digits');
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11];
}

/** Parses and checks an ID number; null when the format, the birth date or the check character is wrong. */
export function parseIdNumber(raw: string, today = new Date()): ValidIdNumber | null {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return null;
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return null;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || Number(value.slice(6, 10)) < 1900) return null;
  if (birthDate > today.toISOString().slice(0, 10)) return null;
  return { value, birthDate, gender: Number(value[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE };
}

/** What the API shows instead of the number: region code and last four, `371081********123X`. */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** A real day in the form YYYY-MM-DD (no 2月30日). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
