import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BadInputException,
  NotFoundException,
  Permission,
  CADRE_SUBJECTS,
  SubjectType,
  todayInChina,
} from '@village/platform-common';
import { ownResident, ResidentEntity, SubjectRoleEntity } from '@village/residents';
import { RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import { letterGradeFor, ScoreTrack, ruleYear, villageRulebook, type ScoreRules } from '@village/rulebook';
import { DeclarationEvidenceEntity } from '../declarations/evidence/declaration-evidence.entity';
import { LedgerEntryKind } from '../ledger/ledger-entry-kind.enum';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import type {
  DistrictCreditRecordType,
  ResidentScoreType,
  ScoreEntryType,
  ScoreEvidenceFileType,
} from './dto/resident-score.type';
import { ScoringPeriodKind } from '../periods/period-enums';
import { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { latestNotice } from '../tally/notice-posting';
import { ScoreTallyEntity } from '../tally/score-tally.entity';
import { scoreWindow, trackTotals, type ScoreWindow } from './score-window';
import { itemSnapshotOf } from '../ledger/item-snapshot';
import { districtRecordPoints } from '../ledger/district-record';

const KEY_ROLES = [SubjectType.PARTY_MEMBER, SubjectType.REPRESENTATIVE, ...CADRE_SUBJECTS];

/**
 * "Why is my score this?" (积分明细): a resident's totals for a period and every ledger entry behind
 * them, with the frozen item text, who declared and reviewed it, its evidence and expiry. Totals are
 * computed from exactly the entries returned, so they always add up. A fixed handful of queries
 * (resident, rulebook, roles, entries, names, evidence), never one per entry.
 */
@Injectable()
export class ExplainService {
  constructor(private readonly db: TenantDb) {}

  /** Cadres with RESIDENT_READ over the resident's village, or the resident themself; anyone else: NOT_FOUND. */
  residentScore(
    ctx: RequestContext,
    residentId: string,
    year?: number | null,
    quarter?: number | null,
  ): Promise<ResidentScoreType> {
    const window = scoreWindow(ruleYear(year), quarter);
    return this.db.run(ctx, async (tx) => {
      const resident = await tx.findOne(ResidentEntity, { where: { id: residentId } });
      const own = resident !== null && ctx.user !== null && resident.userId === ctx.user.id;
      if (!resident || (!own && !ctx.can(Permission.RESIDENT_READ, resident))) {
        throw new NotFoundException('residentId：找不到该村民，或您无权查看');
      }
      return this.explain(tx, resident, window);
    });
  }

  /** The signed-in resident's own score. */
  myScore(ctx: RequestContext, year?: number | null, quarter?: number | null): Promise<ResidentScoreType> {
    const window = scoreWindow(ruleYear(year), quarter);
    return this.db.run(ctx, async (tx) => {
      const resident = await ownResident(tx);
      if (!resident) throw new NotFoundException('您的账号未关联村民档案，没有个人积分');
      return this.explain(tx, resident, window);
    });
  }

  private async explain(
    tx: TenantTx,
    resident: ResidentEntity,
    window: ScoreWindow,
  ): Promise<ResidentScoreType> {
    // The same rulebook look-up the tally uses, so the explanation and the tally agree on the base.
    const rulebook = await villageRulebook(tx, resident.villageId, window.year);
    if (!rulebook) {
      throw BadInputException.field(
        'year',
        `本村尚无经村民代表大会通过的 ${window.year} 年度积分评价清单，无从计分`,
      );
    }
    const keyRoles = await tx
      .createQueryBuilder(SubjectRoleEntity, 'r')
      .where('r.residentId = :id AND r.subjectType IN (:...types)', { id: resident.id, types: KEY_ROLES })
      .andWhere('r.startDate <= :end AND (r.endDate IS NULL OR r.endDate >= :end)', { end: window.to })
      .getCount();
    // A posted period is explained as posted: the entries up to the posted tally's ledger anchor.
    const posted = await postedTallyOf(tx, resident.villageId, window);
    const query = tx
      .createQueryBuilder(LedgerEntryEntity, 'e')
      .where('e.residentId = :id AND e.actedOn BETWEEN :from AND :to', {
        id: resident.id,
        from: window.from,
        to: window.to,
      })
      .orderBy('e.actedOn', 'ASC')
      .addOrderBy('e.seq', 'ASC');
    const all = await query.getMany();
    const rows = posted ? all.filter((e) => e.seq <= posted.ledgerSeq) : all;
    // One transaction, one connection: the two look-ups run one after the other.
    const names = await namesOf(tx, rows);
    const evidence = await evidenceOf(tx, rows);
    const reversed = new Set(rows.map((r) => r.reversesEntryId).filter((id): id is string => id !== null));
    const entries = rows.map((e): ScoreEntryType => {
      const reviewer = e.reviewedBy ?? (e.kind === LedgerEntryKind.REVERSAL ? e.createdBy : null);
      return {
        id: e.id,
        seq: e.seq,
        kind: e.kind,
        track: e.track,
        ...itemSnapshotOf(e),
        points: e.points,
        actedOn: e.actedOn,
        inQuarter: window.quarterFrom !== null && e.actedOn >= window.quarterFrom,
        quantity: e.quantity,
        repeatMultiplier: e.repeatMultiplier,
        expiresOn: e.expiresOn,
        reviewerName: reviewer ? (names.get(reviewer) ?? null) : null,
        declarantName: e.declaredBy ? (names.get(e.declaredBy) ?? null) : null,
        reason: e.reason,
        ruleNote: e.ruleNote,
        reversesEntryId: e.reversesEntryId,
        reversed: reversed.has(e.id),
        declarationId: e.declarationId,
        evidence: e.declarationId ? (evidence.get(e.declarationId) ?? []) : [],
      };
    });
    const bases = {
      [ScoreTrack.CREDIT]: rulebook.rules.creditBaseScore,
      [ScoreTrack.ROLE_DUTY]: rulebook.rules.roleDutyBaseScore,
    };
    return {
      residentId: resident.id,
      residentName: resident.name,
      villageId: resident.villageId,
      year: window.year,
      quarter: window.quarter,
      periodLabel: window.label,
      from: window.from,
      to: window.to,
      quarterFrom: window.quarterFrom,
      tracks: trackTotals(entries, window, bases, keyRoles > 0),
      entries,
      postedTallyId: posted?.id ?? null,
      postedVersion: posted?.version ?? null,
      laterEntries: all.length - rows.length,
      districtRecord: await districtRecordOf(tx, resident, rulebook.rules, window, posted?.ledgerSeq ?? null),
    };
  }
}

/**
 * The version of the period's tally that is posted (public notice or final), or null while the period
 * has not been posted: the explanation then follows the live ledger.
 */
async function postedTallyOf(
  tx: TenantTx,
  villageId: string,
  window: ScoreWindow,
): Promise<ScoreTallyEntity | null> {
  const period = await tx.findOne(ScoringPeriodEntity, {
    where: {
      villageId,
      year: window.year,
      kind: window.quarter ? ScoringPeriodKind.QUARTER : ScoringPeriodKind.YEAR,
      number: window.quarter ?? 1,
    },
  });
  if (!period) return null;
  const notice = await latestNotice(tx, period.id);
  return notice ? tx.findOneBy(ScoreTallyEntity, { id: notice.tallyId }) : null;
}

/**
 * Display names of the declarants and reviewers, in one query. Row-level security decides: a name the
 * caller may not see (an account outside their scope) stays null rather than failing the whole answer.
 */
async function namesOf(tx: TenantTx, rows: LedgerEntryEntity[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const r of rows) for (const id of [r.reviewedBy, r.declaredBy, r.createdBy]) if (id) ids.add(id);
  if (ids.size === 0) return new Map();
  const users = (await tx.query('SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])', [
    [...ids],
  ])) as { id: string; name: string }[];
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Evidence file metadata of the entries' declarations, in one query. */
async function evidenceOf(
  tx: TenantTx,
  rows: LedgerEntryEntity[],
): Promise<Map<string, ScoreEvidenceFileType[]>> {
  const ids = [...new Set(rows.map((r) => r.declarationId).filter((id): id is string => id !== null))];
  const byDeclaration = new Map<string, ScoreEvidenceFileType[]>();
  if (ids.length === 0) return byDeclaration;
  const files = await tx.find(DeclarationEvidenceEntity, {
    where: { declarationId: In(ids) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  for (const f of files) {
    const list = byDeclaration.get(f.declarationId) ?? [];
    list.push({ fileName: f.fileName, contentType: f.contentType, sizeBytes: f.sizeBytes, sha256: f.sha256 });
    byDeclaration.set(f.declarationId, list);
  }
  return byDeclaration;
}

/** The district record as of the period's end or today, whichever is earlier (when the district grades it). */
async function districtRecordOf(
  tx: TenantTx,
  resident: ResidentEntity,
  rules: ScoreRules,
  window: ScoreWindow,
  maxSeq: number | null,
): Promise<DistrictCreditRecordType | null> {
  if (!rules.letterGrades?.length) return null;
  const today = todayInChina();
  const asOf = window.to < today ? window.to : today;
  const record = (await districtRecordPoints(tx, resident.villageId, asOf, maxSeq, resident.id)).get(
    resident.id,
  );
  const score = (Math.round(rules.creditBaseScore * 100) + Math.round((record?.points ?? 0) * 100)) / 100;
  return {
    asOf,
    score,
    letterGrade: letterGradeFor(score, rules.letterGrades),
    entryCount: record?.entries ?? 0,
  };
}
