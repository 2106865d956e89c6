import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles';

/**
 * `app_request_context(user_id)`: everything a request needs to know about its caller — the account if it
 * is not disabled, its live (unrevoked) role assignments and their org units — in one round trip, read
 * fresh on every request so a disabled account or a revoked role takes effect at once.
 *
 * It runs with the caller's rights (no SECURITY DEFINER), so the forced policies decide what it reads,
 * in the same steps the request context was built in before: with only `app.user_id` set, the account
 * and its assignments are visible (the *_self policies); the scope those assignments define (as
 * `scopeOfUnits` builds it) is then set, which makes their units visible. The steps are separate
 * statements of a PL/pgSQL function because a single SQL statement gives no order between a
 * set_config and the policy sub-selects reading that setting. The caller's own settings are restored
 * before it returns, so calling it inside a scoped transaction never widens or narrows that transaction.
 * (A function SET clause would restore them for free, but PostgreSQL 15 refuses SET clauses on custom
 * settings to non-superusers, and the owner role is not one.)
 */
export class RequestContextFunction1795832000000 implements MigrationInterface {
  name = 'RequestContextFunction1795832000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION public.app_request_context(p_user_id uuid)
        RETURNS TABLE (
          user_id uuid, username varchar, display_name varchar, role varchar,
          unit_id uuid, unit_level varchar, unit_code varchar, unit_name varchar, unit_parent_id uuid,
          unit_district_id uuid, unit_town_id uuid, unit_village_id uuid,
          unit_created_at timestamptz, unit_created_by uuid)
        LANGUAGE plpgsql VOLATILE
      AS $$
      #variable_conflict use_column
      DECLARE
        names CONSTANT text[] := ARRAY['app.user_id', 'app.login_username', 'app.scope_districts',
                                       'app.scope_towns', 'app.scope_villages', 'app.scope_ancestors'];
        saved text[] := ARRAY(SELECT coalesce(current_setting(n, true), '') FROM unnest(names) n);
        districts uuid[];
        towns uuid[];
        villages uuid[];
        ancestors uuid[];
      BEGIN
        -- Step 1: the caller's own account and assignments only.
        PERFORM set_config(n, '', true) FROM unnest(names) n;
        PERFORM set_config('app.user_id', p_user_id::text, true);
        -- The level of an assignment follows its tenant columns, as in the API's scopeOfUnits().
        SELECT array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NULL AND a.town_id IS NULL),
               array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NULL AND a.town_id IS NOT NULL),
               array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NOT NULL),
               array_agg(a.district_id) FILTER (WHERE a.village_id IS NOT NULL OR a.town_id IS NOT NULL)
                 || array_agg(a.town_id) FILTER (WHERE a.village_id IS NOT NULL AND a.town_id IS NOT NULL)
          INTO districts, towns, villages, ancestors
          FROM role_assignment a
         WHERE a.user_id = p_user_id AND a.revoked_at IS NULL;
        -- Step 2: the scope they define, under which their units are visible.
        PERFORM set_config('app.scope_districts', coalesce(districts::text, ''), true),
                set_config('app.scope_towns', coalesce(towns::text, ''), true),
                set_config('app.scope_villages', coalesce(villages::text, ''), true),
                set_config('app.scope_ancestors', coalesce(ancestors::text, ''), true);
        -- One row per live grant whose unit is visible, or one row without a grant; none if disabled.
        RETURN QUERY
          SELECT u.id, u.username, u.display_name, g.role, g.id, g.level, g.code, g.name, g.parent_id,
                 g.district_id, g.town_id, g.village_id, g.created_at, g.created_by
            FROM app_user u
            LEFT JOIN LATERAL (
              SELECT a.role, a.granted_at, a.id AS assignment_id, o.*
                FROM role_assignment a
                JOIN org_unit o ON o.id = a.org_unit_id
               WHERE a.user_id = u.id AND a.revoked_at IS NULL) g ON true
           WHERE u.id = p_user_id AND u.disabled_at IS NULL
           ORDER BY g.granted_at, g.assignment_id;
        PERFORM set_config(names[i], saved[i], true) FROM generate_subscripts(names, 1) i;
      END
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION public.app_request_context(uuid) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION public.app_request_context(uuid) TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.app_request_context(uuid)');
  }
}
