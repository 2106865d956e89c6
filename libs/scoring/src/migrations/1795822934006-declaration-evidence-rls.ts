import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, grantToApp, tenantTableRls } from '@village/platform-db/migrations';

/** Evidence records are village data and append-only: a file attached to a declaration stays attached. */
export class DeclarationEvidenceRls1795822934006 implements MigrationInterface {
  name = 'DeclarationEvidenceRls1795822934006';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of tenantTableRls('declaration_evidence')) await queryRunner.query(sql);
    await queryRunner.query(grantToApp('declaration_evidence', ['SELECT', 'INSERT']));
    for (const sql of appendOnly('declaration_evidence')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER declaration_evidence_append_only ON declaration_evidence');
    await queryRunner.query('DROP TRIGGER declaration_evidence_no_truncate ON declaration_evidence');
    await queryRunner.query('DROP POLICY declaration_evidence_scope ON declaration_evidence');
    await queryRunner.query('ALTER TABLE declaration_evidence NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE declaration_evidence DISABLE ROW LEVEL SECURITY');
  }
}
