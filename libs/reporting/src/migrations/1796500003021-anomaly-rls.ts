import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  runStatements,
} from '@village/platform-db/migrations';

/**
 * Anomaly alerts and their verifications are village rows under the standard forced policy (a village
 * admin reads its own village's, a town admin its villages', a district all of them), and both are
 * append-only even for the owner: an alert is never edited or withdrawn, a verification is a new row.
 */
export class AnomalyRls1796500003021 implements MigrationInterface {
  name = 'AnomalyRls1796500003021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...appendOnlyTenantTable('anomaly_alert'),
      ...appendOnlyTenantTable('anomaly_alert_event'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropAppendOnly('anomaly_alert_event'),
      `REVOKE ALL ON anomaly_alert_event FROM ${APP_ROLE}`,
      ...dropTenantTableRls('anomaly_alert_event'),
      ...dropAppendOnly('anomaly_alert'),
      `REVOKE ALL ON anomaly_alert FROM ${APP_ROLE}`,
      ...dropTenantTableRls('anomaly_alert'),
    ]);
  }
}
