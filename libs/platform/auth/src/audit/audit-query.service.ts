import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { AUDIT_LIMITS } from './audit-detail';
import { AuditLogEntity, type AuditOutcome } from './audit-log.entity';

/**
 * Bytes of detail one page may carry. Rows are bounded when written (audit-detail.ts), but rows
 * written before that bound, or a hundred rows near it, must not make one read hold megabytes.
 */
export const AUDIT_PAGE_MAX_BYTES = 256 * 1024;

export interface AuditPage {
  items: (AuditLogEntity & { detailJson: string })[];
  total: number;
  /** Where the next page starts, or null at the end; a page cut by its byte budget ends early. */
  nextOffset: number | null;
}

const COLUMNS = [
  'id',
  'occurredAt',
  'userId',
  'username',
  'operation',
  'outcome',
  'errorCode',
  'orgUnitId',
  'districtId',
  'townId',
  'villageId',
  'clientIp',
].map((c) => `a.${c}`);

// An old row above the bound is summarised by the database, so its text never reaches this process.
const BOUNDED_DETAIL = `CASE WHEN octet_length(a.detail::text) > ${AUDIT_LIMITS.maxDetailBytes}
  THEN jsonb_build_object('cut', true, 'bytes', octet_length(a.detail::text))::text
  ELSE a.detail::text END`;

/** Reads the audit log; row-level security limits it to the caller's units. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly db: TenantDb) {}

  list(
    ctx: RequestContext,
    filter: { orgUnitId?: string; operation?: string; outcome?: AuditOutcome; limit: number; offset: number },
  ): Promise<AuditPage> {
    return this.db.run(ctx, async (tx) => {
      const query = tx.createQueryBuilder(AuditLogEntity, 'a');
      if (filter.orgUnitId) {
        const id = filter.orgUnitId;
        query.andWhere(
          new Brackets((q) =>
            q.where('a.districtId = :id', { id }).orWhere('a.townId = :id').orWhere('a.villageId = :id'),
          ),
        );
      }
      if (filter.operation) query.andWhere('a.operation = :operation', { operation: filter.operation });
      if (filter.outcome) query.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
      const total = await query.clone().getCount();
      const { entities, raw } = await query
        .select(COLUMNS)
        .addSelect(BOUNDED_DETAIL, 'detail_json')
        .orderBy('a.occurredAt', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .limit(filter.limit)
        .offset(filter.offset)
        .getRawAndEntities<{ detail_json: string }>();

      const items: AuditPage['items'] = [];
      let bytes = 0;
      for (const [index, entity] of entities.entries()) {
        const detailJson = raw[index].detail_json;
        bytes += Buffer.byteLength(detailJson, 'utf8');
        if (items.length > 0 && bytes > AUDIT_PAGE_MAX_BYTES) break;
        items.push(Object.assign(entity, { detailJson }));
      }
      const next = filter.offset + items.length;
      return { items, total, nextOffset: next < total ? next : null };
    });
  }
}
