import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendOnlyTenantTable,
  dropAppendOnly,
  dropGuard,
  dropTenantTableRls,
  guardTrigger,
  inlineSql,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';
import { declarationDecidedOnce } from './declaration-decided-once';

/**
 * Declarations are village data. Only a declaration's status ever changes, and only once: PENDING →
 * APPROVED or PENDING → REJECTED — refused by a trigger, not only by the service. Nothing is deleted
 * (no DELETE grant). Reviews are append-only.
 */
export class DeclarationsRls1795822597437 implements MigrationInterface {
  name = 'DeclarationsRls1795822597437';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...scopedTenantTable('declaration', ['SELECT', 'INSERT', 'UPDATE']),
      ...appendOnlyTenantTable('declaration_review'),
    ]);

    await queryRunner.query(
      inlineSql(
        6,
        declarationDecidedOnce({
          statement: 'CREATE FUNCTION',
          targets: ['APPROVED', 'REJECTED'],
          targetsInMessage: 'APPROVED or REJECTED',
        }),
      ),
    );
    await queryRunner.query(inlineSql(6, guardTrigger('declaration_decided_once', 'declaration')));
    await queryRunner.query(`
      CREATE TRIGGER declaration_no_delete BEFORE DELETE ON declaration
        FOR EACH ROW EXECUTE FUNCTION public.refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER declaration_no_delete ON declaration');
    await runStatements(queryRunner, [
      ...dropGuard('declaration_decided_once', 'declaration'),
      ...dropAppendOnly('declaration_review'),
      ...dropTenantTableRls('declaration'),
      ...dropTenantTableRls('declaration_review'),
    ]);
  }
}
