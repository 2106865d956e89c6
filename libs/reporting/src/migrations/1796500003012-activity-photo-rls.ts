import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  runStatements,
} from '@village/platform-db/migrations';

/** Activity photos: village rows under the standard forced policy, append-only even for the owner. */
export class ActivityPhotoRls1796500003012 implements MigrationInterface {
  name = 'ActivityPhotoRls1796500003012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, appendOnlyTenantTable('volunteer_activity_photo'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropAppendOnly('volunteer_activity_photo'),
      `REVOKE ALL ON volunteer_activity_photo FROM ${APP_ROLE}`,
      ...dropTenantTableRls('volunteer_activity_photo'),
    ]);
  }
}
