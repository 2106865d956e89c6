import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { BadInputException, Permission } from '@village/platform-common';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type OrgUnitEntity,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { today } from '../common/lookups';
import { PiiCipher } from '../pii/pii-cipher';
import { maskIdNumber, type ValidIdNumber } from '../pii/id-number';
import { ResidentStatus } from '../residents/resident-status.enum';
import { checkIdentity } from '../residents/resident-writer';
import { SheetFormatError } from './csv-parser';
import { ImportFormat } from './dto/import-residents.input';
import type { ImportReportType } from './dto/import-report.type';
import { IMPORT_COLUMNS, type ImportRow } from './import-rows';
import { readSheet } from './read-sheet';

const FIELD_LABELS: Record<string, string> = {
  idNumber: IMPORT_COLUMNS.idNumber,
  birthDate: IMPORT_COLUMNS.birthDate,
  gender: IMPORT_COLUMNS.gender,
};

/** Rows per INSERT: a 50,000-row file is five statements per table, each a few MB of parameters. */
const ROWS_PER_STATEMENT = 10_000;
/** Grids named in the error of an unknown grid; a village has a handful, a town's list would not help. */
const GRIDS_LISTED = 30;

/** Thrown inside the transaction to roll it back while still answering with the report. */
class RollBack extends Error {
  constructor(readonly report: ImportReportType) {
    super('import rolled back');
  }
}

interface Grid {
  id: string;
  code: string;
  name: string;
}

interface Household {
  id: string;
  code: string;
  gridId: string | null;
  headResidentId: string | null;
}

/** A row after the checks: its checked ID number and keyed hash, its grid, and (once written) its id. */
interface CheckedRow extends ImportRow {
  id: ValidIdNumber | null;
  hash: string | null;
  gridId: string | null;
  residentId: string | null;
}

/** The tenant columns and author every written row shares: `$1`–`$4` of each bulk statement. */
type Common = [districtId: string, townId: string, villageId: string, createdBy: string | null];

/**
 * Imports residents from a CSV or XLSX file in one transaction: households are created by 户号, grids
 * must exist (by code or name), every resident is a villager plus the roles listed. Any bad row, and
 * nothing is written; the report names each row and why.
 *
 * All rows are checked first, in memory and with one lookup each for the village's grids, the
 * households the file names and the ID numbers already registered (by their keyed hash). Then
 * households, residents and roles are written with one multi-row INSERT per table (per 10,000 rows):
 * about a dozen statements for a whole file instead of three or four per row.
 */
@Injectable()
export class ResidentImportService {
  constructor(
    private readonly db: TenantDb,
    @Inject(PiiCipher) private readonly cipher: PiiCipher,
  ) {}

