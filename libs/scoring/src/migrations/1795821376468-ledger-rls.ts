import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  runStatements,
} from '@village/platform-db/migrations';

/** The ledger: scoped like every village table, insert-only for the app, unchangeable for everyone. */
export class LedgerRls1795821376468 implements MigrationInterface {
  name = 'LedgerRls1795821376468';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, appendOnlyTenantTable('ledger_entry'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropAppendOnly('ledger_entry'),
      ...dropTenantTableRls('ledger_entry'),
    ]);
  }
}
