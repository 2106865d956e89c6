import type { INestApplicationContext } from '@nestjs/common';
import { addDays, runAsOf, type SubjectType } from '@village/platform-common';
import type { OrgUnitEntity, RequestContext, TenantDb } from '@village/platform-tenancy';
import { AppraisalService } from '@village/grading';
import {
  onePixelPng,
  DeclarationReviewService,
  DeclarationService,
  LedgerEntryEntity,
  ObjectionDecision,
  ObjectionService,
  PublicNoticeService,
  ReviewDecision,
  ScoringPeriodKind,
  ScoringPeriodService,
  TallyService,
  type ScoringPeriodEntity,
} from '@village/scoring';
import type { DemoAct, DemoVillageYear } from './demo-activity.data';
import { planActs, quarterTallyOn } from './demo-activity-plan';

/** A one-pixel PNG: the photo evidence items that require it carry. */
const PNG = onePixelPng().toString('base64');
const EVIDENCE = [{ fileName: '现场照片.png', contentType: 'image/png', contentBase64: PNG }];

/** Who does what in a village: the admin registers, the council reviews and tallies, the resident declares. */
export interface Actors {
  village: OrgUnitEntity;
  admin: RequestContext;
  council: RequestContext;
  resident: RequestContext | null;
  residents: Map<string, string>;
}

/**
 * One village's year, month by month, as far as today allows: each step through the real service as the
 * demo user who would take it, inside `runAsOf(the day it would be taken)`.
 */
export class YearReplay {
  private periods: ScoringPeriodEntity[] = [];
  private readonly declarationOf = new Map<string, string>();
  private readonly counts = { declarations: 0, tallies: 0 };

