/**
 * Bounds for every Float a client sends. Points, quantities, caps and multipliers live in numeric
 * columns of at most 12 digits with 4 decimals; a value past those is refused by name here rather than
 * overflowing in PostgreSQL, and a value like 1e-9 (which class-validator's decimal check cannot parse)
 * is refused for its precision.
 */
export const MAX_ABS_NUMBER = 100_000_000;
export const MAX_DECIMALS = 4;

export function numberProblem(value: number): string | null {
  if (!Number.isFinite(value)) return '必须是有限的数值';
  if (Math.abs(value) > MAX_ABS_NUMBER) return `超出允许范围（绝对值不超过 ${MAX_ABS_NUMBER}）`;
  const scaled = value * 10 ** MAX_DECIMALS;
  // A non-zero value that rounds to zero at 4 decimals (5e-324) is as wrong as 0.00001.
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 || (value !== 0 && rounded === 0))
    return `最多保留 ${MAX_DECIMALS} 位小数`;
  return null;
}
