import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnly,
  grantToApp,
  publishedFromAboveRls,
  runStatements,
  tenantTableRls,
} from '@village/platform-db/migrations';

/** Rows that freeze once their version is published (or adopted): [table, column, frozen value]. */
const FREEZING: [string, string, string][] = [
  ['framework', 'status', 'PUBLISHED'],
  ['evaluation_item', 'published', 'true'],
  ['town_manual', 'status', 'PUBLISHED'],
  ['manual_adjustment', 'published', 'true'],
  ['town_item', 'published', 'true'],
  ['scoring_list', 'status', 'ADOPTED'],
  ['village_item', 'published', 'true'],
];

/** Child rows may not be added to a published parent: [child, foreign key, parent, status, frozen value]. */
const NO_NEW_CHILDREN: [string, string, string, string, string][] = [
  ['evaluation_item', 'framework_id', 'framework', 'status', 'PUBLISHED'],
  ['manual_adjustment', 'manual_id', 'town_manual', 'status', 'PUBLISHED'],
  ['town_item', 'manual_id', 'town_manual', 'status', 'PUBLISHED'],
  ['village_item', 'list_id', 'scoring_list', 'status', 'ADOPTED'],
];

const TABLES = [...FREEZING.map(([t]) => t), 'scoring_list_item'];

/**
 * The rulebook's row-level security and immutability. Frameworks and manuals are readable from below
 * once published; village lists stay inside the village's scope (and its town's and district's).
 * Published rows are refused by triggers, not only by the services; the frozen effective items of an
 * adopted list are append-only.
 */
export class ScoringRulebookRls1795817956245 implements MigrationInterface {
  name = 'ScoringRulebookRls1795817956245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `CREATE FUNCTION public.refuse_published_update() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF (to_jsonb(OLD) ->> TG_ARGV[0]) = TG_ARGV[1] THEN
             RAISE EXCEPTION '% %: 已发布（通过）的规则不能修改，请新建版本', TG_TABLE_NAME, OLD.id
               USING ERRCODE = 'insufficient_privilege';
           END IF;
           RETURN NEW;
         END $$`,
      `CREATE FUNCTION public.refuse_child_of_published() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE frozen boolean;
         BEGIN
           EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1 AND %I = $2)', TG_ARGV[1], TG_ARGV[2])
             INTO frozen USING (to_jsonb(NEW) ->> TG_ARGV[0])::uuid, TG_ARGV[3];
           IF frozen THEN
             RAISE EXCEPTION '%: 不能向已发布（通过）的 % 添加内容，请新建版本', TG_TABLE_NAME, TG_ARGV[1]
               USING ERRCODE = 'insufficient_privilege';
           END IF;
           RETURN NEW;
         END $$`,
      ...publishedFromAboveRls('framework', "status = 'PUBLISHED'"),
      ...publishedFromAboveRls('evaluation_item', 'published'),
      ...publishedFromAboveRls('town_manual', "status = 'PUBLISHED'"),
      ...publishedFromAboveRls('manual_adjustment', 'published'),
      ...publishedFromAboveRls('town_item', 'published'),
      ...tenantTableRls('scoring_list'),
      ...tenantTableRls('village_item'),
      ...tenantTableRls('scoring_list_item'),
      ...FREEZING.map(([table]) => grantToApp(table, ['SELECT', 'INSERT', 'UPDATE'])),
      grantToApp('scoring_list_item', ['SELECT', 'INSERT']),
      ...appendOnly('scoring_list_item'),
      ...FREEZING.map(
        ([table, column, value]) =>
          `CREATE TRIGGER ${table}_frozen_when_published BEFORE UPDATE ON ${table}
             FOR EACH ROW EXECUTE FUNCTION public.refuse_published_update('${column}', '${value}')`,
      ),
      ...NO_NEW_CHILDREN.map(
        ([child, fk, parent, column, value]) =>
          `CREATE TRIGGER ${child}_parent_not_published BEFORE INSERT ON ${child}
             FOR EACH ROW EXECUTE FUNCTION public.refuse_child_of_published('${fk}', '${parent}', '${column}', '${value}')`,
      ),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`DROP POLICY IF EXISTS ${table}_scope ON ${table}`);
      await queryRunner.query(`DROP POLICY IF EXISTS ${table}_from_above ON ${table}`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_frozen_when_published ON ${table}`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_parent_not_published ON ${table}`);
    }
    await queryRunner.query('DROP TRIGGER scoring_list_item_append_only ON scoring_list_item');
    await queryRunner.query('DROP TRIGGER scoring_list_item_no_truncate ON scoring_list_item');
    await queryRunner.query('DROP FUNCTION public.refuse_child_of_published()');
    await queryRunner.query('DROP FUNCTION public.refuse_published_update()');
  }
}
