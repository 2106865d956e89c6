import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, grantToApp, tenantTableRls } from '@village/platform-db/migrations';

/**
 * Declarations are village data. Only a declaration's status ever changes, and only once: PENDING →
 * APPROVED or PENDING → REJECTED — refused by a trigger, not only by the service. Nothing is deleted
 * (no DELETE grant). Reviews are append-only.
 */
export class DeclarationsRls1795822597437 implements MigrationInterface {
  name = 'DeclarationsRls1795822597437';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of tenantTableRls('declaration')) await queryRunner.query(sql);
    await queryRunner.query(grantToApp('declaration', ['SELECT', 'INSERT', 'UPDATE']));
    for (const sql of tenantTableRls('declaration_review')) await queryRunner.query(sql);
    await queryRunner.query(grantToApp('declaration_review', ['SELECT', 'INSERT']));
    for (const sql of appendOnly('declaration_review')) await queryRunner.query(sql);

    await queryRunner.query(`
      CREATE FUNCTION public.declaration_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.resident_id, NEW.declared_by,
            NEW.channel, NEW.scoring_list_item_id, NEW.item_code, NEW.acted_on, NEW.quantity, NEW.note,
            NEW.idempotency_key, NEW.payload_hash, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.resident_id, OLD.declared_by,
            OLD.channel, OLD.scoring_list_item_id, OLD.item_code, OLD.acted_on, OLD.quantity, OLD.note,
            OLD.idempotency_key, OLD.payload_hash, OLD.created_at) THEN
          RAISE EXCEPTION 'declaration %: only the status may change', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NOT (OLD.status = 'PENDING' AND NEW.status IN ('APPROVED', 'REJECTED')) THEN
          RAISE EXCEPTION 'declaration %: status may only move from PENDING to APPROVED or REJECTED (not % -> %)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER declaration_decided_once BEFORE UPDATE ON declaration
        FOR EACH ROW EXECUTE FUNCTION public.declaration_decided_once()`);
    await queryRunner.query(`
      CREATE TRIGGER declaration_no_delete BEFORE DELETE ON declaration
        FOR EACH ROW EXECUTE FUNCTION public.refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER declaration_no_delete ON declaration');
    await queryRunner.query('DROP TRIGGER declaration_decided_once ON declaration');
    await queryRunner.query('DROP FUNCTION public.declaration_decided_once()');
    await queryRunner.query('DROP TRIGGER declaration_review_append_only ON declaration_review');
    await queryRunner.query('DROP TRIGGER declaration_review_no_truncate ON declaration_review');
    for (const table of ['declaration', 'declaration_review']) {
      await queryRunner.query(`DROP POLICY ${table}_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
