import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `app_is_above_scope(d, t, v)`: the row belongs to a district or town above one of the caller's units
 * (its id is in app.scope_ancestors). Lets towns and villages read the rules published for them.
 */
export class ScopeAbove1795817000000 implements MigrationInterface {
  name = 'ScopeAbove1795817000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION public.app_is_above_scope(d uuid, t uuid, v uuid) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT v IS NULL AND (
                t = ANY (public.app_setting_uuids('app.scope_ancestors'))
                OR (t IS NULL AND d = ANY (public.app_setting_uuids('app.scope_ancestors')))) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.app_is_above_scope(uuid, uuid, uuid)');
  }
}
