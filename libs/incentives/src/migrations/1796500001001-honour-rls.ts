import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnlyTenantTable,
  dropAppendOnly,
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  publishedFromAboveRls,
  grantToApp,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

const APPEND_ONLY = ['honour_list', 'honour_event'];

/**
 * Honour types are the district's and readable by the towns and villages below it. Nominations are
 * village rows the town decides on: their status moves only forward (推荐 → 同意/不同意, 同意 → 公布),
 * their frozen facts never change, and a published one not at all. Lists and events are append-only.
 */
export class HonourRls1796500001001 implements MigrationInterface {
  name = 'HonourRls1796500001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...publishedFromAboveRls('honour_type'),
      grantToApp('honour_type', ['SELECT', 'INSERT']),
      ...scopedTenantTable('honour_nomination', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE FUNCTION public.honour_nomination_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT ((OLD.status = 'NOMINATED' AND NEW.status IN ('APPROVED', 'REJECTED'))
              OR (OLD.status = 'APPROVED' AND NEW.status = 'PUBLISHED')) THEN
           RAISE EXCEPTION 'honour_nomination: status % cannot become %', OLD.status, NEW.status;
         END IF;
         IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.honour_type_id, NEW.resident_id,
             NEW.resident_name, NEW.year, NEW.reason, NEW.stars, NEW.grade, NEW.created_at, NEW.created_by)
            IS DISTINCT FROM
            (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.honour_type_id, OLD.resident_id,
             OLD.resident_name, OLD.year, OLD.reason, OLD.stars, OLD.grade, OLD.created_at, OLD.created_by) THEN
           RAISE EXCEPTION 'honour_nomination: frozen columns cannot change';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('honour_nomination_guard', 'honour_nomination', 'UPDATE'),
      ...APPEND_ONLY.flatMap((table) => appendOnlyTenantTable(table)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...[...APPEND_ONLY]
        .reverse()
        .flatMap((table) => [...dropAppendOnly(table), ...dropTenantTableRls(table)]),
      ...dropGuard('honour_nomination_guard', 'honour_nomination'),
      `REVOKE ALL ON honour_nomination FROM ${APP_ROLE}`,
      ...dropTenantTableRls('honour_nomination'),
      `REVOKE ALL ON honour_type FROM ${APP_ROLE}`,
      'DROP POLICY honour_type_from_above ON honour_type',
      ...dropTenantTableRls('honour_type'),
    ]);
  }
}
