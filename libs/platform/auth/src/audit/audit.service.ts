import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  RequestContext,
  TenantDb,
  type OrgRef,
  type TenantRef,
  type TenantTx,
} from '@village/platform-tenancy';
import { auditDetailJson } from './audit-detail';
import { AuditOutcome } from './audit-log.entity';

export interface AuditEntry {
  operation: string;
  outcome: AuditOutcome;
  userId?: string | null;
  username?: string | null;
  errorCode?: string | null;
  unit?: (TenantRef & { id: string }) | OrgRef | null;
  clientIp?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends audit rows. Plain INSERT without RETURNING: the insert policy admits rows the writer cannot read. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly db: TenantDb) {}

  /** A row in a transaction of its own: for outcomes whose work did not commit (or has no transaction). */
  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.db.run(RequestContext.anonymous(), (tx) => insertAuditRow(tx, entry));
    } catch (error) {
      // The audited operation has already happened; losing its row must be loud, not fatal to the caller.
      this.logger.error(`audit row not written for ${entry.operation}: ${String(error)}`);
    }
  }

  /** Records a mutation on behalf of the request's user, in a transaction of its own. */
  recordFor(ctx: RequestContext, operation: string, outcome: AuditOutcome, extra: Partial<AuditEntry> = {}) {
    return this.record(entryFor(ctx, operation, outcome, extra));
  }

  /** Records an operation inside its own transaction, so the row commits exactly when the work does. */
  recordIn(tx: TenantTx, operation: string, outcome: AuditOutcome, extra: Partial<AuditEntry> = {}) {
    return insertAuditRow(tx, entryFor(tx.ctx, operation, outcome, extra));
  }
}

function entryFor(
  ctx: RequestContext,
  operation: string,
  outcome: AuditOutcome,
  extra: Partial<AuditEntry>,
): AuditEntry {
  return {
    operation,
    outcome,
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? null,
    unit: ctx.primaryUnit,
    clientIp: ctx.clientIp,
    ...extra,
    detail: { ...ctx.auditDetail, ...extra.detail },
  };
}

async function insertAuditRow(tx: TenantTx, entry: AuditEntry): Promise<void> {
  const unit = entry.unit ?? null;
  await tx.query(
    `INSERT INTO audit_log (id, user_id, username, operation, outcome, error_code, org_unit_id,
                            district_id, town_id, village_id, client_ip, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      randomUUID(),
      entry.userId ?? null,
      entry.username ?? null,
      entry.operation,
      entry.outcome,
      entry.errorCode ?? null,
      unit?.id ?? null,
      unit?.districtId ?? null,
      unit?.townId ?? null,
      unit?.villageId ?? null,
      entry.clientIp ?? null,
      auditDetailJson(entry.detail ?? {}),
    ],
  );
}