  async import(
    ctx: RequestContext,
    input: { villageId: string; format: ImportFormat; contentBase64: string; dryRun: boolean },
  ): Promise<ImportReportType> {
    const rows = await readSheet(input.format, input.contentBase64).catch((error: unknown) => {
      if (error instanceof SheetFormatError) throw BadInputException.field('contentBase64', error.message);
      throw error;
    });
    const dryRun = input.dryRun === true;
    try {
      // A savepoint: a refused or dry run leaves nothing, while the operation's audit row still commits.
      return await this.db.run(ctx, (tx) =>
        tx.savepoint(async () => {
          const village = await requireVisibleVillage(tx, input.villageId);
          ctx.auditTarget = village;
          ctx.assertCan(Permission.RESIDENT_MANAGE, village);
          const report = await this.write(tx, village, rows);
          report.dryRun = dryRun;
          ctx.auditDetail = {
            format: input.format,
            rows: rows.length,
            imported: report.imported,
            dryRun,
          };
          if (report.rows.some((r) => !r.ok) || dryRun)
            throw new RollBack({ ...report, imported: 0, householdsCreated: 0 });
          return report;
        }),
      );
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  }

  /**
   * Checks every row, then writes the rows that passed (so that a number registered in another village,
   * which only the write can find, is reported with the rest); the caller rolls back unless all passed.
   */
  private async write(tx: TenantTx, village: OrgUnitEntity, parsed: ImportRow[]): Promise<ImportReportType> {
    const rows = await this.check(tx, village, parsed);
    const tenant = villageTenant(village);
    const common: Common = [tenant.districtId, tenant.townId, tenant.villageId, tx.ctx.user?.id ?? null];
    const good = () => rows.filter((r) => r.errors.length === 0);

    const households = await this.households(tx, village, rows);
    const created = await this.createHouseholds(tx, common, good(), households);
    await this.insertResidents(tx, common, good(), households);
    const written = good();
    await this.assignHeads(tx, written, households);
    await this.insertRoles(tx, common, written);

    return {
      imported: rows.length,
      householdsCreated: created,
      dryRun: false,
      rows: rows.map((r) => ({ row: r.row, ok: r.errors.length === 0, errors: r.errors })),
    };
  }

  /** Everything that can be checked before writing: identity, grids, duplicates in the file and in the village. */
  private async check(tx: TenantTx, village: OrgUnitEntity, parsed: ImportRow[]): Promise<CheckedRow[]> {
    const grids = await tx.query<Grid[]>(
      'SELECT id, code, name FROM grid WHERE village_id = $1 ORDER BY code',
      [village.id],
    );
    const gridOf = gridResolver(grids);
    const seenIds = new Map<string, number>();
    const heads = new Map<string, number>();
    const rows: CheckedRow[] = parsed.map((parsedRow) => {
      const row: CheckedRow = { ...parsedRow, id: null, hash: null, gridId: null, residentId: null };
      if (row.idNumber && row.gender && !row.errors.some((e) => e.startsWith(IMPORT_COLUMNS.birthDate))) {
        const { id, errors } = checkIdentity({
          idNumber: row.idNumber,
          birthDate: row.birthDate,
          gender: row.gender,
        });
        for (const e of errors)
          row.errors.push(`${FIELD_LABELS[e.field] ?? e.field}：${e.reasons.join('；')}`);
        if (id) {
          row.id = id;
          row.idNumber = id.value;
          row.hash = this.cipher.hash(id.value);
          const first = seenIds.get(id.value);
          if (first !== undefined) row.errors.push(`${IMPORT_COLUMNS.idNumber}：与第 ${first} 行重复`);
          else seenIds.set(id.value, row.row);
        }
      }
      if (row.grid) {
        const grid = gridOf(row.grid);
        if (typeof grid === 'string') row.errors.push(`${IMPORT_COLUMNS.grid}：${grid}`);
        else row.gridId = grid.id;
      }
      if (row.isHead && row.householdCode) {
        const first = heads.get(row.householdCode);
        if (first !== undefined)
          row.errors.push(`${IMPORT_COLUMNS.isHead}：户号 ${row.householdCode} 的户主已在第 ${first} 行`);
        else heads.set(row.householdCode, row.row);
      }
      return row;
    });

    // Numbers registered where the caller can see them, named with the person; elsewhere in the district
    // they are invisible here and found by the insert (ON CONFLICT).
    const hashes = rows.flatMap((r) => (r.hash ? [r.hash] : []));
    const known = hashes.length
      ? await tx.query<{ hash: string; name: string; villageId: string }[]>(
          `SELECT id_number_hash AS hash, name, village_id AS "villageId" FROM resident
            WHERE district_id = $1 AND id_number_hash = ANY($2::varchar[])`,
          [village.districtId, hashes],
        )
      : [];
    const byHash = new Map(known.map((r) => [r.hash, r]));
    for (const row of rows) {
      const existing = row.hash ? byHash.get(row.hash) : undefined;
      if (existing) {
        const where = existing.villageId === village.id ? '本村' : '本区其他村';
        row.errors.push(`${IMPORT_COLUMNS.idNumber}：已在${where}登记（${existing.name}）`);
      }
    }
    return rows;
  }

  /** The village's households the file names, by 户号; a head named for one that has a head is an error. */
  private async households(
    tx: TenantTx,
    village: OrgUnitEntity,
    rows: CheckedRow[],
  ): Promise<Map<string, Household>> {
    const codes = [...new Set(rows.flatMap((r) => (r.householdCode ? [r.householdCode] : [])))];
    const found = codes.length
      ? await tx.query<Household[]>(
          `SELECT id, code, grid_id AS "gridId", head_resident_id AS "headResidentId" FROM household
            WHERE village_id = $1 AND code = ANY($2::varchar[])`,
          [village.id, codes],
        )
      : [];
    const households = new Map(found.map((h) => [h.code, h]));
    for (const row of rows) {
      const household = row.householdCode ? households.get(row.householdCode) : undefined;
      if (row.isHead && household?.headResidentId) {
        row.errors.push(`${IMPORT_COLUMNS.isHead}：户号 ${row.householdCode} 已有户主`);
      }
    }
    return households;
  }

  /** One household per new 户号, in the grid of its first row; returns how many were created. */
  private async createHouseholds(
    tx: TenantTx,
    common: Common,
    rows: CheckedRow[],
    households: Map<string, Household>,
  ): Promise<number> {
    const fresh: Household[] = [];
    for (const row of rows) {
      if (!row.householdCode || households.has(row.householdCode)) continue;
      const household = {
        id: randomUUID(),
        code: row.householdCode,
        gridId: row.gridId,
        headResidentId: null,
      };
      households.set(household.code, household);
      fresh.push(household);
    }
    const inserted = new Set<string>();
    for (const chunk of chunks(fresh)) {
      const result = await tx.query<{ code: string }[]>(
        `INSERT INTO household (id, district_id, town_id, village_id, code, grid_id, created_by)
         SELECT t.id, $1::uuid, $2::uuid, $3::uuid, t.code, t.grid_id, $4::uuid
           FROM unnest($5::uuid[], $6::varchar[], $7::uuid[]) AS t(id, code, grid_id)
         ON CONFLICT ON CONSTRAINT uq_household_village_code DO NOTHING
         RETURNING code`,
        [...common, chunk.map((h) => h.id), chunk.map((h) => h.code), chunk.map((h) => h.gridId)],
      );
      for (const { code } of result) inserted.add(code);
    }
    // A 户号 created meanwhile by another import that committed first.
    for (const row of rows) {
      const household = row.householdCode ? households.get(row.householdCode) : undefined;
      if (household && fresh.includes(household) && !inserted.has(household.code)) {
        row.errors.push(
          `${IMPORT_COLUMNS.householdCode}：户号 ${household.code} 刚由另一次导入建立，请重新导入`,
        );
      }
    }
    return inserted.size;
  }

  /**
   * The residents of the rows that passed, numbers encrypted, hashed and masked (never stored in clear).
   * A number registered in another village of the district is invisible here: the unique constraint finds
   * it, ON CONFLICT skips the row, and the row is reported.
   */
  private async insertResidents(
    tx: TenantTx,
    common: Common,
    rows: CheckedRow[],
    households: Map<string, Household>,
  ): Promise<void> {
    const { cipher } = this;
    for (const chunk of chunks(rows)) {
      const columns = {
        id: [] as string[],
        name: [] as string[],
        gender: [] as string[],
        birthDate: [] as string[],
        cipher: [] as string[],
        hash: [] as string[],
        masked: [] as string[],
        phone: [] as (string | null)[],
        householdId: [] as (string | null)[],
        gridId: [] as (string | null)[],
      };
      for (const row of chunk) {
        const id = row.id as ValidIdNumber;
        const household = row.householdCode ? households.get(row.householdCode) : undefined;
        row.residentId = randomUUID();
        columns.id.push(row.residentId);
        columns.name.push(row.name);
        columns.gender.push(row.gender as string);
        columns.birthDate.push(row.birthDate);
        columns.cipher.push(cipher.encrypt(id.value));
        columns.hash.push(row.hash as string);
        columns.masked.push(maskIdNumber(id.value));
        columns.phone.push(row.phone);
        columns.householdId.push(household?.id ?? null);
        columns.gridId.push(row.gridId ?? household?.gridId ?? null);
      }
      const result = await tx.query<{ id: string }[]>(
        `INSERT INTO resident (id, district_id, town_id, village_id, name, gender, birth_date, id_number_cipher,
                               id_number_hash, id_number_masked, phone, household_id, grid_id, status, created_by)
         SELECT t.id, $1::uuid, $2::uuid, $3::uuid, t.name, t.gender, t.birth_date, t.cipher,
                t.hash, t.masked, t.phone, t.household_id, t.grid_id, $15, $4::uuid
           FROM unnest($5::uuid[], $6::varchar[], $7::varchar[], $8::date[], $9::text[],
                       $10::varchar[], $11::varchar[], $12::varchar[], $13::uuid[], $14::uuid[])
             AS t(id, name, gender, birth_date, cipher, hash, masked, phone, household_id, grid_id)
         ON CONFLICT ON CONSTRAINT uq_resident_id_number DO NOTHING
         RETURNING id`,
        [...common, ...Object.values(columns), ResidentStatus.ACTIVE],
      );
      if (result.length === chunk.length) continue;
      const inserted = new Set(result.map((r) => r.id));
      for (const row of chunk) {
        if (inserted.has(row.residentId as string)) continue;
        row.residentId = null;
        row.errors.push(`${IMPORT_COLUMNS.idNumber}：已在本区其他村登记`);
      }
    }
  }

  /** Heads of households: one UPDATE for the file. */
  private async assignHeads(
    tx: TenantTx,
    rows: CheckedRow[],
    households: Map<string, Household>,
  ): Promise<void> {
    const heads = rows.flatMap((row) => {
      const household = row.isHead && row.householdCode ? households.get(row.householdCode) : undefined;
      return household && row.residentId ? [{ household: household.id, resident: row.residentId }] : [];
    });
    for (const chunk of chunks(heads)) {
      await tx.query(
        `UPDATE household h SET head_resident_id = t.head
           FROM unnest($1::uuid[], $2::uuid[]) AS t(id, head) WHERE h.id = t.id`,
        [chunk.map((h) => h.household), chunk.map((h) => h.resident)],
      );
    }
  }

  /**
   * Each resident is a villager plus the roles listed, from their start-date columns or today. New
   * residents hold no roles yet and each row's roles are distinct: no overlap to check.
   */
  private async insertRoles(tx: TenantTx, common: Common, rows: CheckedRow[]): Promise<void> {
    const start = today();
    const roles = rows.flatMap((row) =>
      row.residentId ? row.roles.map((role) => ({ residentId: row.residentId as string, ...role })) : [],
    );
    for (const chunk of chunks(roles)) {
      await tx.query(
        `INSERT INTO subject_role (id, district_id, town_id, village_id, resident_id, subject_type, start_date,
                                   probationary, created_by)
         SELECT t.id, $1::uuid, $2::uuid, $3::uuid, t.resident_id, t.subject_type, t.start_date, t.probationary,
                $4::uuid
           FROM unnest($5::uuid[], $6::uuid[], $7::varchar[], $8::date[], $9::boolean[])
             AS t(id, resident_id, subject_type, start_date, probationary)`,
        [
          ...common,
          chunk.map(() => randomUUID()),
          chunk.map((r) => r.residentId),
          chunk.map((r) => r.type),
          chunk.map((r) => r.startDate ?? start),
          chunk.map((r) => r.probationary),
        ],
      );
    }
  }
}

/**
 * The grid a row names, by code first and then by name; or why not, listing the village's grids so the
 * person fixing the file sees what to write.
 */
function gridResolver(grids: Grid[]): (text: string) => Grid | string {
  const byCode = new Map(grids.map((g) => [g.code, g]));
  const byName = new Map<string, Grid[]>();
  for (const grid of grids) byName.set(grid.name, [...(byName.get(grid.name) ?? []), grid]);
  const listed = grids
    .slice(0, GRIDS_LISTED)
    .map((g) => (g.name && g.name !== g.code ? `${g.code}（${g.name}）` : g.code))
    .join('、');
  const valid = grids.length
    ? `可填编码或名称：${listed}${grids.length > GRIDS_LISTED ? ` 等 ${grids.length} 个` : ''}`
    : '本村尚未设置网格';
  return (text) => {
    const code = byCode.get(text);
    if (code) return code;
    const named = byName.get(text) ?? [];
    if (named.length === 1) return named[0];
    if (named.length > 1) {
      return `名称“${text}”对应多个网格（${named.map((g) => g.code).join('、')}），请填编码`;
    }
    return `本村没有编码或名称为“${text}”的网格（${valid}）`;
  };
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) yield items.slice(i, i + ROWS_PER_STATEMENT);
}
