import { BadInputException, daysBetween, isCivilDate } from '@village/platform-common';
import { ScoringPeriodStatus } from './period-enums';

/**
 * How long after an act it may still be registered. A district-wide default for now; the town manual's
 * calendar (registration days, notice days) is where a town will adjust it, as `lateEntryDays`.
 */
export const LATE_ENTRY_DAYS = 31;

export interface EntryWindow {
  /** Days after the act an entry is still accepted (default LATE_ENTRY_DAYS). */
  lateDays?: number;
  /** Status of the quarter containing the act; entries are accepted only while it is OPEN. */
  quarterStatus?: ScoringPeriodStatus | null;
}

export type EntryDecision = { accepted: true } | { accepted: false; reason: string };

/**
 * Whether an act on `actDate` may be registered on `today` (civil dates in China): not in the future,
 * at most `lateDays` after the act, and only while the act's quarter is still open.
 */
export function acceptsEntryFor(actDate: string, today: string, window: EntryWindow = {}): EntryDecision {
  const lateDays = window.lateDays ?? LATE_ENTRY_DAYS;
  if (!isCivilDate(actDate)) return { accepted: false, reason: `${actDate} 不是有效日期（YYYY-MM-DD）` };
  const late = daysBetween(actDate, today);
  if (late < 0) return { accepted: false, reason: `${actDate} 晚于今天（${today}），不能登记尚未发生的事项` };
  if (window.quarterStatus !== undefined && window.quarterStatus !== ScoringPeriodStatus.OPEN) {
    return {
      accepted: false,
      reason: window.quarterStatus
        ? `${actDate} 所在季度期间已核算，不能再登记`
        : `${actDate} 所在年度尚未开启积分期间，不能登记`,
    };
  }
  if (late > lateDays) {
    return {
      accepted: false,
      reason: `${actDate} 的事项已超过补录期限（事项发生后 ${lateDays} 天内可登记，今天是 ${today}）`,
    };
  }
  return { accepted: true };
}

/** The same check as an error on `field`, for services that register entries. */
export function assertAcceptsEntryFor(
  actDate: string,
  today: string,
  window: EntryWindow = {},
  field = 'date',
): void {
  const decision = acceptsEntryFor(actDate, today, window);
  if (!decision.accepted) throw BadInputException.field(field, decision.reason);
}
