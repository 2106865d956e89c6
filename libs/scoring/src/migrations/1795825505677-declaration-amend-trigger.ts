import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function body, with the statuses a pending declaration may move to. */
function decidedOnce(targets: string[]): string {
  const allowed = targets.map((s) => `'${s}'`).join(', ');
  return `
    CREATE OR REPLACE FUNCTION public.declaration_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
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
         AND NOT (OLD.status = 'PENDING' AND NEW.status IN (${allowed})) THEN
        RAISE EXCEPTION 'declaration %: status may only move from PENDING to ${targets.join(', ')} (not % -> %)',
          OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NEW;
    END $$`;
}

/**
 * A reviewer may amend a declaration (修正后通过): a pending declaration may now also become AMENDED.
 * Still decided once: the declared item and quantity stay as claimed (the correction lives on the
 * review row and the ledger entry), and no decided declaration changes status again.
 */
export class DeclarationAmendTrigger1795825505677 implements MigrationInterface {
  name = 'DeclarationAmendTrigger1795825505677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(decidedOnce(['APPROVED', 'REJECTED', 'AMENDED']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(decidedOnce(['APPROVED', 'REJECTED']));
  }
}
