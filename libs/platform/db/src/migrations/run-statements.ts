import type { QueryRunner } from 'typeorm';

/**
 * Sends SQL statements one query each, in order — how migrations run the lists the rls-sql.ts builders
 * return, so a failure names the one statement that failed.
 */
export async function runStatements(queryRunner: QueryRunner, statements: string[]): Promise<void> {
  for (const sql of statements) await queryRunner.query(sql);
}
