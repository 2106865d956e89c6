import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GENESIS_HASH } from '@village/platform-common';
import { OrgLevel, RequestContext, TenantDb, type OrgRef, type TenantTx } from '@village/platform-tenancy';
import { buildArtefact } from './artefact-sources';
import { ArtefactKind, canonicalText, digestOf } from './canonical-form';
import { checkpointStatement, CheckpointSigner } from './checkpoint-signer';
import { DigestCheckpointEntity } from './digest-checkpoint.entity';
import { entryHashOf } from './digest-chain';
import { PublishedArtefactEntity } from './published-artefact.entity';
import { REPORTING_OPTIONS, type ReportingOptions } from './reporting-options';

interface Unlogged {
  id: string;
  kind: ArtefactKind;
}

/** A system context of one district (row-level security still bounds it to that district). */
export function districtContext(districtId: string): RequestContext {
  const unit: OrgRef = {
    id: districtId,
    level: OrgLevel.DISTRICT,
    name: '',
    districtId,
    townId: null,
    villageId: null,
  };
  return RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit }]);
}

/**
 * The district's log of published digests. `sync` appends every posted artefact not yet in the log —
 * posted tally notices, published honour lists, posted payout plans — in the order they were posted,
 * then signs a checkpoint at the new head. It runs as a job (apps/api/src/runtime/digest-log-job.ts),
 * and before the admin's list of published artefacts, so a new posting is logged within a minute at
 * worst; entries are only ever appended (the table refuses changes).
 */
@Injectable()
export class DigestLogService {
  private readonly signer: CheckpointSigner;

  constructor(
    private readonly db: TenantDb,
    @Inject(REPORTING_OPTIONS) options: ReportingOptions,
  ) {
    this.signer = CheckpointSigner.fromSettings(options.signingKey, options.tokenSecret);
  }

  get publicKey(): string {
    return this.signer.publicKey;
  }

  /** Logs what was posted since the last run; the number of entries appended. */
  sync(districtId: string): Promise<number> {
    return this.db.run(districtContext(districtId), async (tx) => {
      // One writer per district at a time: the chain's head is read and extended under this lock.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('digest-log:' || $1))`, [districtId]);
      const pending = (await tx.query(
        `SELECT id, kind FROM (
           SELECT n.id, 'TALLY_NOTICE' AS kind, n.posted_at AS at FROM public_notice n WHERE n.district_id = $1
           UNION ALL
           SELECT h.id, 'HONOUR_LIST', h.created_at FROM honour_list h WHERE h.district_id = $1
           UNION ALL
           SELECT p.id, 'PAYOUT_PLAN', p.posted_at FROM payout_plan p
            WHERE p.district_id = $1 AND p.status IN ('POSTED', 'PAID') AND p.posted_at IS NOT NULL
         ) posted
         WHERE NOT EXISTS (SELECT 1 FROM published_artefact a WHERE a.artefact_id = posted.id)
         ORDER BY at, id`,
        [districtId],
      )) as Unlogged[];
      if (pending.length === 0) return 0;
      let head = await headOf(tx, districtId);
      for (const item of pending) {
        const artefact = await buildArtefact(tx, item);
        if (!artefact) continue;
        const canonical = canonicalText(artefact);
        const entry = {
          seq: head.seq + 1,
          kind: item.kind,
          artefactId: item.id,
          digest: digestOf(canonical),
          prevHash: head.entryHash,
        };
        const entryHash = entryHashOf(head.entryHash, entry);
        const owner = await ownerOf(tx, item);
        await tx.insert(PublishedArtefactEntity, {
          id: randomUUID(),
          ...owner,
          ...entry,
          title: artefact.title,
          canonical,
          entryHash,
        });
        head = { seq: entry.seq, entryHash };
      }
      await tx.insert(DigestCheckpointEntity, {
        id: randomUUID(),
        districtId,
        townId: null,
        villageId: null,
        seq: head.seq,
        rootHash: head.entryHash,
        publicKey: this.signer.publicKey,
        signature: this.signer.sign(checkpointStatement(districtId, head.seq, head.entryHash)),
      });
      return pending.length;
    });
  }
}

async function headOf(tx: TenantTx, districtId: string): Promise<{ seq: number; entryHash: string }> {
  const last = await tx.findOne(PublishedArtefactEntity, { where: { districtId }, order: { seq: 'DESC' } });
  return last ? { seq: last.seq, entryHash: last.entryHash } : { seq: 0, entryHash: GENESIS_HASH };
}

/** The artefact's own tenant columns, so its entry is read where the artefact is. */
async function ownerOf(tx: TenantTx, item: Unlogged) {
  const table = { TALLY_NOTICE: 'public_notice', HONOUR_LIST: 'honour_list', PAYOUT_PLAN: 'payout_plan' }[
    item.kind
  ];
  const [row] = (await tx.query(
    `SELECT district_id AS "districtId", town_id AS "townId", village_id AS "villageId" FROM ${table} WHERE id = $1`,
    [item.id],
  )) as { districtId: string; townId: string | null; villageId: string | null }[];
  return row;
}
