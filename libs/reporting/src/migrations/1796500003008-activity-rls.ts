import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

/**
 * Volunteer activities and their participants are village rows in scope (a resident checks in only to
 * what their village's scope shows). An activity closes once and nothing else of it changes; a
 * participation never changes but for the registration its activity's closing proposed, written once.
 */
export class ActivityRls1796500003008 implements MigrationInterface {
  name = 'ActivityRls1796500003008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...scopedTenantTable('volunteer_activity', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE FUNCTION public.volunteer_activity_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT (OLD.status = 'OPEN' AND NEW.status = 'CLOSED') THEN
           RAISE EXCEPTION 'volunteer_activity: status % cannot become %', OLD.status, NEW.status;
         END IF;
         IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.title, NEW.organiser, NEW.place,
             NEW.description, NEW.starts_at, NEW.ends_at, NEW.default_hours, NEW.item_code, NEW.check_in_code,
             NEW.created_at, NEW.created_by)
            IS DISTINCT FROM
            (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.title, OLD.organiser, OLD.place,
             OLD.description, OLD.starts_at, OLD.ends_at, OLD.default_hours, OLD.item_code, OLD.check_in_code,
             OLD.created_at, OLD.created_by) THEN
           RAISE EXCEPTION 'volunteer_activity: only its closing may change it';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('volunteer_activity_guard', 'volunteer_activity', 'UPDATE'),
      ...scopedTenantTable('volunteer_participation', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE FUNCTION public.volunteer_participation_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.declaration_id IS NOT NULL
            OR (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.activity_id, NEW.resident_id,
                NEW.resident_name, NEW.channel, NEW.held_on, NEW.hours, NEW.created_at)
               IS DISTINCT FROM
               (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.activity_id, OLD.resident_id,
                OLD.resident_name, OLD.channel, OLD.held_on, OLD.hours, OLD.created_at) THEN
           RAISE EXCEPTION 'volunteer_participation: only the proposed registration may be written, once';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('volunteer_participation_guard', 'volunteer_participation', 'UPDATE'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropGuard('volunteer_participation_guard', 'volunteer_participation'),
      `REVOKE ALL ON volunteer_participation FROM ${APP_ROLE}`,
      ...dropTenantTableRls('volunteer_participation'),
      ...dropGuard('volunteer_activity_guard', 'volunteer_activity'),
      `REVOKE ALL ON volunteer_activity FROM ${APP_ROLE}`,
      ...dropTenantTableRls('volunteer_activity'),
    ]);
  }
}
