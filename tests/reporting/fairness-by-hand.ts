import type { TestApp } from '../support/test-app';

/**
 * The fairness view's figures computed here from the raw rows (as the database admin, past row-level
 * security), written independently of libs/reporting/src/fairness: the suite compares the two.
 */

export interface HandGroup {
  key: string;
  residents: number;
  scoredResidents: number;
  averageCreditScore: number | null;
  deductions: number;
  deductionPoints: number;
  deductionsPer100: number | null;
  objectionsRaised: number;
  objectionsUpheld: number;
  zScore: number | null;
  flagged: boolean;
}

export interface HandReviewer {
  accountId: string;
  entriesApproved: number;
  deductions: number;
  deductionShare: number | null;
  zScore: number | null;
  flagged: boolean;
}

interface Person {
  id: string;
  gridId: string | null;
  gender: string;
  age: number;
  deductions: number;
  deductionPoints: number;
  raised: number;
  upheld: number;
  score: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whole years from a birth date to a day, both 'YYYY-MM-DD'. */
function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

export function ageBand(age: number): string {
  if (age < 18) return 'UNDER_18';
  if (age <= 35) return '18_35';
  if (age <= 50) return '36_50';
  if (age <= 65) return '51_65';
  return '66_UP';
}

/**
 * The z of a share of the village's D events against the share of its size: (d − D·s) / √(D·s·(1 − s))
 * with s = n / N — the binomial form, which equals the pooled two-rate z the API describes.
 */
function shareZ(d: number, n: number, D: number, N: number): number | null {
  const s = n / N;
  if (n === 0 || n === N || D === 0) return null;
  return (d - D * s) / Math.sqrt(D * s * (1 - s));
}

export async function peopleByHand(
  t: TestApp,
  villageId: string,
  from: string,
  to: string,
  scores: Map<string, number>,
): Promise<Person[]> {
  const residents = await t.db.adminQuery<{
    id: string;
    grid_id: string | null;
    gender: string;
    birth_date: string;
    status: string;
  }>('SELECT id, grid_id, gender, birth_date::text, status FROM resident WHERE village_id = $1', [villageId]);
  const entries = await t.db.adminQuery<{
    resident_id: string;
    kind: string;
    points: string;
    acted_on: string;
  }>('SELECT resident_id, kind, points, acted_on::text FROM ledger_entry WHERE village_id = $1', [villageId]);
  const objections = await t.db.adminQuery<{
    subject_resident_id: string;
    status: string;
    raised_on: string;
  }>('SELECT subject_resident_id, status, raised_on::text FROM objection WHERE village_id = $1', [villageId]);
  const inSpan = (day: string) => day >= from && day <= to;
  return residents
    .map((r) => {
      const mine = entries.filter((e) => e.resident_id === r.id && inSpan(e.acted_on));
      const cuts = mine.filter((e) => e.kind === 'NORMAL' && Number(e.points) < 0);
      const against = objections.filter((o) => o.subject_resident_id === r.id && inSpan(o.raised_on));
      return {
        id: r.id,
        counted: r.status === 'ACTIVE' || mine.length > 0 || against.length > 0,
        gridId: r.grid_id,
        gender: r.gender,
        age: ageOn(r.birth_date, to),
        deductions: cuts.length,
        deductionPoints: cuts.reduce((s, e) => s - Number(e.points), 0),
        raised: against.length,
        upheld: against.filter((o) => o.status === 'UPHELD').length,
        score: scores.get(r.id) ?? null,
      };
    })
    .filter((p) => p.counted);
}

/** One group's figures and its check against the rest of `all` (≥ 10 residents, ≥ 5 deductions). */
export function groupByHand(key: string, members: Person[], all: Person[]): HandGroup {
  const D = all.reduce((s, p) => s + p.deductions, 0);
  const d = members.reduce((s, p) => s + p.deductions, 0);
  const scored = members.filter((p) => p.score !== null);
  const z = shareZ(d, members.length, D, all.length);
  const judged = members.length >= 10 && D >= 5 && z !== null;
  return {
    key,
    residents: members.length,
    scoredResidents: scored.length,
    averageCreditScore: scored.length
      ? round2(scored.reduce((s, p) => s + (p.score as number), 0) / scored.length)
      : null,
    deductions: d,
    deductionPoints: round2(members.reduce((s, p) => s + p.deductionPoints, 0)),
    deductionsPer100: members.length ? round2((d / members.length) * 100) : null,
    objectionsRaised: members.reduce((s, p) => s + p.raised, 0),
    objectionsUpheld: members.reduce((s, p) => s + p.upheld, 0),
    zScore: judged ? round2(z) : null,
    flagged: judged && Math.abs(z) >= 2,
  };
}

/**
 * Per reviewer: NORMAL entries acted in the span that they approved, the deductions among them, and
 * the two-proportion z against the other reviewers' entries (≥ 10 entries, ≥ 5 deductions in all).
 */
export async function reviewersByHand(
  t: TestApp,
  villageId: string,
  from: string,
  to: string,
): Promise<HandReviewer[]> {
  const rows = await t.db.adminQuery<{ reviewed_by: string; points: string }>(
    `SELECT reviewed_by, points FROM ledger_entry
      WHERE village_id = $1 AND kind = 'NORMAL' AND reviewed_by IS NOT NULL AND acted_on BETWEEN $2 AND $3`,
    [villageId, from, to],
  );
  const E = rows.length;
  const D = rows.filter((r) => Number(r.points) < 0).length;
  return [...new Set(rows.map((r) => r.reviewed_by))].map((accountId) => {
    const own = rows.filter((r) => r.reviewed_by === accountId);
    const e = own.length;
    const d = own.filter((r) => Number(r.points) < 0).length;
    const p = D / E;
    const z =
      e < E && p > 0 && p < 1
        ? (d / e - (D - d) / (E - e)) / Math.sqrt(p * (1 - p) * (1 / e + 1 / (E - e)))
        : null;
    const judged = e >= 10 && D >= 5 && z !== null;
    return {
      accountId,
      entriesApproved: e,
      deductions: d,
      deductionShare: round2((d / e) * 100),
      zScore: judged ? round2(z) : null,
      flagged: judged && Math.abs(z) >= 2,
    };
  });
}
