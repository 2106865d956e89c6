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

const APPEND_ONLY = ['mentoring_visit', 'mentoring_rule'];
const UPDATABLE = ['constraint_case', 'by_election'];

/**
 * Negative-constraint cases and by-elections are village rows that change only while open: a case's
 * outcome is written once (then nothing changes), a by-election's result once. Visits and the
 * village's mentoring rules are append-only.
 */
export class ConstraintRls1796500001003 implements MigrationInterface {
  name = 'ConstraintRls1796500001003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...UPDATABLE.flatMap((table) => scopedTenantTable(table, ['SELECT', 'INSERT', 'UPDATE'])),
      `CREATE FUNCTION public.constraint_case_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.outcome IS NOT NULL THEN
           RAISE EXCEPTION 'constraint_case: a closed case cannot change';
         END IF;
         IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.year, NEW.kind, NEW.resident_id,
             NEW.resident_name, NEW.basis, NEW.deadline, NEW.role_id, NEW.created_at, NEW.created_by)
            IS DISTINCT FROM
            (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.year, OLD.kind, OLD.resident_id,
             OLD.resident_name, OLD.basis, OLD.deadline, OLD.role_id, OLD.created_at, OLD.created_by) THEN
           RAISE EXCEPTION 'constraint_case: frozen columns cannot change';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('constraint_case_guard', 'constraint_case'),
      `CREATE FUNCTION public.by_election_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.status <> 'OPEN' THEN
           RAISE EXCEPTION 'by_election: a recorded result cannot change';
         END IF;
         IF (NEW.id, NEW.case_id, NEW.ended_role_id, NEW.household_ids, NEW.term_end, NEW.village_id)
            IS DISTINCT FROM
            (OLD.id, OLD.case_id, OLD.ended_role_id, OLD.household_ids, OLD.term_end, OLD.village_id) THEN
           RAISE EXCEPTION 'by_election: frozen columns cannot change';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('by_election_guard', 'by_election'),
      ...APPEND_ONLY.flatMap((table) => appendOnlyTenantTable(table)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...[...APPEND_ONLY]
        .reverse()
        .flatMap((table) => [...dropAppendOnly(table), ...dropTenantTableRls(table)]),
      ...dropGuard('by_election_guard', 'by_election'),
      ...dropGuard('constraint_case_guard', 'constraint_case'),
      ...[...UPDATABLE]
        .reverse()
        .flatMap((table) => [`REVOKE ALL ON ${table} FROM ${APP_ROLE}`, ...dropTenantTableRls(table)]),
    ]);
  }
}
