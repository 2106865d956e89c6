import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, grantToApp, tenantTableRls } from '@village/platform-db/migrations';

/** The ledger: scoped like every village table, insert-only for the app, unchangeable for everyone. */
export class LedgerRls1795821376468 implements MigrationInterface {
  name = 'LedgerRls1795821376468';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [
      ...tenantTableRls('ledger_entry'),
      grantToApp('ledger_entry', ['SELECT', 'INSERT']),
      ...appendOnly('ledger_entry'),
    ]) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_entry_append_only ON ledger_entry');
    await queryRunner.query('DROP TRIGGER ledger_entry_no_truncate ON ledger_entry');
    await queryRunner.query('DROP POLICY ledger_entry_scope ON ledger_entry');
    await queryRunner.query('ALTER TABLE ledger_entry NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE ledger_entry DISABLE ROW LEVEL SECURITY');
  }
}
