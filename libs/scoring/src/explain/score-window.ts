import { BadInputException } from '@village/platform-common';
import { RecordLevel, ScoreTrack } from '@village/rulebook';

/**
 * The dates a score covers. Scores are year-to-date (as the quarterly tallies are): a quarter's score
 * counts every entry from 1 January to the quarter's last day; the quarter's own span is shown apart.
 */
export interface ScoreWindow {
  year: number;
  /** 1–4, or null for the whole year. */
  quarter: number | null;
  label: string;
  from: string;
  to: string;
  /** First day of the quarter (null for the whole year). */
  quarterFrom: string | null;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

export function scoreWindow(year: number, quarter?: number | null): ScoreWindow {
  if (quarter === undefined || quarter === null) {
    return {
      year,
      quarter: null,
      label: `${year}年度`,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      quarterFrom: null,
    };
  }
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw BadInputException.field('quarter', '季度应为 1–4 的整数（不填为全年）');
  }
  const startMonth = String((quarter - 1) * 3 + 1).padStart(2, '0');
  return {
    year,
    quarter,
    label: `${year}年第${QUARTER_NAMES[quarter - 1]}季度（1月1日起累计）`,
    from: `${year}-01-01`,
    to: `${year}-${QUARTER_ENDS[quarter - 1]}`,
    quarterFrom: `${year}-${startMonth}-01`,
  };
}

/** What the totals need from a ledger entry (reversals carry negated points). */
export interface ScoredEntry {
  track: ScoreTrack;
  points: number;
  actedOn: string;
  /** DISTRICT entries count in the district's record only, not in the village's score. */
  recordLevel?: RecordLevel;
}

export interface TrackTotal {
  track: ScoreTrack;
  baseScore: number;
  /** Σ points of the entries in the window (1 January .. period end). */
  points: number;
  /** Σ points of the entries in the quarter itself (null for the whole year). */
  quarterPoints: number | null;
  score: number;
  entryCount: number;
}

/** Sums in hundredths, so 0.1 + 0.2 is 0.3 and the totals equal the listed entries exactly. */
const cents = (n: number) => Math.round(n * 100);

/**
 * Base + points per track. CREDIT is always shown; ROLE_DUTY when the resident holds a key role at the
 * period's end or has ROLE_DUTY entries in it (so every listed entry is counted in some total).
 */
export function trackTotals(
  entries: ScoredEntry[],
  window: ScoreWindow,
  bases: Record<ScoreTrack, number>,
  holdsKeyRole: boolean,
): TrackTotal[] {
  const tracks = [ScoreTrack.CREDIT];
  if (holdsKeyRole || entries.some((e) => e.track === ScoreTrack.ROLE_DUTY))
    tracks.push(ScoreTrack.ROLE_DUTY);
  return tracks.map((track) => {
    const mine = entries.filter(
      (e) =>
        e.track === track &&
        e.actedOn >= window.from &&
        e.actedOn <= window.to &&
        e.recordLevel !== RecordLevel.DISTRICT,
    );
    const sum = mine.reduce((s, e) => s + cents(e.points), 0);
    const quarterFrom = window.quarterFrom;
    const inQuarter = quarterFrom === null ? null : mine.filter((e) => e.actedOn >= quarterFrom);
    return {
      track,
      baseScore: bases[track],
      points: sum / 100,
      quarterPoints: inQuarter === null ? null : inQuarter.reduce((s, e) => s + cents(e.points), 0) / 100,
      score: (cents(bases[track]) + sum) / 100,
      entryCount: mine.length,
    };
  });
}
