import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConflictException, ForbiddenException, notFound, Permission } from '@village/platform-common';
import {
  auditOwner,
  OrgLevel,
  OrgUnitEntity,
  RequestContext,
  TenantDb,
  type TenantRef,
  type TenantTx,
} from '@village/platform-tenancy';
import { ownResident } from '@village/residents';
import { AnomalyAlertStatus, AnomalyKind, AnomalyResolution, AnomalySubjectKind } from './anomaly-enums';
import { ALERT_COLUMNS, alertView, type AlertRow, type AnomalyAlertView } from './anomaly-alert-view';

export interface AnomalyAlertQuery {
  unitId: string;
  status?: AnomalyAlertStatus | null;
  kind?: AnomalyKind | null;
  limit: number;
  offset: number;
}

export interface ResolveAnomalyAlertCommand {
  alertId: string;
  resolution: AnomalyResolution;
  note: string;
}

/** The alerts of a unit: a district's all, a town's its villages', a village's its own; by status and kind. */
const LIST_FROM = `FROM anomaly_alert a
  JOIN org_unit o ON o.id = a.village_id
  LEFT JOIN anomaly_alert_event ev ON ev.alert_id = a.id
 WHERE a.district_id = $1
   AND ($2::uuid IS NULL OR a.town_id = $2) AND ($3::uuid IS NULL OR a.village_id = $3)
   AND ($4::varchar IS NULL OR ($4 = 'OPEN' AND ev.id IS NULL) OR ev.resolution = $4)
   AND ($5::varchar IS NULL OR a.kind = $5)`;

/**
 * The alerts cadres read and verify. Reading is bounded twice: the unit must be one the caller holds
 * ANOMALY_READ or ANOMALY_REVIEW at or above, and row-level security shows only the villages of their
 * scope. Verifying appends the alert's one event — 已核实，无问题 or 已处理, with a note — decided by its
 * unique index, so two cadres closing one alert at once give one verification and one CONFLICT.
 */
@Injectable()
export class AnomalyAlertsService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: RequestContext, q: AnomalyAlertQuery): Promise<{ items: AnomalyAlertView[]; total: number }> {
    return this.db.run(ctx, async (tx) => {
      const unit = await tx.findOne(OrgUnitEntity, { where: { id: q.unitId } });
      if (!unit) throw notFound('unitId', '区、镇或村');
      if (!ctx.can(Permission.ANOMALY_READ, unit) && !ctx.can(Permission.ANOMALY_REVIEW, unit)) {
        throw new ForbiddenException(`无权查看「${unit.name}」的异常提醒`);
      }
      const params = [
        unit.districtId,
        unit.level === OrgLevel.TOWN ? unit.id : unit.level === OrgLevel.VILLAGE ? unit.townId : null,
        unit.level === OrgLevel.VILLAGE ? unit.id : null,
        q.status ?? null,
        q.kind ?? null,
      ];
      const [{ total }] = (await tx.query(`SELECT count(*)::int AS total ${LIST_FROM}`, params)) as {
        total: number;
      }[];
      const rows = (await tx.query(
        `SELECT ${ALERT_COLUMNS} ${LIST_FROM}
          ORDER BY (ev.id IS NULL) DESC, a.raised_at DESC, a.id
          LIMIT $6 OFFSET $7`,
        [...params, q.limit, q.offset],
      )) as AlertRow[];
      return { items: await withResidents(tx, rows.map(alertView)), total };
    });
  }

  resolve(ctx: RequestContext, input: ResolveAnomalyAlertCommand): Promise<AnomalyAlertView> {
    return this.db.run(ctx, async (tx) => {
      const alert = await findAlert(tx, input.alertId);
      if (!alert) throw notFound('alertId', '异常提醒');
      auditOwner(ctx, alert.tenant, alert.view.villageName);
      ctx.assertCan(Permission.ANOMALY_REVIEW, { ...alert.tenant, name: alert.view.villageName });
      await assertNotConcerned(tx, alert.view);
      const user = ctx.requireUser();
      const written = (await tx.query(
        `INSERT INTO anomaly_alert_event (id, district_id, town_id, village_id, alert_id, resolution, note,
                                          resolved_by, resolved_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (alert_id) DO NOTHING
         RETURNING id`,
        [
          randomUUID(),
          alert.tenant.districtId,
          alert.tenant.townId,
          alert.tenant.villageId,
          alert.view.id,
          input.resolution,
          input.note.trim(),
          user.id,
          user.displayName.slice(0, 64),
        ],
      )) as { id: string }[];
      if (written.length === 0) {
        const done = (await findAlert(tx, input.alertId))?.view.resolution;
        throw new ConflictException(
          `该提醒已由${done?.resolvedByName ?? '他人'}核实（${done ? done.label : '已关闭'}），请刷新`,
          [{ field: 'alertId', reasons: ['已核实'] }],
        );
      }
      const after = await findAlert(tx, input.alertId);
      return (await withResidents(tx, [(after as NonNullable<typeof after>).view]))[0];
    });
  }
}

/** The residents each alert names, in one read (row-level security shows only those in scope). */
async function withResidents(tx: TenantTx, alerts: AnomalyAlertView[]): Promise<AnomalyAlertView[]> {
  const wanted = [...new Set(alerts.flatMap((a) => a.residentIds))];
  if (wanted.length === 0) return alerts;
  const rows = (await tx.query('SELECT id, name FROM resident WHERE id = ANY ($1::uuid[])', [wanted])) as {
    id: string;
    name: string;
  }[];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return alerts.map((a) => ({
    ...a,
    residents: a.residentIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id) as string }] : [])),
  }));
}

async function findAlert(
  tx: TenantTx,
  id: string,
): Promise<{ view: AnomalyAlertView; tenant: TenantRef } | null> {
  const [row] = (await tx.query(
    `SELECT ${ALERT_COLUMNS}, a.district_id, a.town_id
       FROM anomaly_alert a
       JOIN org_unit o ON o.id = a.village_id
       LEFT JOIN anomaly_alert_event ev ON ev.alert_id = a.id
      WHERE a.id = $1`,
    [id],
  )) as (AlertRow & { district_id: string; town_id: string })[];
  if (!row) return null;
  return {
    view: alertView(row),
    tenant: { districtId: row.district_id, townId: row.town_id, villageId: row.village_id },
  };
}

/**
 * Recusal, as in reviews: nobody closes an alert about their own account, their own resident record or
 * a member of their household — the village admin who registered a night's batch asks the town.
 */
async function assertNotConcerned(tx: TenantTx, alert: AnomalyAlertView): Promise<void> {
  const me = tx.ctx.requireUser().id;
  const concerned = new Set<string>(alert.residentIds);
  if (alert.subjectKind === AnomalySubjectKind.ACCOUNT && alert.subjectId === me) {
    throw new ForbiddenException('不能核实关于本人账号的提醒（回避），请由其他干部或镇里核实');
  }
  if (alert.subjectKind === AnomalySubjectKind.RESIDENT) concerned.add(alert.subjectId);
  const own = await ownResident(tx);
  if (!own || concerned.size === 0) return;
  const [related] = (await tx.query(
    `SELECT 1 FROM resident WHERE id = ANY ($1::uuid[])
        AND (id = $2 OR ($3::uuid IS NOT NULL AND household_id = $3)) LIMIT 1`,
    [[...concerned], own.id, own.householdId],
  )) as unknown[];
  if (related) throw new ForbiddenException('不能核实与本人或本户有关的提醒（回避），请由其他干部或镇里核实');
}
