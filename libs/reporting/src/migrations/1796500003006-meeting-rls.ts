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

/**
 * Meetings are village rows in scope; a meeting moves once from PLANNED to HELD (its minutes and the
 * recording written then), and nothing planned changes afterwards. Attendance is append-only.
 */
export class MeetingRls1796500003006 implements MigrationInterface {
  name = 'MeetingRls1796500003006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...scopedTenantTable('meeting', ['SELECT', 'INSERT', 'UPDATE']),
      `CREATE FUNCTION public.meeting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT (OLD.status = 'PLANNED' AND NEW.status = 'HELD') THEN
           RAISE EXCEPTION 'meeting: status % cannot become %', OLD.status, NEW.status;
         END IF;
         IF (NEW.id, NEW.district_id, NEW.town_id, NEW.village_id, NEW.type, NEW.title, NEW.held_on, NEW.place,
             NEW.agenda, NEW.absence_item_code, NEW.presence_item_code, NEW.created_at, NEW.created_by)
            IS DISTINCT FROM
            (OLD.id, OLD.district_id, OLD.town_id, OLD.village_id, OLD.type, OLD.title, OLD.held_on, OLD.place,
             OLD.agenda, OLD.absence_item_code, OLD.presence_item_code, OLD.created_at, OLD.created_by) THEN
           RAISE EXCEPTION 'meeting: planned columns cannot change';
         END IF;
         RETURN NEW;
       END $$`,
      guardTrigger('meeting_guard', 'meeting', 'UPDATE'),
      ...appendOnlyTenantTable('meeting_attendance'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropAppendOnly('meeting_attendance'),
      ...dropTenantTableRls('meeting_attendance'),
      ...dropGuard('meeting_guard', 'meeting'),
      `REVOKE ALL ON meeting FROM ${APP_ROLE}`,
      ...dropTenantTableRls('meeting'),
    ]);
  }
}
