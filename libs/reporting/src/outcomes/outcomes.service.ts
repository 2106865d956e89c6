import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  notFound,
  Permission,
  todayInChina,
} from '@village/platform-common';
import {
  auditOwner,
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  type TenantTx,
} from '@village/platform-tenancy';
import { HonourLevel, OutcomeKind } from './outcome-enums';
import { OutcomeRecordEntity } from './outcome-record.entity';

/** What a record says; the same fields for a new record and for a correction. */
export interface OutcomeFields {
  category: string;
  description: string;
  occurredOn: string;
  evidence?: string | null;
  amountYuan?: number | null;
  howEstimated?: string | null;
  complaintCount?: number | null;
  agriculture?: boolean | null;
  honourLevel?: HonourLevel | null;
}

export interface RecordOutcomeCommand extends OutcomeFields {
  unitId: string;
  kind: OutcomeKind;
}

export interface CorrectOutcomeCommand extends Partial<OutcomeFields> {
  recordId: string;
  reason: string;
  /** Withdraw the record instead (entered in error): the correction counts for nothing. */
  withdraw?: boolean | null;
}

/** One record with whether it still counts. */
export interface OutcomeRecordView {
  record: OutcomeRecordEntity;
  /** The correction that replaced it, if any. */
  correctedBy: string | null;
}

/**
 * Outcome records of a village or a town (issue 14 item 3): entered by its cadres, attributed to the
 * account, append-only — a correction or withdrawal is a new record naming the one it replaces, decided
 * under a lock on that record so two parallel corrections give one correction and one refusal.
 */
@Injectable()
export class OutcomesService {
  constructor(private readonly db: TenantDb) {}

  record(ctx: RequestContext, input: RecordOutcomeCommand): Promise<OutcomeRecordEntity> {
    return this.db.run(ctx, async (tx) => {
      const unit = await requireOutcomeUnit(tx, input.unitId);
      auditOwner(ctx, unit, unit.name);
      ctx.assertCan(Permission.OUTCOME_RECORD, unit);
      return insertRecord(tx, ctx, unit, input.kind, input, {
        correctsId: null,
        reason: null,
        withdraw: false,
      });
    });
  }

  correct(ctx: RequestContext, input: CorrectOutcomeCommand): Promise<OutcomeRecordEntity> {
    return this.db.run(ctx, async (tx) => {
      const earlier = await tx.findOne(OutcomeRecordEntity, { where: { id: input.recordId } });
      if (!earlier) throw notFound('recordId', '工作成效记录');
      const unit = await requireOutcomeUnit(tx, earlier.villageId ?? (earlier.townId as string), 'recordId');
      auditOwner(ctx, unit, unit.name);
      ctx.assertCan(Permission.OUTCOME_RECORD, unit);
      // One correction per record: the lock orders parallel corrections (the table is append-only, so
      // a row lock, which needs UPDATE, is not to be had), the unique index backs it.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('outcome-correct:' || $1))`, [earlier.id]);
      const [later] = (await tx.query('SELECT id FROM outcome_record WHERE corrects_id = $1', [
        earlier.id,
      ])) as { id: string }[];
      if (later) {
        throw new ConflictException('该记录已被更正或撤回，请刷新后更正最新的记录', [
          { field: 'recordId', reasons: ['已被更正'] },
        ]);
      }
      if (earlier.withdrawn) throw BadInputException.field('recordId', '该记录已撤回，不能再更正');
      const fields: OutcomeFields = {
        category: input.category ?? earlier.category,
        description: input.description ?? earlier.description,
        occurredOn: input.occurredOn ?? earlier.occurredOn,
        evidence: input.evidence !== undefined ? input.evidence : earlier.evidence,
        amountYuan:
          input.amountYuan !== undefined && input.amountYuan !== null
            ? input.amountYuan
            : earlier.amountYuan === null
              ? null
              : Number(earlier.amountYuan),
        howEstimated: input.howEstimated ?? earlier.howEstimated,
        complaintCount: input.complaintCount ?? earlier.complaintCount,
        agriculture: input.agriculture ?? earlier.agriculture,
        honourLevel: input.honourLevel ?? earlier.honourLevel,
      };
      return insertRecord(tx, ctx, unit, earlier.kind, fields, {
        correctsId: earlier.id,
        reason: input.reason.trim(),
        withdraw: input.withdraw ?? false,
      });
    });
  }

