import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnlyTenantTable,
  runStatements,
} from '@village/platform-db/migrations';

/** Activity photos: village rows under the standard forced policy, append-only even for the owner. */
export class ActivityPhotoRls1796500003012 implements MigrationInterface {
  name = 'ActivityPhotoRls1796500003012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, appendOnlyTenantTable('volunteer_activity_photo'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, dropAppendOnlyTenantTable('volunteer_activity_photo'));
  }
}
