import { judgeGroup, type OutlierCheck } from './outlier-rule';

/** One counted resident of the period, without a name: only what the groups are made of. */
export interface FairnessPerson {
  gridId: string | null;
  gender: string;
  /** Whole years at the period's last day. */
  age: number;
  deductions: number;
  /** Points deducted, as a positive number. */
  deductionPoints: number;
  objectionsRaised: number;
  objectionsUpheld: number;
  /** The period's credit score (tally line or ledger sum); null for someone not scored. */
  creditScore: number | null;
}

export interface GroupFigures {
  key: string;
  label: string;
  residents: number;
  /** Residents with a credit score for the period (the average's denominator). */
  scoredResidents: number;
  averageCreditScore: number | null;
  deductions: number;
  deductionPoints: number;
  deductionsPer100: number | null;
  objectionsRaised: number;
  objectionsUpheld: number;
}

export interface FairnessGroup extends GroupFigures {
  check: OutlierCheck;
}

export enum FairnessDimensionKey {
  GRID = 'GRID',
  GENDER = 'GENDER',
  AGE_BAND = 'AGE_BAND',
}

export const DIMENSION_LABELS: Record<FairnessDimensionKey, string> = {
  [FairnessDimensionKey.GRID]: '网格',
  [FairnessDimensionKey.GENDER]: '性别',
  [FairnessDimensionKey.AGE_BAND]: '年龄段',
};

export interface FairnessDimension {
  key: FairnessDimensionKey;
  label: string;
  groups: FairnessGroup[];
}

/** Age bands at the period's end; under 18 is listed only when someone that young is counted. */
export const AGE_BANDS: { key: string; label: string; from: number; to: number }[] = [
  { key: 'UNDER_18', label: '18 岁以下', from: -Infinity, to: 17 },
  { key: '18_35', label: '18–35 岁', from: 18, to: 35 },
  { key: '36_50', label: '36–50 岁', from: 36, to: 50 },
  { key: '51_65', label: '51–65 岁', from: 51, to: 65 },
  { key: '66_UP', label: '66 岁以上', from: 66, to: Infinity },
];

export function ageBandOf(age: number): string {
  return (AGE_BANDS.find((b) => age >= b.from && age <= b.to) ?? AGE_BANDS[0]).key;
}

const GENDERS = [
  { key: 'MALE', label: '男' },
  { key: 'FEMALE', label: '女' },
];

export const NO_GRID = 'NONE';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function figuresOf(key: string, label: string, people: FairnessPerson[]): GroupFigures {
  const scored = people.filter((p) => p.creditScore !== null);
  const sum = (pick: (p: FairnessPerson) => number) => people.reduce((total, p) => total + pick(p), 0);
  const deductions = sum((p) => p.deductions);
  return {
    key,
    label,
    residents: people.length,
    scoredResidents: scored.length,
    averageCreditScore: scored.length
      ? round2(scored.reduce((total, p) => total + (p.creditScore as number), 0) / scored.length)
      : null,
    deductions,
    deductionPoints: round2(sum((p) => p.deductionPoints)),
    deductionsPer100: people.length ? round2((deductions / people.length) * 100) : null,
    objectionsRaised: sum((p) => p.objectionsRaised),
    objectionsUpheld: sum((p) => p.objectionsUpheld),
  };
}

function groupsOf(
  people: FairnessPerson[],
  village: GroupFigures,
  keys: { key: string; label: string }[],
  keyOf: (p: FairnessPerson) => string,
): FairnessGroup[] {
  return keys.map(({ key, label }) => {
    const figures = figuresOf(
      key,
      label,
      people.filter((p) => keyOf(p) === key),
    );
    return {
      ...figures,
      check: judgeGroup(
        { count: figures.deductions, size: figures.residents },
        { count: village.deductions, size: village.residents },
      ),
    };
  });
}

/**
 * The three dimensions of a village's counted residents: every grid of the village (by code, and 未分网格
 * for residents in none), both genders, the age bands — each group with its figures and the outlier
 * check against the rest of the village (outlier-rule.ts).
 */
export function dimensionsOf(
  people: FairnessPerson[],
  village: GroupFigures,
  grids: { id: string; name: string }[],
): FairnessDimension[] {
  const gridKeys = grids.map((g) => ({ key: g.id, label: g.name }));
  if (people.some((p) => p.gridId === null)) gridKeys.push({ key: NO_GRID, label: '未分网格' });
  const bands = people.some((p) => ageBandOf(p.age) === AGE_BANDS[0].key) ? AGE_BANDS : AGE_BANDS.slice(1);
  const dimension = (key: FairnessDimensionKey, groups: FairnessGroup[]): FairnessDimension => ({
    key,
    label: DIMENSION_LABELS[key],
    groups,
  });
  return [
    dimension(
      FairnessDimensionKey.GRID,
      groupsOf(people, village, gridKeys, (p) => p.gridId ?? NO_GRID),
    ),
    dimension(
      FairnessDimensionKey.GENDER,
      groupsOf(people, village, GENDERS, (p) => p.gender),
    ),
    dimension(
      FairnessDimensionKey.AGE_BAND,
      groupsOf(people, village, bands, (p) => ageBandOf(p.age)),
    ),
  ];
}
