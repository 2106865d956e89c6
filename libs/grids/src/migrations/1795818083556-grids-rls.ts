import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnly,
  dropAppendOnly,
  dropTenantTableRls,
  grantToApp,
  runStatements,
  tenantTableRls,
} from '@village/platform-db/migrations';

const TABLES = [
  'post',
  'post_assignment',
  'scoring_team',
  'scoring_team_member',
  'captain_rota',
  'governance_team',
  'governance_team_member',
];

/**
 * Posts, scoring teams, rotas and the governance team: village data under the standard forced policy.
 * History is kept by construction: the app may only end a term (never reopen or rewrite one), rename a
 * team, and append rota and governance-team versions, which nobody may change afterwards.
 */
export class GridsRls1795818083556 implements MigrationInterface {
  name = 'GridsRls1795818083556';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...TABLES.flatMap((table) => tenantTableRls(table)),
      grantToApp('post', ['SELECT', 'INSERT']),
      grantToApp('post_assignment', ['SELECT', 'INSERT']),
      `GRANT UPDATE (end_date, end_reason, ended_by) ON post_assignment TO ${APP_ROLE}`,
      `CREATE TRIGGER post_assignment_ended_is_final BEFORE UPDATE ON post_assignment
         FOR EACH ROW WHEN (OLD.end_reason IS NOT NULL) EXECUTE FUNCTION public.refuse_change()`,
      grantToApp('scoring_team', ['SELECT', 'INSERT']),
      `GRANT UPDATE (name) ON scoring_team TO ${APP_ROLE}`,
      grantToApp('scoring_team_member', ['SELECT', 'INSERT']),
      `GRANT UPDATE (end_date) ON scoring_team_member TO ${APP_ROLE}`,
      `CREATE TRIGGER scoring_team_member_ended_is_final BEFORE UPDATE ON scoring_team_member
         FOR EACH ROW WHEN (OLD.end_date IS NOT NULL) EXECUTE FUNCTION public.refuse_change()`,
      ...['captain_rota', 'governance_team', 'governance_team_member'].flatMap((table) => [
        grantToApp(table, ['SELECT', 'INSERT']),
        ...appendOnly(table),
      ]),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...['captain_rota', 'governance_team', 'governance_team_member'].flatMap((table) =>
        dropAppendOnly(table),
      ),
      'DROP TRIGGER scoring_team_member_ended_is_final ON scoring_team_member',
      'DROP TRIGGER post_assignment_ended_is_final ON post_assignment',
      ...TABLES.flatMap((table) => [`REVOKE ALL ON ${table} FROM ${APP_ROLE}`, ...dropTenantTableRls(table)]),
    ]);
  }
}
