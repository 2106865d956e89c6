import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropGuard,
  dropTenantTableRls,
  grantToApp,
  guardTrigger,
  inlineSql,
  publishedFromAboveRls,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

/**
 * Contracts: templates are published from above (towns and villages read the published versions of
 * their district and town); contracts and their events are village data. Published templates and a
 * contract's frozen content are protected by triggers, and a contract's status only moves forward.
 */
export class ContractsRls1795818124971 implements MigrationInterface {
  name = 'ContractsRls1795818124971';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...publishedFromAboveRls('contract_template', "status = 'PUBLISHED'"),
      grantToApp('contract_template', ['SELECT', 'INSERT', 'UPDATE']),
      ...scopedTenantTable('contract', ['SELECT', 'INSERT', 'UPDATE']),
      ...appendOnlyTenantTable('contract_event'),
    ]);

    await queryRunner.query(`
      CREATE FUNCTION public.contract_template_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'contract_template %: a published template is immutable; create a new version', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF (NEW.district_id, NEW.town_id, NEW.village_id, NEW.colour, NEW.version, NEW.extends_template_id)
           IS DISTINCT FROM
           (OLD.district_id, OLD.town_id, OLD.village_id, OLD.colour, OLD.version, OLD.extends_template_id) THEN
          RAISE EXCEPTION 'contract_template %: owner, colour, version and base never change', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(inlineSql(6, guardTrigger('contract_template_immutable', 'contract_template')));

    await queryRunner.query(`
      CREATE FUNCTION public.contract_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'TERMINATED' THEN
          RAISE EXCEPTION 'contract %: a terminated contract never changes', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NOT ((OLD.status = 'DRAFT' AND NEW.status = 'SIGNED')
                 OR (OLD.status = 'SIGNED' AND NEW.status = 'TERMINATED')) THEN
          RAISE EXCEPTION 'contract %: status may only move DRAFT -> SIGNED -> TERMINATED (not % -> %)',
            OLD.id, OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
        END IF;
        IF (NEW.district_id, NEW.town_id, NEW.village_id, NEW.year, NEW.colour, NEW.template_id,
            NEW.template_version, NEW.title, NEW.clauses, NEW.item_codes, NEW.resident_id, NEW.household_id)
           IS DISTINCT FROM
           (OLD.district_id, OLD.town_id, OLD.village_id, OLD.year, OLD.colour, OLD.template_id,
            OLD.template_version, OLD.title, OLD.clauses, OLD.item_codes, OLD.resident_id, OLD.household_id) THEN
          RAISE EXCEPTION 'contract %: party and content are frozen when the draft is made', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status = 'SIGNED'
           AND (NEW.signed_on, NEW.witness_name, NEW.witness_resident_id, NEW.signed_by)
               IS DISTINCT FROM (OLD.signed_on, OLD.witness_name, OLD.witness_resident_id, OLD.signed_by) THEN
          RAISE EXCEPTION 'contract %: the signing record never changes', OLD.id
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(inlineSql(6, guardTrigger('contract_forward_only', 'contract')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropGuard('contract_forward_only', 'contract'),
      ...dropGuard('contract_template_immutable', 'contract_template'),
      ...dropAppendOnly('contract_event'),
      'DROP POLICY contract_template_from_above ON contract_template',
      ...['contract_template', 'contract', 'contract_event'].flatMap((table) => dropTenantTableRls(table)),
    ]);
  }
}
