import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles';
import { RequestContextFunction1795832000000 } from './1795832000000-request-context-function';

/**
 * `app_request_context(user_id, token_version)` replaces the one-argument form (migration
 * RequestContextFunction, whose comment explains the steps and why settings are restored): still one
 * statement per request, now also deciding whether the token's session is still good.
 *
 * It always returns the account's row(s) when the account exists, with `refusal` saying why a session
 * is not good: DISABLED, REVOKED (the token's version is not the account's: a password change or reset,
 * a disable, a role revocation or a logout since it was issued) or LOCKED (wrong passwords locked the
 * account; its sessions are suspended until the lock ends or an administrator unlocks it). A NULL token
 * version skips the version test: trusted start-up work acting as a user, never a request. The live
 * grants are returned whatever the refusal, because account administration reads through this function
 * every grant an account holds — also those at units the administrator cannot see — to decide whether
 * the administrator outranks it; the request context ignores the grants of a refused session.
 */
export class RequestContextSessions1796140000001 implements MigrationInterface {
  name = 'RequestContextSessions1796140000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.app_request_context(uuid)');
    await queryRunner.query(`
      CREATE FUNCTION public.app_request_context(p_user_id uuid, p_token_version integer)
        RETURNS TABLE (
          user_id uuid, username varchar, display_name varchar, must_change_password boolean,
          refusal text, role varchar,
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
        PERFORM set_config(n, '', true) FROM unnest(names) n;
        PERFORM set_config('app.user_id', p_user_id::text, true);
        SELECT array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NULL AND a.town_id IS NULL),
               array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NULL AND a.town_id IS NOT NULL),
               array_agg(a.org_unit_id) FILTER (WHERE a.village_id IS NOT NULL),
               array_agg(a.district_id) FILTER (WHERE a.village_id IS NOT NULL OR a.town_id IS NOT NULL)
                 || array_agg(a.town_id) FILTER (WHERE a.village_id IS NOT NULL AND a.town_id IS NOT NULL)
          INTO districts, towns, villages, ancestors
          FROM role_assignment a
         WHERE a.user_id = p_user_id AND a.revoked_at IS NULL;
        PERFORM set_config('app.scope_districts', coalesce(districts::text, ''), true),
                set_config('app.scope_towns', coalesce(towns::text, ''), true),
                set_config('app.scope_villages', coalesce(villages::text, ''), true),
                set_config('app.scope_ancestors', coalesce(ancestors::text, ''), true);
        RETURN QUERY
          SELECT u.id, u.username, u.display_name, u.must_change_password,
                 CASE WHEN u.disabled_at IS NOT NULL THEN 'DISABLED'
                      WHEN p_token_version IS NOT NULL AND u.token_version <> p_token_version THEN 'REVOKED'
                      WHEN u.locked_until > now() THEN 'LOCKED' END,
                 g.role, g.id, g.level, g.code, g.name, g.parent_id,
                 g.district_id, g.town_id, g.village_id, g.created_at, g.created_by
            FROM app_user u
            LEFT JOIN LATERAL (
              SELECT a.role, a.granted_at, a.id AS assignment_id, o.*
                FROM role_assignment a
                JOIN org_unit o ON o.id = a.org_unit_id
               WHERE a.user_id = u.id AND a.revoked_at IS NULL) g ON true
           WHERE u.id = p_user_id
           ORDER BY g.granted_at, g.assignment_id;
        PERFORM set_config(names[i], saved[i], true) FROM generate_subscripts(names, 1) i;
      END
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION public.app_request_context(uuid, integer) FROM PUBLIC');
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION public.app_request_context(uuid, integer) TO ${APP_ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.app_request_context(uuid, integer)');
    // The one-argument form as migration RequestContextFunction created it.
    await new RequestContextFunction1795832000000().up(queryRunner);
  }
}
