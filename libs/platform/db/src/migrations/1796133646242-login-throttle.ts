import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE } from '../database-roles';
import { runStatements } from './run-statements';

/**
 * Failed-login counters per client address (`ip:<address>`) and per username (`user:<lowercased>`), kept
 * in PostgreSQL so every API instance shares them and parallel attempts are counted exactly.
 *
 * Not tenant data, and nothing the app may browse: the app role has no grant on the table at all, and
 * its forced policy admits only the owner. The app reaches it through two SECURITY DEFINER functions
 * (running as the owner) that work only inside a login transaction (`TenantDb.runAsLogin`, which sets
 * app.login_username) and only on that login's keys: the username comes from that setting, the caller
 * gives only the client address.
 *
 * `app_login_throttle_take` is the check before any password is hashed: it locks the rows in key
 * order (concurrent attempts queue, never deadlock), rolls over ended windows and blocks, refuses when a
 * key is blocked or when this attempt would exceed a key's limit (then blocking that key for
 * block × 2^(blocks in a row), capped) and otherwise counts the attempt as a failure up front, so
 * attempts still hashing count against the limit. A successful login hands its count back with
 * `app_login_throttle_release`.
 */
const TAKE = 'public.app_login_throttle_take(text, integer, integer, integer, integer, integer, integer)';

export class LoginThrottle1796133646242 implements MigrationInterface {
  name = 'LoginThrottle1796133646242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `CREATE TABLE login_throttle (
         key text PRIMARY KEY CHECK (length(key) <= 200),
         window_start timestamptz NOT NULL,
         failures integer NOT NULL DEFAULT 0,
         blocks integer NOT NULL DEFAULT 0,
         blocked_until timestamptz)`,
      `ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE login_throttle FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY login_throttle_owner ON login_throttle TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
      `REVOKE ALL ON login_throttle FROM ${APP_ROLE}`,
      // The keys of the login under way: its client address and the username it names (from the
      // transaction's setting, so a caller cannot name anyone else's).
      `CREATE FUNCTION public.app_login_throttle_keys(p_address text) RETURNS text[]
         LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
       AS $$
       DECLARE
         login text := nullif(current_setting('app.login_username', true), '');
       BEGIN
         IF login IS NULL OR p_address IS NULL THEN
           RAISE EXCEPTION 'login_throttle: only inside a login transaction' USING ERRCODE = 'insufficient_privilege';
         END IF;
         RETURN ARRAY['ip:' || p_address, 'user:' || lower(login)];
       END $$`,
      `CREATE FUNCTION public.app_login_throttle_take(
         p_address text, p_address_limit integer, p_address_max_block_seconds integer,
         p_user_limit integer, p_user_max_block_seconds integer,
         p_window_seconds integer, p_block_seconds integer)
         RETURNS TABLE (throttled_key text, retry_after integer, throttled_until timestamptz)
         LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
       AS $$
       DECLARE
         keys CONSTANT text[] := public.app_login_throttle_keys(p_address);
         limits CONSTANT integer[] := ARRAY[p_address_limit, p_user_limit];
         caps CONSTANT integer[] := ARRAY[p_address_max_block_seconds, p_user_max_block_seconds];
       BEGIN
         -- Already blocked: refused on a plain read, taking no lock, so a flood from a blocked address
         -- does not queue on its row (holding a connection each) while the API serves everyone else.
         RETURN QUERY
           SELECT t.key, ceil(extract(epoch FROM t.blocked_until - now()))::integer, t.blocked_until
             FROM public.login_throttle t
            WHERE t.key = ANY (keys) AND t.blocked_until > now()
            ORDER BY t.blocked_until DESC, t.key
            LIMIT 1;
         IF FOUND THEN
           RETURN;
         END IF;
         -- Rows of every username ever tried would pile up: now and then, drop those quiet for a day.
         IF random() < 0.01 THEN
           DELETE FROM public.login_throttle
            WHERE greatest(window_start + make_interval(secs => p_window_seconds), blocked_until)
                  < now() - interval '1 day';
         END IF;
         INSERT INTO public.login_throttle (key, window_start)
           SELECT k, now() FROM unnest(keys) k ORDER BY k
           ON CONFLICT (key) DO NOTHING;
         PERFORM 1 FROM public.login_throttle WHERE key = ANY (keys) ORDER BY key FOR UPDATE;
         -- A block that has ended starts a new window and keeps its doubling; a window that ended
         -- without a block starts afresh.
         UPDATE public.login_throttle
            SET window_start = now(), failures = 0, blocked_until = NULL,
                blocks = CASE WHEN blocked_until IS NULL THEN 0 ELSE blocks END
          WHERE key = ANY (keys)
            AND CASE WHEN blocked_until IS NOT NULL THEN blocked_until <= now()
                     ELSE window_start <= now() - make_interval(secs => p_window_seconds) END;
         -- Over a limit with this attempt: block that key (and count nothing on the other).
         FOR i IN 1 .. 2 LOOP
           UPDATE public.login_throttle t
              SET blocked_until = now() + make_interval(secs =>
                    least(p_block_seconds * 2 ^ least(t.blocks, 30), caps[i])),
                  blocks = t.blocks + 1
            WHERE t.key = keys[i] AND t.blocked_until IS NULL AND t.failures >= limits[i];
         END LOOP;
         RETURN QUERY
           SELECT t.key, ceil(extract(epoch FROM t.blocked_until - now()))::integer, t.blocked_until
             FROM public.login_throttle t
            WHERE t.key = ANY (keys) AND t.blocked_until > now()
            ORDER BY t.blocked_until DESC, t.key
            LIMIT 1;
         IF FOUND THEN
           RETURN;
         END IF;
         UPDATE public.login_throttle SET failures = failures + 1 WHERE key = ANY (keys);
       END $$`,
      `CREATE FUNCTION public.app_login_throttle_release(p_address text) RETURNS void
         LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
       AS $$
       DECLARE
         keys CONSTANT text[] := public.app_login_throttle_keys(p_address);
       BEGIN
         PERFORM 1 FROM public.login_throttle WHERE key = ANY (keys) ORDER BY key FOR UPDATE;
         UPDATE public.login_throttle SET failures = greatest(failures - 1, 0)
          WHERE key = ANY (keys) AND blocked_until IS NULL;
       END $$`,
      'REVOKE ALL ON FUNCTION public.app_login_throttle_keys(text) FROM PUBLIC',
      `REVOKE ALL ON FUNCTION ${TAKE} FROM PUBLIC`,
      'REVOKE ALL ON FUNCTION public.app_login_throttle_release(text) FROM PUBLIC',
      `GRANT EXECUTE ON FUNCTION ${TAKE} TO ${APP_ROLE}`,
      `GRANT EXECUTE ON FUNCTION public.app_login_throttle_release(text) TO ${APP_ROLE}`,
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      'DROP FUNCTION public.app_login_throttle_release(text)',
      `DROP FUNCTION ${TAKE}`,
      'DROP FUNCTION public.app_login_throttle_keys(text)',
      'DROP TABLE login_throttle',
    ]);
  }
}
