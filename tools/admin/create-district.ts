import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { BadInputException, Role } from '@village/platform-common';
import { AuditOutcome, AuditService, UserAccountsService } from '@village/platform-auth';
import { OrgLevel, OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/runtime/create-app';
import { startDatabaseRuntime } from '../../apps/api/src/runtime/database-runtime';
import { listDistricts, type ExistingDistrict } from '../../apps/api/src/runtime/districts';

export interface CreateDistrictInput {
  code: string;
  name: string;
  adminUsername: string;
  /** Display name of the admin account; default: the district's name + 管理员. */
  adminDisplayName?: string;
}

export type CreateDistrictResult =
  | { created: true; districtId: string; adminUserId: string; oneTimePassword: string }
  | { created: false; existing: ExistingDistrict[] };

/** Held while checking and creating, so two bootstrap runs at once cannot both create a district. */
const BOOTSTRAP_LOCK = 3_710_031;

/**
 * The first real district and its first DISTRICT_ADMIN, on a database with no district yet: the way a
 * production installation starts (the demo seed is for trying the product). Runs with the server's
 * settings (DATABASE_URL or the embedded database in DATA_DIR), applying pending migrations first.
 * The admin's password is generated here and returned once; it is stored only as a hash.
 */
export async function createDistrict(
  input: CreateDistrictInput,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => undefined,
): Promise<CreateDistrictResult> {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!/^[0-9A-Za-z-]{1,32}$/.test(code)) {
    throw BadInputException.field('code', '编码只能包含字母、数字或连字符，长度 1–32（建议用行政区划代码）');
  }
  if (!name || name.length > 64) throw BadInputException.field('name', '名称不能为空，最多 64 个字');

  const config = loadConfig(env);
  const database = await startDatabaseRuntime(config, log);
  try {
    const lock = new Client({ connectionString: database.target.adminUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK]);
      const existing = await listDistricts(database.target.adminUrl);
      if (existing === null) {
        throw new Error(
          '管理连接无法越过行级安全，无法确认数据库中是否已有区：请用超级用户或 BYPASSRLS 角色的 DATABASE_URL',
        );
      }
      if (existing.length > 0) return { created: false, existing };

      const app = await createApp(
        { ...config, piiKey: database.piiKey },
        database.target,
        database.jwtSecret,
        {
          logger: false,
        },
      );
      try {
        return await insertDistrict(app.get(TenantDb), app.get(UserAccountsService), app.get(AuditService), {
          code,
          name,
          adminUsername: input.adminUsername,
          adminDisplayName: input.adminDisplayName?.trim() || `${name}管理员`,
        });
      } finally {
        await app.close();
      }
    } finally {
      await lock.end(); // ends the session, and with it the advisory lock
    }
  } finally {
    await database.stop();
  }
}

async function insertDistrict(
  db: TenantDb,
  accounts: UserAccountsService,
  audit: AuditService,
  input: Required<CreateDistrictInput>,
): Promise<CreateDistrictResult> {
  const id = randomUUID();
  const district = Object.assign(new OrgUnitEntity(), {
    id,
    level: OrgLevel.DISTRICT,
    code: input.code,
    name: input.name,
    parentId: null,
    districtId: id,
    townId: null,
    villageId: null,
    createdBy: null,
  });
  // As the demo seed does: a system context (no user) whose scope is the new district.
  const system = RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit: district }]);
  const oneTimePassword = generatePassword();
  return db.run(system, async (tx) => {
    await tx.insert(OrgUnitEntity, district);
    const admin = await accounts.createUser(tx, {
      username: input.adminUsername,
      displayName: input.adminDisplayName,
      password: oneTimePassword,
      homeUnit: district,
      role: Role.DISTRICT_ADMIN,
      // A one-time password: the first login must replace it (the guard allows nothing else until then).
      mustChangePassword: true,
    });
    tx.ctx.auditTarget = district;
    await audit.recordIn(tx, 'bootstrapCreateDistrict', AuditOutcome.SUCCESS, {
      unit: district,
      detail: { code: input.code, name: input.name, adminUsername: admin.username, via: 'npm run admin' },
    });
    return { created: true, districtId: id, adminUserId: admin.id, oneTimePassword };
  });
}

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I), about 93 bits. */
function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(32);
  let out = '';
  for (const byte of bytes) {
    if (byte >= alphabet.length * 4) continue; // no modulo bias
    out += alphabet[byte % alphabet.length];
    if (out.length === 16) break;
  }
  return out.length === 16 ? out : generatePassword();
}
