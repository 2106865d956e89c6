import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, MoreThanOrEqual } from 'typeorm';
import {
  BadInputException,
  ForbiddenException,
  isUuid,
  NotFoundException,
  Permission,
} from '@village/platform-common';
import { auditOwner, OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { buildArtefact } from './artefact-sources';
import { canonicalText, digestOf } from './canonical-form';
import { CheckpointCountersignEntity } from './checkpoint-countersign.entity';
import { checkpointStatement, verifyCheckpoint } from './checkpoint-signer';
import { DigestCheckpointEntity } from './digest-checkpoint.entity';
import { firstBrokenEntry } from './digest-chain';
import { districtContext, DigestLogService } from './digest-log.service';
import { PublicRateLimit } from './public-rate-limit';
import { PublishedArtefactEntity } from './published-artefact.entity';
import { REPORTING_OPTIONS, type ReportingOptions } from './reporting-options';

export interface PublicArtefactView {
  entry: PublishedArtefactEntity;
  /** The first checkpoint that covers the entry (the one a printed notice carries), if signed yet. */
  checkpoint: DigestCheckpointEntity | null;
  countersigns: CheckpointCountersignEntity[];
}

export interface Verification {
  inLog: boolean;
  unchanged: boolean;
  chainIntact: boolean;
  checkpointsValid: boolean;
  printedCheckpointConsistent: boolean | null;
  loggedDigest: string | null;
  recomputedDigest: string | null;
  problems: string[];
}

const NOT_PUBLISHED = '找不到该公开内容：地址有误，或尚未公示';

/**
 * The public notice anyone can read and check (村务公开, DOMAIN.md §14): a posted artefact by its id,
 * without an account, from the district's digest log; and the verification that the log still holds
 * it unchanged, that the rows it was built from still give its digest, that the chain is whole and
 * that every signed checkpoint — including one printed earlier — lies on it.
 */
@Injectable()
export class PublicNoticeService {
  private readonly limit: PublicRateLimit;

  constructor(
    private readonly db: TenantDb,
    private readonly log: DigestLogService,
    @Inject(REPORTING_OPTIONS) options: ReportingOptions,
  ) {
    this.limit = new PublicRateLimit(options.publicRequestsPerMinute);
  }

  async read(ctx: RequestContext, artefactId: string): Promise<PublicArtefactView> {
    this.limit.take(ctx.clientIp);
    const districtId = await this.districtOf(artefactId);
    return this.db.run(districtContext(districtId), async (tx) => {
      const entry = await tx.findOneOrFail(PublishedArtefactEntity, { where: { artefactId } });
      const checkpoint = await tx.findOne(DigestCheckpointEntity, {
        where: { districtId, seq: MoreThanOrEqual(entry.seq) },
        order: { seq: 'ASC' },
      });
      const countersigns = checkpoint
        ? await tx.find(CheckpointCountersignEntity, {
            where: { checkpointId: checkpoint.id },
            order: { createdAt: 'ASC' },
          })
        : [];
      return { entry, checkpoint, countersigns };
    });
  }

  async verify(
    ctx: RequestContext,
    artefactId: string,
    printed: { seq: number; rootHash: string } | null,
  ): Promise<Verification> {
    this.limit.take(ctx.clientIp);
    const districtId = await this.districtOf(artefactId);
    return this.db.run(districtContext(districtId), async (tx) => {
      const problems: string[] = [];
      const entries = await tx.find(PublishedArtefactEntity, {
        where: { districtId },
        order: { seq: 'ASC' },
      });
      const entry = entries.find((e) => e.artefactId === artefactId) as PublishedArtefactEntity;
      const rebuilt = await buildArtefact(tx, { kind: entry.kind, id: entry.artefactId });
      const recomputedDigest = rebuilt ? digestOf(canonicalText(rebuilt)) : null;
      const unchanged = recomputedDigest === entry.digest && digestOf(entry.canonical) === entry.digest;
      if (!unchanged) problems.push('系统中该内容的数据与公示时登记的摘要不一致：公示后数据被改动过');
      const broken = firstBrokenEntry(entries);
      if (broken !== null) problems.push(`公开记录链在第 ${broken} 条处断开：记录被改动或删除过`);
      const hashAt = new Map(entries.map((e) => [e.seq, e.entryHash]));
      const checkpoints = await tx.find(DigestCheckpointEntity, {
        where: { districtId },
        order: { seq: 'ASC' },
      });
      const checkpointsValid = checkpoints.every(
        (c) =>
          hashAt.get(c.seq) === c.rootHash &&
          verifyCheckpoint(c.publicKey, checkpointStatement(districtId, c.seq, c.rootHash), c.signature),
      );
      if (!checkpointsValid) problems.push('已签名的检查点与公开记录链不符');
      let printedCheckpointConsistent: boolean | null = null;
      if (printed) {
        printedCheckpointConsistent = hashAt.get(printed.seq) === printed.rootHash.toLowerCase();
        if (!printedCheckpointConsistent) {
          problems.push(`公开记录链与先前印出的检查点（第 ${printed.seq} 条）不一致`);
        }
      }
      return {
        inLog: true,
        unchanged,
        chainIntact: broken === null,
        checkpointsValid,
        printedCheckpointConsistent,
        loggedDigest: entry.digest,
        recomputedDigest,
        problems,
      };
    });
  }

  /** What has been published in the caller's scope, newest first (after logging what is new). */
  async published(ctx: RequestContext, limit: number): Promise<PublishedArtefactEntity[]> {
    const districts = new Set(ctx.grants.map((g) => g.unit.districtId));
    for (const districtId of districts) await this.log.sync(districtId);
    return this.db.run(ctx, (tx) =>
      tx.find(PublishedArtefactEntity, { order: { createdAt: 'DESC', seq: 'DESC' }, take: limit }),
    );
  }

  /** The district's latest checkpoints with their countersignatures, for the admin's list. */
  checkpointsFor(
    ctx: RequestContext,
    districtId: string,
  ): Promise<{ checkpoint: DigestCheckpointEntity; countersigns: CheckpointCountersignEntity[] }[]> {
    return this.db.run(ctx, async (tx) => {
      const checkpoints = await tx.find(DigestCheckpointEntity, {
        where: { districtId },
        order: { seq: 'DESC' },
        take: 20,
      });
      const signs = checkpoints.length
        ? await tx.find(CheckpointCountersignEntity, {
            where: { checkpointId: In(checkpoints.map((c) => c.id)) },
            order: { createdAt: 'ASC' },
          })
        : [];
      return checkpoints.map((checkpoint) => ({
        checkpoint,
        countersigns: signs.filter((s) => s.checkpointId === checkpoint.id),
      }));
    });
  }

  countersign(
    ctx: RequestContext,
    input: { checkpointId: string; rootHash: string; statement: string },
  ): Promise<CheckpointCountersignEntity> {
    return this.db.run(ctx, async (tx) => {
      const checkpoint = await tx.findOne(DigestCheckpointEntity, { where: { id: input.checkpointId } });
      if (!checkpoint) throw new NotFoundException('checkpointId：找不到该检查点，或您无权查看');
      // Signed in the capacity of the unit where the caller holds the permission (a town, or a village's
      // supervisory committee), within the checkpoint's district.
      const grant = ctx.grants.find(
        (g) =>
          g.permissions.has(Permission.NOTICE_COUNTERSIGN) && g.unit.districtId === checkpoint.districtId,
      );
      if (!grant)
        throw new ForbiddenException('没有会签该检查点的权限：需要镇级管理员或村务监督委员会成员的角色');
      const signer = await tx.findOneByOrFail(OrgUnitEntity, { id: grant.unit.id });
      auditOwner(ctx, signer, signer.name);
      if (input.rootHash.trim().toLowerCase() !== checkpoint.rootHash) {
        throw BadInputException.field('rootHash', '您核对的根摘要与该检查点不一致，不能会签');
      }
      const user = ctx.requireUser();
      if (
        await tx.findOne(CheckpointCountersignEntity, {
          where: { checkpointId: checkpoint.id, signedBy: user.id },
        })
      ) {
        throw BadInputException.field('checkpointId', '您已会签过该检查点');
      }
      const id = randomUUID();
      await tx.insert(CheckpointCountersignEntity, {
        id,
        districtId: signer.districtId,
        townId: signer.townId,
        villageId: signer.villageId,
        checkpointId: checkpoint.id,
        rootHash: checkpoint.rootHash,
        unitName: signer.name,
        capacity: signer.villageId ? '村务监督委员会' : '镇',
        signerName: user.displayName,
        statement: input.statement.trim(),
        signedBy: user.id,
      });
      return tx.findOneByOrFail(CheckpointCountersignEntity, { id });
    });
  }

  /** The district of a logged artefact, found without a scope (the one SECURITY DEFINER lookup). */
  private async districtOf(artefactId: string): Promise<string> {
    // GraphQL arguments are checked before they get here; a download's path is not.
    if (!isUuid(artefactId)) throw new NotFoundException(NOT_PUBLISHED);
    const rows = (await this.db.run(RequestContext.anonymous(), (tx) =>
      tx.query('SELECT public.published_artefact_district($1::uuid) AS district_id', [artefactId]),
    )) as { district_id: string | null }[];
    const districtId = rows[0]?.district_id;
    if (!districtId) throw new NotFoundException(NOT_PUBLISHED);
    return districtId;
  }
}
