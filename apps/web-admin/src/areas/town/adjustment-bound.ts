/**
 * The values a town may set for a framework value: within ±percent of it, rounded to cents — the
 * same rule the API applies (rulebook allowedRange), checked here as the user types.
 */
export interface AdjustmentBound {
  min: number;
  max: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function adjustmentBound(base: number, percent: number): AdjustmentBound {
  return { min: round2(base * (1 - percent / 100)), max: round2(base * (1 + percent / 100)) };
}

/** Null when the value is allowed (or empty: the framework's value is kept), else why not. */
export function adjustmentProblem(
  value: number | null | undefined,
  base: number,
  percent: number,
): string | null {
  if (value === null || value === undefined) return null;
  const { min, max } = adjustmentBound(base, percent);
  if (value >= min - 1e-9 && value <= max + 1e-9) return null;
  return `调整值 ${value} 超出允许范围 ${min}–${max}（框架值 ${base}，上下浮动不超过 ${percent}%）`;
}
