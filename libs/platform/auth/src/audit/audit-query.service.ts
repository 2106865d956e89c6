import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import type { Page } from '@village/platform-common';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { AuditLogEntity, type AuditOutcome } from './audit-log.entity';

/** Reads the audit log; row-level security limits it to the caller's units. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly db: TenantDb) {}

  list(
    ctx: RequestContext,
    filter: { orgUnitId?: string; operation?: string; outcome?: AuditOutcome; limit: number; offset: number },
  ): Promise<Page<AuditLogEntity>> {
    return this.db.run(ctx, async (tx) => {
      const query = tx
        .createQueryBuilder(AuditLogEntity, 'a')
        .orderBy('a.occurredAt', 'DESC')
        .take(filter.limit)
        .skip(filter.offset);
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
      const [items, total] = await query.getManyAndCount();
      return { items, total };
    });
  }
}
