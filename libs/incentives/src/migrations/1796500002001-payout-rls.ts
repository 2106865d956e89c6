import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnlyTenantTable,
  dropAppendOnly,
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

const APPEND_ONLY = ['payout_plan_line', 'payout_plan_event'];

/**
 * Payout plans are village rows seen in scope. A plan's status moves only along 起草 → 表决通过/否决,
 * 通过 → 公示 → 发放; what was drafted never changes, and each step's facts are written by that step
 * alone (the vote by the vote, the posting time by the posting, the payment date by the payment).
 * Lines and events are append-only.
 */
export class PayoutRls1796500002001 implements MigrationInterface {
  name = 'PayoutRls1796500002001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...scopedTenantTable('payout_plan', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE FUNCTION public.payout_plan_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT ((OLD.status = 'DRAFTED' AND NEW.status IN ('VOTED', 'REJECTED'))
              OR (OLD.status = 'VOTED' AND NEW.status = 'POSTED')
              OR (OLD.status = 'POSTED' AND NEW.status = 'PAID')) THEN
           RAISE EXCEPTION 'payout_plan: status % cannot become %', OLD.status, NEW.status;
         END IF;
         IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.period_id, NEW.period_kind, NEW.year,
             NEW.period_number, NEW.tally_id, NEW.title, NEW.cents_per_point, NEW.total_cents, NEW.line_count,
             NEW.digest, NEW.created_at, NEW.created_by)
            IS DISTINCT FROM
            (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.period_id, OLD.period_kind, OLD.year,
             OLD.period_number, OLD.tally_id, OLD.title, OLD.cents_per_point, OLD.total_cents, OLD.line_count,
             OLD.digest, OLD.created_at, OLD.created_by) THEN
           RAISE EXCEPTION 'payout_plan: drafted columns cannot change';
         END IF;
         IF OLD.status <> 'DRAFTED' AND (NEW.vote_expected, NEW.vote_present, NEW.vote_for, NEW.vote_against,
             NEW.vote_abstain, NEW.voted_on) IS DISTINCT FROM (OLD.vote_expected, OLD.vote_present, OLD.vote_for,
             OLD.vote_against, OLD.vote_abstain, OLD.voted_on) THEN
           RAISE EXCEPTION 'payout_plan: the recorded vote cannot change';
         END IF;
         IF OLD.posted_at IS NOT NULL AND NEW.posted_at IS DISTINCT FROM OLD.posted_at
            OR OLD.paid_on IS NOT NULL AND NEW.paid_on IS DISTINCT FROM OLD.paid_on THEN
           RAISE EXCEPTION 'payout_plan: posting and payment are written once';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('payout_plan_guard', 'payout_plan', 'UPDATE'),
      ...APPEND_ONLY.flatMap((table) => appendOnlyTenantTable(table)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...[...APPEND_ONLY]
        .reverse()
        .flatMap((table) => [...dropAppendOnly(table), ...dropTenantTableRls(table)]),
      ...dropGuard('payout_plan_guard', 'payout_plan'),
      `REVOKE ALL ON payout_plan FROM ${APP_ROLE}`,
      ...dropTenantTableRls('payout_plan'),
    ]);
  }
}
