import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { format, resolveConfig } from 'prettier';
import { DataSource } from 'typeorm';
import { APP_ROLE, withDatabase } from '@village/platform-db';
import { permissionsOf, Role, todayInChina } from '@village/platform-common';
import { OrgLevel, RequestContext } from '@village/platform-tenancy';
import { idNumberCheckChar, ImportFormat, ResidentImportService } from '@village/residents';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { recreateBenchDatabase, withAdminClient } from './bench-database';
import { copyFrom, copyLine } from './copy-from-stdin';
import { QueryProfile } from './query-profile';

const START = '<!-- import-bench:start -->';
const END = '<!-- import-bench:end -->';
const BEFORE = '<!-- bench:tally -->';
const RERUN = 'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import';
const GOAL = 3;

const DISTRICT = '00000000-0000-4000-8000-00000000d001';
const TOWN = '00000000-0000-4000-8000-00000000d002';
const villageId = (n: number) => `00000000-0000-4000-8000-${String(100000 + n).padStart(12, '0')}`;

interface Round {
  importMs: number;
  copyMs: number;
  statements: number;
  dbMs: number;
}

/**
 * `npm run bench:import`: imports generated census rows through ResidentImportService (the app as served,
 * as the app role under row-level security, a village administrator's context) and, in the same run, COPYs
 * the very rows the import wrote into the same tables of a scratch copy of the database, as the admin
 * connection (households, residents, subject roles, the heads). Rows/s of each and the ratio go into
 * README's figures.
 */
async function main(): Promise<void> {
  const env = process.env;
  const rows = int(env.BENCH_IMPORT_ROWS, 20_000);
  const rounds = int(env.BENCH_ROUNDS, 3);
  const serverUrl = env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = env.BENCH_DATABASE?.trim() || 'village_import_bench';
  const copyName = `${name}_copy`;
  const loadBefore = loadavg()[0];
  log(`bench:import: ${rounds} rounds of ${rows} rows, database ${name} (COPY into ${copyName})`);

  const db = await recreateBenchDatabase(serverUrl, name);
  await withAdminClient(db.adminUrl, (client) => seedVillages(client, rounds + 1));
  // The scratch copy: same schema, org tree and grids, none of the imported rows.
  await withAdminClient(withDatabase(serverUrl, 'postgres'), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${copyName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${copyName} TEMPLATE ${name}`);
  });
  const copyUrl = withDatabase(serverUrl, copyName);
  log('databases ready');

  const app = await startApp(db.appUrl);
  const imports = app.get(ResidentImportService);
  const results: Round[] = [];
  let version = '';
  try {
    // Warm-up: a small file into a village of its own (JIT, the pool, the plans).
    await importInto(imports, 0, census(500, '379900'));
    await withAdminClient(db.adminUrl, async (admin) => {
      await withAdminClient(copyUrl, async (copy) => {
        version = (await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]
          .v;
        for (let round = 1; round <= rounds; round += 1) {
          const file = census(rows, `3710${String(round).padStart(2, '0')}`);
          await admin.query('CHECKPOINT');
          const profile = new QueryProfile();
          profile.start();
          const started = performance.now();
          let imported: number;
          try {
            imported = await importInto(imports, round, file);
          } finally {
            profile.stop();
          }
          const importMs = performance.now() - started;
          if (imported !== rows) throw new Error(`round ${round}: imported ${imported}, not ${rows}`);

          const data = await exportRows(admin, villageId(round));
          await copy.query('CHECKPOINT');
          const copied = performance.now();
          await copyRows(copy, data);
          const copyMs = performance.now() - copied;
          await assertSameCounts(admin, copy, villageId(round));
          const { queries, ms } = profile.totals;
          results.push({ importMs, copyMs, statements: queries, dbMs: ms });
          log(
            `round ${round}: import ${secs(importMs)} (${rate(rows, importMs)} rows/s, ${queries} statements, ` +
              `${secs(ms)} waiting on PostgreSQL), COPY ${secs(copyMs)} (${rate(rows, copyMs)} rows/s), ` +
              `${(importMs / copyMs).toFixed(2)}×`,
          );
        }
      });
    });
  } finally {
    await app.close();
  }
  await withAdminClient(withDatabase(serverUrl, 'postgres'), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${copyName} WITH (FORCE)`),
  );

  const importMs = median(results.map((r) => r.importMs));
  const copyMs = median(results.map((r) => r.copyMs));
  const ratio = median(results.map((r) => r.importMs / r.copyMs));
  const section = [
    START,
    '',
    `Census import, ${todayInChina()}: ${rows.toLocaleString('en-US')} generated rows (nine columns; 4 people to a ` +
      'household, every tenth a party member) imported as CSV through `ResidentImportService` (the app as served, ' +
      'as the app role under forced row-level security, a village administrator’s context: parse, check, ' +
      'encrypt and hash the ID numbers, write households, residents, subject roles and heads in one transaction) ' +
      'against `COPY … FROM STDIN` of the very rows it wrote into the same tables of a scratch copy of the ' +
      `database, as the admin connection, in one transaction. Medians of ${rounds} rounds. ` +
      `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}) shared with other jobs, PostgreSQL ` +
      `${version} on the same machine, Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ` +
      `${loadavg()[0].toFixed(1)} after.`,
    '',
    '| path | time | rows/s | statements |',
    '| --- | --: | --: | --: |',
    `| \`importResidents\` (service) | ${secs(importMs)} | ${rate(rows, importMs)} | ${results[0].statements} |`,
    `| \`COPY\` of the same rows | ${secs(copyMs)} | ${rate(rows, copyMs)} | 8 |`,
    `| **import ÷ COPY** | **${ratio.toFixed(2)}×** | | |`,
    '',
    `Goal within ${GOAL}× of COPY: ${ratio <= GOAL ? 'met' : 'not met'}. Of the import’s time, ` +
      `${secs(median(results.map((r) => r.dbMs)))} is spent waiting on PostgreSQL, the rest in Node (parsing, ` +
      `checks, AES-GCM and HMAC per number, building the parameter arrays). Rerun with \`${RERUN}\` ` +
      '(`BENCH_IMPORT_ROWS`, `BENCH_ROUNDS`).',
    '',
    END,
  ].join('\n');
  log(
    `medians: import ${secs(importMs)} (${rate(rows, importMs)} rows/s), COPY ${secs(copyMs)} ` +
      `(${rate(rows, copyMs)} rows/s), ratio ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×)`,
  );
  if ((env.BENCH_WRITE_README ?? 'true') === 'true') {
    await writeSection(join(__dirname, '../../..', 'README.md'), section);
    log('README.md: import-bench section written');
  }
}