  /** A village's or town's records of a year, newest first, corrected ones with what replaced them. */
  records(
    ctx: RequestContext,
    unitId: string,
    year: number,
    kinds?: OutcomeKind[] | null,
  ): Promise<OutcomeRecordView[]> {
    return this.db.run(ctx, async (tx) => {
      const unit = await requireOutcomeUnit(tx, unitId);
      const rows = (await tx.query(
        `SELECT o.id, c.id AS corrected_by FROM outcome_record o
           LEFT JOIN outcome_record c ON c.corrects_id = o.id
          WHERE o.district_id = $1 AND o.town_id = $2
            AND (CASE WHEN $3::uuid IS NULL THEN o.village_id IS NULL ELSE o.village_id = $3 END)
            AND o.occurred_on BETWEEN $4 AND $5 AND ($6::varchar[] IS NULL OR o.kind = ANY ($6))`,
        [
          unit.districtId,
          unit.townId ?? unit.id,
          unit.level === OrgLevel.VILLAGE ? unit.id : null,
          `${year}-01-01`,
          `${year}-12-31`,
          kinds?.length ? kinds : null,
        ],
      )) as { id: string; corrected_by: string | null }[];
      const entities = rows.length
        ? await tx.find(OutcomeRecordEntity, {
            where: { id: In(rows.map((r) => r.id)) },
            order: { occurredOn: 'DESC', createdAt: 'DESC' },
          })
        : [];
      const correctedBy = new Map(rows.map((r) => [r.id, r.corrected_by]));
      return entities.map((record) => ({ record, correctedBy: correctedBy.get(record.id) ?? null }));
    });
  }
}

async function requireOutcomeUnit(tx: TenantTx, id: string, field = 'unitId'): Promise<OrgUnitEntity> {
  const unit = await tx.findOne(OrgUnitEntity, {
    where: { id, level: In([OrgLevel.TOWN, OrgLevel.VILLAGE]) },
  });
  if (!unit) throw notFound(field, '村或镇');
  return unit;
}

async function insertRecord(
  tx: TenantTx,
  ctx: RequestContext,
  unit: OrgUnitEntity,
  kind: OutcomeKind,
  fields: OutcomeFields,
  correction: { correctsId: string | null; reason: string | null; withdraw: boolean },
): Promise<OutcomeRecordEntity> {
  const checked = checkFields(kind, fields);
  const user = ctx.requireUser();
  const id = randomUUID();
  await tx.insert(OutcomeRecordEntity, {
    id,
    districtId: unit.districtId,
    townId: unit.townId ?? unit.id,
    villageId: unit.level === OrgLevel.VILLAGE ? unit.id : null,
    kind,
    ...checked,
    correctsId: correction.correctsId,
    withdrawn: correction.withdraw,
    correctionReason: correction.reason,
    recordedBy: user.id,
    recordedByName: user.displayName.slice(0, 64),
  });
  return tx.findOneByOrFail(OutcomeRecordEntity, { id });
}

/** The fields a kind needs, checked and normalised (a complaint's day is its month's first). */
function checkFields(
  kind: OutcomeKind,
  f: OutcomeFields,
): Omit<
  OutcomeRecordEntity,
  | 'id'
  | 'districtId'
  | 'townId'
  | 'villageId'
  | 'kind'
  | 'correctsId'
  | 'withdrawn'
  | 'correctionReason'
  | 'recordedBy'
  | 'recordedByName'
  | 'createdAt'
> {
  const today = todayInChina();
  if (f.occurredOn > today) throw BadInputException.field('occurredOn', `日期 ${f.occurredOn} 晚于今天`);
  const base = {
    category: f.category.trim(),
    description: f.description.trim(),
    occurredOn: f.occurredOn,
    evidence: f.evidence?.trim() || null,
    amountYuan: null as string | null,
    howEstimated: null as string | null,
    complaintCount: null as number | null,
    agriculture: false,
    honourLevel: null as HonourLevel | null,
  };
  switch (kind) {
    case OutcomeKind.COST_SAVED:
      if (f.amountYuan === null || f.amountYuan === undefined)
        throw BadInputException.field('amountYuan', '节约开支须填写金额（元）');
      if (!f.howEstimated?.trim())
        throw BadInputException.field('howEstimated', '节约开支须写明金额是如何估算的');
      return { ...base, amountYuan: f.amountYuan.toFixed(2), howEstimated: f.howEstimated.trim() };
    case OutcomeKind.COMPLAINT:
      if (f.complaintCount === null || f.complaintCount === undefined)
        throw BadInputException.field('complaintCount', '信访投诉须填写当月件数');
      return {
        ...base,
        occurredOn: `${f.occurredOn.slice(0, 7)}-01`,
        complaintCount: f.complaintCount,
        agriculture: f.agriculture ?? false,
      };
    case OutcomeKind.HONOUR_WON:
      if (!f.honourLevel) throw BadInputException.field('honourLevel', '集体荣誉须选择级别');
      return { ...base, honourLevel: f.honourLevel };
    default:
      return base;
  }
}
