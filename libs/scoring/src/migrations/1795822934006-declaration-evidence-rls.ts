import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropTenantTableRls,
  runStatements,
} from '@village/platform-db/migrations';

/** Evidence records are village data and append-only: a file attached to a declaration stays attached. */
export class DeclarationEvidenceRls1795822934006 implements MigrationInterface {
  name = 'DeclarationEvidenceRls1795822934006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, appendOnlyTenantTable('declaration_evidence'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...dropAppendOnly('declaration_evidence'),
      ...dropTenantTableRls('declaration_evidence'),
    ]);
  }
}
