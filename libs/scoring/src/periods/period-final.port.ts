import type { TenantTx } from '@village/platform-tenancy';
import type { ScoringPeriodEntity } from './scoring-period.entity';

/**
 * The port through which a period that has just become final (定案) tells what uses its results — the
 * redeemable points credited in lots (incentives). Called inside the transaction that makes the period
 * final, so the period is final with its points credited, or neither. Scoring defines it; the
 * composition root wires the implementation; without one, nothing happens.
 */
export interface PeriodFinalListener {
  periodFinal(tx: TenantTx, period: ScoringPeriodEntity): Promise<void>;
}

export const PERIOD_FINAL_LISTENER = Symbol('PERIOD_FINAL_LISTENER');

/** The listener when none is wired (scoring alone, as some tests build it). */
export class NoPeriodFinalListener implements PeriodFinalListener {
  periodFinal(): Promise<void> {
    return Promise.resolve();
  }
}
