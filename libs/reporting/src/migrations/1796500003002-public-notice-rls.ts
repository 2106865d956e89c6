import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  appendOnly,
  dropAppendOnly,
  dropTenantTableRls,
  grantToApp,
  OWNER_ROLE,
  publishedFromAboveRls,
  runStatements,
  scopedTenantTable,
} from '@village/platform-db/migrations';

const LOOKUP = 'public.published_artefact_district(uuid)';

/**
 * The published-digest log and its checkpoints are written in a district's scope and readable by the
 * towns and villages below (they are public anyway); countersignatures are the signer's unit's rows.
 * All three are append-only. A login-free reader has no scope, so one SECURITY DEFINER function (running
 * as the owner, through an owner-only read policy) answers a single question — which district logged
 * this artefact id — and the API then reads as a system context of that district alone.
 */
export class PublicNoticeRls1796500003002 implements MigrationInterface {
  name = 'PublicNoticeRls1796500003002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      ...publishedFromAboveRls('published_artefact'),
      grantToApp('published_artefact', ['SELECT', 'INSERT']),
      ...appendOnly('published_artefact'),
      ...publishedFromAboveRls('digest_checkpoint'),
      grantToApp('digest_checkpoint', ['SELECT', 'INSERT']),
      ...appendOnly('digest_checkpoint'),
      ...scopedTenantTable('checkpoint_countersign', ['SELECT', 'INSERT']),
      ...appendOnly('checkpoint_countersign'),
      `CREATE POLICY published_artefact_lookup ON published_artefact FOR SELECT TO ${OWNER_ROLE} USING (true)`,
      `CREATE FUNCTION ${LOOKUP} RETURNS uuid
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
       AS $$ SELECT district_id FROM public.published_artefact WHERE artefact_id = $1 $$`,
      `REVOKE ALL ON FUNCTION ${LOOKUP} FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION ${LOOKUP} TO ${APP_ROLE}`,
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `DROP FUNCTION ${LOOKUP}`,
      'DROP POLICY published_artefact_lookup ON published_artefact',
      ...dropAppendOnly('checkpoint_countersign'),
      `REVOKE ALL ON checkpoint_countersign FROM ${APP_ROLE}`,
      ...dropTenantTableRls('checkpoint_countersign'),
      ...['digest_checkpoint', 'published_artefact'].flatMap((table) => [
        ...dropAppendOnly(table),
        `REVOKE ALL ON ${table} FROM ${APP_ROLE}`,
        `DROP POLICY ${table}_from_above ON ${table}`,
        ...dropTenantTableRls(table),
      ]),
    ]);
  }
}
