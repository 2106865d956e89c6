import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

/**
 * Correction proposals under the village's forced scope policy. A proposal changes once — when it is
 * confirmed or rejected — and only its decision columns; a trigger refuses anything else, even from the
 * owner, so what was proposed and by whom stays as it was proposed.
 */
export class LedgerCorrectionsRls1796137551045 implements MigrationInterface {
  name = 'LedgerCorrectionsRls1796137551045';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, scopedTenantTable('ledger_correction', ['SELECT', 'INSERT', 'UPDATE']));
    await queryRunner.query(`
      CREATE FUNCTION public.ledger_correction_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'ledger correction %: never deleted', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status <> 'PROPOSED' OR NEW.status NOT IN ('CONFIRMED', 'REJECTED') THEN
          RAISE EXCEPTION 'ledger correction %: decided once, from PROPOSED to CONFIRMED or REJECTED (not % -> %)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
        END IF;
        IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.entry_id, NEW.subject_resident_id,
            NEW.period_id, NEW.kind, NEW.points, NEW.reason, NEW.proposed_by, NEW.proposed_on, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.entry_id, OLD.subject_resident_id,
            OLD.period_id, OLD.kind, OLD.points, OLD.reason, OLD.proposed_by, OLD.proposed_on, OLD.created_at) THEN
          RAISE EXCEPTION 'ledger correction %: only the decision may be recorded', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.decided_by IS NULL OR NEW.decided_on IS NULL
           OR (NEW.status = 'REJECTED' AND NEW.rejection_reason IS NULL) THEN
          RAISE EXCEPTION 'ledger correction %: a decision needs its reviewer, date and (rejected) reason', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      guardTrigger('ledger_correction_decided_once', 'ledger_correction', 'UPDATE OR DELETE'),
    );
    await queryRunner.query(`
      CREATE TRIGGER ledger_correction_no_truncate BEFORE TRUNCATE ON ledger_correction
        FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_correction_no_truncate ON ledger_correction');
    await runStatements(queryRunner, [
      ...dropGuard('ledger_correction_decided_once', 'ledger_correction'),
      ...dropTenantTableRls('ledger_correction'),
    ]);
  }
}