  constructor(
    private readonly app: INestApplicationContext,
    private readonly db: TenantDb,
    private readonly system: RequestContext,
    private readonly who: Actors,
    private readonly year: number,
    private readonly data: DemoVillageYear,
    private readonly today: string,
    /** A quarter of this year to leave ended but untallied, for a newcomer to walk (README). */
    private readonly untalliedQuarter: number | null = null,
    /**
     * Called with the date of each step before it is taken, so that other demo steps dated earlier
     * (seed-demo-incentives.ts) happen first, in calendar order with this replay.
     */
    private readonly catchUp: (day: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  async run(): Promise<{ declarations: number; tallies: number }> {
    const { who, year } = this;
    this.periods = await runAsOf(`${year}-01-01`, () =>
      this.app.get(ScoringPeriodService).openYear(who.admin, who.village.id, year),
    );
    const planned = planActs(year, this.data.acts, this.today);
    let finalOn: string | null = null;
    for (let quarter = 1; quarter <= 4; quarter++) {
      for (const p of planned.filter((a) => Math.ceil(a.act.month / 3) === quarter)) {
        await this.enter(p.act, p.index, p.actedOn, p.enteredOn, p.pending);
      }
      if (quarter === 4) await this.appraise();
      // A quarter whose notice is still running stays posted; later quarters' acts are still entered.
      finalOn = await this.close(quarter);
    }
    if (!finalOn) return this.counts;
    // The year is tallied and graded the day the fourth quarter becomes final, then posted and final.
    const yearPeriod = this.period(ScoringPeriodKind.YEAR, 1);
    const endsOn = await this.post(yearPeriod, finalOn);
    await this.finalize(yearPeriod, addDays(endsOn, 1));
    return this.counts;
  }

  private async enter(act: DemoAct, index: number, actedOn: string, on: string, pending: boolean) {
    const { who } = this;
    const input = {
      itemCode: act.item,
      actedOn,
      quantity: act.quantity ?? null,
      note: `${act.who} ${act.month} 月`,
      idempotencyKey: `demo-${this.year}-${index}`,
      evidence: act.evidence ? EVIDENCE : null,
    };
    const declarations = this.app.get(DeclarationService);
    await this.catchUp(on);
    const declared = await runAsOf(on, () => {
      if (act.own) return declarations.declare(required(who.resident, 'resident'), input);
      return declarations.register(who.admin, required(who.residents.get(act.who), act.who), input);
    });
    this.counts.declarations += 1;
    this.declarationOf.set(`${act.who}:${act.item}:${act.month}`, declared.id);
    if (pending) return;
    const decision = act.reject
      ? { decision: ReviewDecision.REJECT, reason: act.reject }
      : act.amend
        ? {
            decision: ReviewDecision.AMEND,
            reason: act.amend.reason,
            amendedQuantity: act.amend.quantity,
            amendedItemCode: act.amend.itemCode,
            points: act.amend.points,
          }
        : { decision: ReviewDecision.APPROVE, points: act.points };
    await runAsOf(on, () =>
      this.app.get(DeclarationReviewService).review(who.council, { declarationId: declared.id, ...decision }),
    );
  }

  /** December: 李秀英's democratic-appraisal ratings, while the year is still open. */
  private async appraise() {
    const on = `${this.year}-12-20`;
    if (on > this.today || !this.who.resident) return;
    await this.catchUp(on);
    for (const r of this.data.ratings) {
      await runAsOf(on, () =>
        this.app.get(AppraisalService).rate(required(this.who.resident, 'resident'), {
          year: this.year,
          rateeResidentId: required(this.who.residents.get(r.ratee), r.ratee),
          subjectType: r.subjectType as SubjectType,
          rating: r.rating,
          comment: r.comment,
        }),
      );
    }
  }

  /**
   * Tally the day after the quarter, post it, answer its objections; the date it became final, if it has.
   * The untallied quarter, and any after it, returns null.
   */
  private async close(quarter: number): Promise<string | null> {
    const on = quarterTallyOn(this.year, quarter);
    if (on > this.today) return null;
    // Its declarations are approved and it has ended; tallying it is left to the newcomer, so the
    // quarters after it and the year stay open too (a period is final only after the ones before).
    if (quarter === this.untalliedQuarter) return null;
    const period = this.period(ScoringPeriodKind.QUARTER, quarter);
    const endsOn = await this.post(period, on);
    for (const objection of this.data.objections.filter((o) => o.quarter === quarter)) {
      const raisedOn = addDays(on, 2);
      const answeredOn = addDays(on, 3);
      if (answeredOn > this.today) return null;
      await this.object(period, objection, raisedOn, answeredOn);
    }
    const finalOn = addDays(endsOn, 1);
    return (await this.finalize(period, finalOn)) ? finalOn : null;
  }

  private async post(period: ScoringPeriodEntity, on: string): Promise<string> {
    const { council } = this.who;
    await this.catchUp(on);
    await runAsOf(on, () => this.app.get(TallyService).tally(council, period.id));
    this.counts.tallies += 1;
    const notice = await runAsOf(on, () => this.app.get(PublicNoticeService).publish(council, period.id));
    return notice.notice.endsOn;
  }

  private async finalize(period: ScoringPeriodEntity, on: string): Promise<boolean> {
    if (on > this.today) return false;
    await this.catchUp(on);
    await runAsOf(on, () => this.app.get(PublicNoticeService).finalize(this.who.council, period.id));
    return true;
  }

  private async object(
    period: ScoringPeriodEntity,
    objection: DemoVillageYear['objections'][number],
    raisedOn: string,
    answeredOn: string,
  ) {
    const { who } = this;
    const subject = required(who.residents.get(objection.about), objection.about);
    await this.catchUp(raisedOn);
    const [line] = (await this.db.run(this.system, (tx) =>
      tx.query(
        `SELECT l.id FROM score_tally_line l JOIN score_tally t ON t.id = l.tally_id
          WHERE t.period_id = $1 AND l.resident_id = $2 ORDER BY t.version DESC LIMIT 1`,
        [period.id, subject],
      ),
    )) as { id: string }[];
    const raised = await runAsOf(raisedOn, () =>
      this.app
        .get(ObjectionService)
        .raise(required(who.resident, 'resident'), { tallyLineId: line.id, reason: objection.reason }),
    );
    const reverse = objection.reverses ? await this.entryOf(objection.reverses) : null;
    await this.catchUp(answeredOn);
    await runAsOf(answeredOn, () =>
      this.app.get(ObjectionService).answer(who.council, {
        objectionId: raised.id,
        decision: reverse ? ObjectionDecision.UPHOLD : ObjectionDecision.DISMISS,
        answer: objection.answer,
        reverseEntryIds: reverse ? [reverse] : null,
      }),
    );
  }

  private async entryOf(act: string): Promise<string> {
    const declarationId = required(this.declarationOf.get(act), act);
    const entry = await this.db.run(this.system, (tx) => tx.findOneBy(LedgerEntryEntity, { declarationId }));
    return required(entry?.id, `ledger entry of ${act}`);
  }

  private period(kind: ScoringPeriodKind, number: number): ScoringPeriodEntity {
    return required(
      this.periods.find((p) => p.kind === kind && p.number === number),
      `${this.year} ${kind} ${number}`,
    );
  }
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo activity: ${what} is missing`);
  return value;
}
