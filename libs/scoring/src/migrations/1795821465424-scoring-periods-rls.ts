import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  inlineSql,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

/**
 * Scoring periods are village data. A period's village, kind, year, number and bounds never change, and
 * its status only moves one step forward (months OPEN → CLOSED; quarters and the year OPEN → TALLIED →
 * NOTICE → FINAL) — refused by a trigger, not only by the service. The status history is append-only.
 */
export class ScoringPeriodsRls1795821465424 implements MigrationInterface {
  name = 'ScoringPeriodsRls1795821465424';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...scopedTenantTable('scoring_period', ['SELECT', 'INSERT', 'UPDATE']),
      ...appendOnlyTenantTable('scoring_period_event'),
    ]);

    await queryRunner.query(`
      CREATE FUNCTION public.scoring_period_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.kind, NEW.year, NEW.number,
            NEW.starts_on, NEW.ends_on, NEW.created_at, NEW.created_by)
           IS DISTINCT FROM
           (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.kind, OLD.year, OLD.number,
            OLD.starts_on, OLD.ends_on, OLD.created_at, OLD.created_by) THEN
          RAISE EXCEPTION 'scoring_period %: village, kind, year, number and bounds never change', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NOT ((OLD.kind = 'MONTH' AND OLD.status = 'OPEN' AND NEW.status = 'CLOSED')
                 OR (OLD.kind <> 'MONTH' AND (OLD.status, NEW.status) IN
                      (('OPEN', 'TALLIED'), ('TALLIED', 'NOTICE'), ('NOTICE', 'FINAL')))) THEN
          RAISE EXCEPTION 'scoring_period %: status may only move forward one step (not % -> %)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(inlineSql(6, guardTrigger('scoring_period_forward_only', 'scoring_period')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropGuard('scoring_period_forward_only', 'scoring_period'),
      ...dropAppendOnly('scoring_period_event'),
      ...dropTenantTableRls('scoring_period'),
      ...dropTenantTableRls('scoring_period_event'),
    ]);
  }
}
