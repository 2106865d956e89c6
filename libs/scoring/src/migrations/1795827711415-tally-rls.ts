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

const SNAPSHOTS = ['score_tally', 'score_tally_line', 'public_notice'];

/**
 * Tallies, their lines and notice postings are snapshots: inserted once, never changed or removed (a
 * correction is a new version). An objection changes once — when it is answered — and only its answer
 * columns; a trigger refuses anything else, even from the owner.
 */
export class TallyRls1795827711415 implements MigrationInterface {
  name = 'TallyRls1795827711415';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...SNAPSHOTS.flatMap((table) => appendOnlyTenantTable(table)),
      ...scopedTenantTable('objection', ['SELECT', 'INSERT', 'UPDATE']),
    ]);
    await queryRunner.query(`
      CREATE FUNCTION public.objection_answered_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'objection %: objections are never deleted', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status <> 'OPEN' OR NEW.status NOT IN ('UPHELD', 'DISMISSED') THEN
          RAISE EXCEPTION 'objection %: answered once, from OPEN to UPHELD or DISMISSED (not % -> %)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
        END IF;
        IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.period_id, NEW.tally_id, NEW.tally_line_id,
            NEW.subject_resident_id, NEW.objector_resident_id, NEW.objector_user_id, NEW.reason, NEW.raised_on,
            NEW.answer_due_on, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.period_id, OLD.tally_id, OLD.tally_line_id,
            OLD.subject_resident_id, OLD.objector_resident_id, OLD.objector_user_id, OLD.reason, OLD.raised_on,
            OLD.answer_due_on, OLD.created_at) THEN
          RAISE EXCEPTION 'objection %: only the answer may be recorded', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.answer IS NULL OR NEW.answered_on IS NULL THEN
          RAISE EXCEPTION 'objection %: an answer needs its text and date', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      inlineSql(6, guardTrigger('objection_answered_once', 'objection', 'UPDATE OR DELETE')),
    );
    await queryRunner.query(`
      CREATE TRIGGER objection_no_truncate BEFORE TRUNCATE ON objection
        FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER objection_no_truncate ON objection');
    await runStatements(queryRunner, [
      ...dropGuard('objection_answered_once', 'objection'),
      ...SNAPSHOTS.flatMap((table) => dropAppendOnly(table)),
      ...[...SNAPSHOTS, 'objection'].flatMap((table) => dropTenantTableRls(table)),
    ]);
  }
}
