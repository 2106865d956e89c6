import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inlineSql } from '@village/platform-db/migrations';
import { declarationDecidedOnce } from './declaration-decided-once';

/**
 * A reviewer may amend a declaration (修正后通过): a pending declaration may now also become AMENDED.
 * Still decided once: the declared item and quantity stay as claimed (the correction lives on the
 * review row and the ledger entry), and no decided declaration changes status again.
 */
export class DeclarationAmendTrigger1795825505677 implements MigrationInterface {
  name = 'DeclarationAmendTrigger1795825505677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(decidedOnce(['APPROVED', 'REJECTED', 'AMENDED']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(decidedOnce(['APPROVED', 'REJECTED']));
  }
}

/** The function as this migration sends it: a replacement, laid out four spaces in. */
function decidedOnce(targets: string[]): string {
  return inlineSql(4, declarationDecidedOnce({ statement: 'CREATE OR REPLACE FUNCTION', targets }));
}
