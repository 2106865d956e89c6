import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '@village/platform-auth';
import { isUuid, Permission } from '@village/platform-common';
import { ResidentEntity } from '@village/residents';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { DeclarationEntity } from '../declaration.entity';
import { DeclarationEvidenceEntity } from './declaration-evidence.entity';
import { EvidenceStorage } from './evidence-storage';

export interface EvidenceDownload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * An evidence file for its reader: the row must be visible under row-level security, and the caller
 * must review or register declarations of that village, or be the one who declared it or whom it is
 * about. Everyone else — another village's resident, a neighbour — gets nothing (the controller answers
 * 404, so an id reveals no existence). Each download is audited in the transaction that read the row.
 */
@Injectable()
export class EvidenceDownloadService {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
  ) {}

  async open(ctx: RequestContext, evidenceId: string): Promise<EvidenceDownload | null> {
    if (!ctx.user || !isUuid(evidenceId)) return null;
    const me = ctx.user.id;
    return this.db.run(ctx, async (tx) => {
      const evidence = await tx.findOne(DeclarationEvidenceEntity, { where: { id: evidenceId } });
      if (!evidence) return null;
      const declaration = await tx.findOneByOrFail(DeclarationEntity, { id: evidence.declarationId });
      const mayReview =
        ctx.can(Permission.DECLARATION_REVIEW, evidence) ||
        ctx.can(Permission.DECLARATION_REGISTER, evidence);
      const own =
        declaration.declaredBy === me ||
        (await tx.exists(ResidentEntity, { where: { id: declaration.residentId, userId: me } }));
      if (!mayReview && !own) return null;
      const bytes = await this.storage.read(evidence.storageKey);
      if (!bytes) return null;
      await this.audit.recordIn(tx, 'downloadEvidence', AuditOutcome.SUCCESS, {
        unit: {
          id: evidence.villageId,
          districtId: evidence.districtId,
          townId: evidence.townId,
          villageId: evidence.villageId,
        },
        detail: { evidenceId: evidence.id, declarationId: declaration.id, fileName: evidence.fileName },
      });
      return { fileName: evidence.fileName, contentType: evidence.contentType, bytes };
    });
  }
}