/** The district, a town and `count` villages (0 is the warm-up's), each with grids G1–G3. */
async function seedVillages(client: Client, count: number): Promise<void> {
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     VALUES ($1, 'DISTRICT', 'IMPB', '导入基准区', NULL, $1, NULL, NULL),
            ($2, 'TOWN', 'IMPB-T', '导入基准镇', $1, $1, $2, NULL)`,
    [DISTRICT, TOWN],
  );
  for (let n = 0; n < count; n += 1) {
    await client.query(
      `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
       VALUES ($1, 'VILLAGE', $2, $3, $4, $5, $4, $1)`,
      [villageId(n), `IMPB-V${n}`, `导入基准村${n}`, TOWN, DISTRICT],
    );
    await client.query(
      `INSERT INTO grid (id, district_id, town_id, village_id, code, name)
       SELECT gen_random_uuid(), $2, $3, $1, 'G' || g, '第' || g || '网格' FROM generate_series(1, 3) g`,
      [villageId(n), DISTRICT, TOWN],
    );
  }
}

async function startApp(appUrl: string): Promise<INestApplicationContext> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({
    DATABASE_URL: appUrl,
    JWT_SECRET: jwtSecret,
    PII_KEY: randomBytes(32).toString('base64'),
    DB_POOL_SIZE: '2',
  });
  const dataSource = new DataSource({
    type: 'postgres',
    url: appUrl,
    entities: ALL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Logs in as the bench role and becomes the app role, as createAppDataSource's pool would be.
    extra: { max: 2, application_name: 'village-import-bench', options: `-c role=${APP_ROLE}` },
  });
  await dataSource.initialize();
  try {
    return await NestFactory.createApplicationContext(AppModule.forRoot(config, dataSource, jwtSecret), {
      logger: ['error', 'warn'],
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

async function importInto(imports: ResidentImportService, n: number, csv: string): Promise<number> {
  const unit = {
    id: villageId(n),
    level: OrgLevel.VILLAGE,
    name: `导入基准村${n}`,
    districtId: DISTRICT,
    townId: TOWN,
    villageId: villageId(n),
  };
  const ctx = RequestContext.system([
    { role: Role.VILLAGE_ADMIN, permissions: permissionsOf(Role.VILLAGE_ADMIN), unit },
  ]);
  const report = await imports.import(ctx, {
    villageId: unit.id,
    format: ImportFormat.CSV,
    contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    dryRun: false,
  });
  const bad = report.rows.find((r) => !r.ok);
  if (bad) throw new Error(`row ${bad.row}: ${bad.errors.join('; ')}`);
  return report.imported;
}

/** `count` people under a region code: 4 to a household (the first its head), every tenth a party member. */
function census(count: number, region: string): string {
  const lines = ['姓名,性别,出生日期,身份证号,联系电话,户号,是否户主,网格,身份'];
  for (let i = 0; i < count; i += 1) {
    const birthDate = new Date(Date.UTC(1940, 0, 1) + (i % 18_000) * 86_400_000).toISOString().slice(0, 10);
    const order = 2 * Math.floor(i / 18_000) + 1 + (i % 2);
    const first17 = `${region}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
    lines.push(
      [
        `村民${i}`,
        order % 2 === 1 ? '男' : '女',
        birthDate,
        first17 + idNumberCheckChar(first17),
        `138${String(i).padStart(8, '0')}`,
        `H${String(Math.floor(i / 4)).padStart(5, '0')}`,
        i % 4 === 0 ? '是' : '否',
        `G${1 + (i % 3)}`,
        i % 10 === 0 ? '党员' : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const TABLES = {
  household: [
    'id',
    'district_id',
    'town_id',
    'village_id',
    'code',
    'address',
    'grid_id',
    'created_at',
    'created_by',
  ],
  resident: [
    'id',
    'district_id',
    'town_id',
    'village_id',
    'name',
    'gender',
    'birth_date',
    'id_number_cipher',
    'id_number_hash',
    'id_number_masked',
    'phone',
    'household_id',
    'grid_id',
    'status',
    'user_id',
    'created_at',
    'created_by',
  ],
  subject_role: [
    'id',
    'district_id',
    'town_id',
    'village_id',
    'resident_id',
    'subject_type',
    'start_date',
    'end_date',
    'probationary',
    'term_end',
    'represented_household_ids',
    'end_reason',
    'created_at',
    'created_by',
  ],
} as const;

type Exported = Record<keyof typeof TABLES | 'heads', string>;

/** The rows the import wrote in a village, as COPY text (households without their heads: those come last). */
async function exportRows(admin: Client, village: string): Promise<Exported> {
  const text = async (table: string, columns: readonly string[]) => {
    const { rows } = await admin.query<Record<string, string | null>>(
      `SELECT ${columns.map((c) => `${c}::text`).join(', ')} FROM ${table} WHERE village_id = $1`,
      [village],
    );
    return rows.map((row) => copyLine(columns.map((c) => row[c]))).join('');
  };
  const heads = await admin.query<{ id: string; head: string }>(
    'SELECT id::text, head_resident_id::text AS head FROM household WHERE village_id = $1 AND head_resident_id IS NOT NULL',
    [village],
  );
  return {
    household: await text('household', TABLES.household),
    resident: await text('resident', TABLES.resident),
    subject_role: await text('subject_role', TABLES.subject_role),
    heads: heads.rows.map((h) => copyLine([h.id, h.head])).join(''),
  };
}

/** What a COPY-based loader does: households, residents, roles, then the heads; one transaction. */
async function copyRows(copy: Client, data: Exported): Promise<void> {
  await copy.query('BEGIN');
  try {
    for (const table of ['household', 'resident', 'subject_role'] as const) {
      await copyFrom(copy, `COPY ${table} (${TABLES[table].join(', ')}) FROM STDIN`, data[table]);
    }
    await copy.query('CREATE TEMP TABLE heads (id uuid, head uuid) ON COMMIT DROP');
    await copyFrom(copy, 'COPY heads (id, head) FROM STDIN', data.heads);
    await copy.query('UPDATE household h SET head_resident_id = x.head FROM heads x WHERE h.id = x.id');
    await copy.query('COMMIT');
  } catch (error) {
    await copy.query('ROLLBACK');
    throw error;
  }
}

async function assertSameCounts(admin: Client, copy: Client, village: string): Promise<void> {
  const sql = `SELECT (SELECT count(*) FROM resident WHERE village_id = $1) AS residents,
                      (SELECT count(*) FROM household WHERE village_id = $1 AND head_resident_id IS NOT NULL) AS heads,
                      (SELECT count(*) FROM subject_role WHERE village_id = $1) AS roles`;
  const [a, b] = await Promise.all([admin.query(sql, [village]), copy.query(sql, [village])]);
  if (JSON.stringify(a.rows) !== JSON.stringify(b.rows)) {
    throw new Error(`COPY wrote ${JSON.stringify(b.rows)}, the import ${JSON.stringify(a.rows)}`);
  }
}

async function writeSection(path: string, section: string): Promise<void> {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let next: string;
  if (start >= 0 && end > start) next = readme.slice(0, start) + section + readme.slice(end + END.length);
  else {
    const at = readme.indexOf(BEFORE);
    if (at < 0) throw new Error(`README.md has neither ${START} … ${END} nor ${BEFORE}`);
    next = `${readme.slice(0, at)}${section}\n\n${readme.slice(at)}`;
  }
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}

function int(raw: string | undefined, fallback: number): number {
  if (!raw?.trim()) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a positive integer, got ${raw}`);
  return value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');

function log(line: string): void {
  console.log(`[bench:import] ${line}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
