import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BadInputException, ConflictException, Permission } from '@village/platform-common';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type OrgUnitEntity,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { today } from '../common/lookups';
import { GridEntity } from '../grids/grid.entity';
import { HouseholdEntity } from '../households/household.entity';
import { PiiCipher } from '../pii/pii-cipher';
import type { ValidIdNumber } from '../pii/id-number';
import { Gender } from '../residents/resident-status.enum';
import { ResidentEntity } from '../residents/resident.entity';
import { checkIdentity, insertResident } from '../residents/resident-writer';
import { SubjectRoleEntity } from '../subject-roles/subject-role.entity';
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

/** Thrown inside the transaction to roll it back while still answering with the report. */
class RollBack extends Error {
  constructor(readonly report: ImportReportType) {
    super('import rolled back');
  }
}

type CheckedRow = ImportRow & { id: ValidIdNumber | null };

/**
 * Imports residents from a CSV or XLSX file in one transaction: households are created by 户号, grids
 * must exist, every resident is a villager plus the roles listed. Any bad row, and nothing is written;
 * the report names each row and why.
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
    try {
      // A savepoint: a refused or dry run leaves nothing, while the operation's audit row still commits.
      return await this.db.run(ctx, (tx) =>
        tx.savepoint(async () => {
          const village = await requireVisibleVillage(tx, input.villageId);
          ctx.auditTarget = village;
          ctx.assertCan(Permission.RESIDENT_MANAGE, village);
          const report = await this.write(tx, village, rows);
          ctx.auditDetail = {
            format: input.format,
            rows: rows.length,
            imported: report.imported,
            dryRun: input.dryRun,
          };
          if (report.rows.some((r) => !r.ok))
            throw new RollBack({ ...report, imported: 0, householdsCreated: 0 });
          if (input.dryRun)
            throw new RollBack({ ...report, imported: 0, householdsCreated: 0, dryRun: true });
          return report;
        }),
      );
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  }

  private async write(tx: TenantTx, village: OrgUnitEntity, parsed: ImportRow[]): Promise<ImportReportType> {
    const { ctx } = tx;
    const rows = await this.check(tx, village, parsed);
    const failed = (): ImportReportType => ({
      imported: 0,
      householdsCreated: 0,
      dryRun: false,
      rows: rows.map((r) => ({ row: r.row, ok: r.errors.length === 0, errors: r.errors })),
    });
    if (rows.some((r) => r.errors.length)) return failed();

    const grids = new Map(
      (await tx.find(GridEntity, { where: { villageId: village.id } })).map((g) => [g.code, g]),
    );
    const codes = [...new Set(rows.map((r) => r.householdCode).filter((c): c is string => !!c))];
    const households = new Map(
      (codes.length
        ? await tx.find(HouseholdEntity, { where: { villageId: village.id, code: In(codes) } })
        : []
      ).map((h) => [h.code, h]),
    );
    let householdsCreated = 0;
    const userId = ctx.user?.id ?? null;
    const start = today();
    const roles: Omit<SubjectRoleEntity, 'createdAt'>[] = [];
    for (const row of rows) {
      const gridId = row.gridCode ? (grids.get(row.gridCode)?.id ?? null) : null;
      let household = row.householdCode ? households.get(row.householdCode) : undefined;
      if (row.householdCode && !household) {
        household = Object.assign(new HouseholdEntity(), {
          id: randomUUID(),
          ...villageTenant(village),
          code: row.householdCode,
          address: null,
          gridId,
          headResidentId: null,
          createdBy: userId,
        });
        await tx.insert(HouseholdEntity, household);
        households.set(household.code, household);
        householdsCreated += 1;
      }
      // A savepoint per row: a number registered in another village of the district (invisible here)
      // fails on the unique constraint; the row is reported and the transaction goes on checking.
      await tx.query('SAVEPOINT import_row');
      let residentId: string;
      try {
        residentId = await insertResident(
          tx,
          this.cipher,
          village,
          row.id as ValidIdNumber,
          {
            ...row,
            gender: row.gender as Gender,
            idNumber: row.idNumber,
            gridId: gridId ?? household?.gridId ?? null,
            householdId: household?.id ?? null,
          },
          userId,
        );
        await tx.query('RELEASE SAVEPOINT import_row');
      } catch (error) {
        if (!(error instanceof ConflictException)) throw error;
        await tx.query('ROLLBACK TO SAVEPOINT import_row');
        row.errors.push(`${IMPORT_COLUMNS.idNumber}：已在本区其他村登记`);
        continue;
      }
      // New residents hold no roles yet and each row's roles are distinct: no overlap to check.
      const tenant = villageTenant(village);
      for (const role of row.roles) {
        roles.push({
          id: randomUUID(),
          ...tenant,
          residentId,
          subjectType: role.type,
          startDate: start,
          endDate: null,
          probationary: role.probationary,
          termEnd: null,
          representedHouseholdIds: [],
          endReason: null,
          createdBy: userId,
        });
      }
      if (row.isHead && household) {
        await tx.update(HouseholdEntity, { id: household.id }, { headResidentId: residentId });
      }
    }
    if (rows.some((r) => r.errors.length)) return failed();
    for (let i = 0; i < roles.length; i += 1000) await tx.insert(SubjectRoleEntity, roles.slice(i, i + 1000));
    return { ...failed(), imported: rows.length, householdsCreated };
  }

  /** Everything that can be checked before writing: identity, grids, duplicates in the file and in the village. */
  private async check(tx: TenantTx, village: OrgUnitEntity, parsed: ImportRow[]): Promise<CheckedRow[]> {
    const grids = new Set(
      (await tx.find(GridEntity, { where: { villageId: village.id } })).map((g) => g.code),
    );
    const rows: CheckedRow[] = parsed.map((row) => {
      if (!row.idNumber || !row.gender || row.errors.some((e) => e.startsWith(IMPORT_COLUMNS.birthDate))) {
        return { ...row, id: null };
      }
      const { id, errors } = checkIdentity({
        idNumber: row.idNumber,
        birthDate: row.birthDate,
        gender: row.gender,
      });
      const messages = errors.map((e) => `${FIELD_LABELS[e.field] ?? e.field}：${e.reasons.join('；')}`);
      return { ...row, idNumber: id?.value ?? row.idNumber, id, errors: [...row.errors, ...messages] };
    });

    const seenIds = new Map<string, number>();
    const heads = new Map<string, number>();
    for (const row of rows) {
      if (row.gridCode && !grids.has(row.gridCode))
        row.errors.push(`${IMPORT_COLUMNS.gridCode}：本村没有编码为 ${row.gridCode} 的网格`);
      if (row.id) {
        const first = seenIds.get(row.id.value);
        if (first !== undefined) row.errors.push(`${IMPORT_COLUMNS.idNumber}：与第 ${first} 行重复`);
        else seenIds.set(row.id.value, row.row);
      }
      if (row.isHead && row.householdCode) {
        const first = heads.get(row.householdCode);
        if (first !== undefined)
          row.errors.push(`${IMPORT_COLUMNS.isHead}：户号 ${row.householdCode} 的户主已在第 ${first} 行`);
        else heads.set(row.householdCode, row.row);
      }
    }

    const hashes = rows.filter((r) => r.id).map((r) => this.cipher.hash((r.id as ValidIdNumber).value));
    const known = hashes.length
      ? await tx.find(ResidentEntity, {
          where: { idNumberHash: In(hashes) },
          select: { id: true, name: true, idNumberHash: true, villageId: true },
        })
      : [];
    const byHash = new Map(known.map((r) => [r.idNumberHash, r]));
    const headed = new Set(
      (heads.size
        ? await tx.find(HouseholdEntity, { where: { villageId: village.id, code: In([...heads.keys()]) } })
        : []
      )
        .filter((h) => h.headResidentId)
        .map((h) => h.code),
    );
    for (const row of rows) {
      const existing = row.id ? byHash.get(this.cipher.hash(row.id.value)) : undefined;
      if (existing) {
        const where = existing.villageId === village.id ? '本村' : '本区其他村';
        row.errors.push(`${IMPORT_COLUMNS.idNumber}：已在${where}登记（${existing.name}）`);
      }
      if (row.isHead && row.householdCode && headed.has(row.householdCode)) {
        row.errors.push(`${IMPORT_COLUMNS.isHead}：户号 ${row.householdCode} 已有户主`);
      }
    }
    return rows;
  }
}
