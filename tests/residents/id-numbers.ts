import { idNumberCheckChar } from '@village/residents';

/** A valid 居民身份证号 for a birth date (YYYY-MM-DD); `order` odd for men, even for women. */
export function idNumberFor(birthDate: string, order: number): string {
  const first17 = `371081${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
