import type { INestApplicationContext } from '@nestjs/common';
import type { OrgUnitEntity, RequestContext } from '@village/platform-tenancy';
import { ScoringPeriodKind, ScoringPeriodService } from '@village/scoring';
import {
  ConstraintsService,
  HonoursService,
  LimitPeriod,
  PayoutService,
  PointsService,
  RedemptionService,
  ShopService,
  CaseKind,
  type ConstraintCaseEntity,
  type RedemptionEntity,
} from '@village/incentives';
import {
  DEMO_CASES,
  DEMO_HONOURS,
  DEMO_PAYOUT,
  DEMO_POINTS_JOB_DAYS,
  DEMO_REDEMPTIONS,
  DEMO_SHOPS,
  type DemoGoods,
  type DemoRedemption,
  type DemoShop,
} from './demo-incentives.data';
import { DatedSteps, type DatedStep } from './demo-dated-steps';
import { DEMO_PEOPLE } from './demo-residents.data';
import { DEMO_YEAR } from './demo-year';
import { unitNamed } from './seed-demo-rulebook';

export interface DemoIncentivesResult {
  /** Time spent in the steps themselves (they run interleaved with 大泽头村's replay). */
  ms: number;
  steps: number;
}

type GoodsFields = Parameters<ShopService['createGoods']>[2];

type Step = DatedStep;

const VILLAGE = '大泽头村';
const day = (monthDay: string) => `${DEMO_YEAR}-${monthDay}`;

/**
 * How the demo's results are used (issue 13 item 9, data in demo-incentives.data.ts): 大泽头村's 信用超市
 * and 宋村镇's 农机服务中心 with their goods, redemptions picked up, cancelled, expired and one waiting,
 * last year's honours nominated, decided and published, last year's constraint cases worked, and a
 * payout plan for last year's fourth quarter — each step through the real service as the demo user who
 * would take it, inside `runAsOf(its date)`, and only when that date is not after today.
 *
 * The steps are interleaved with 大泽头村's replay, not run after it: the replay calls `until(day)` before
 * each of its own dated steps. Run afterwards, a January reservation would find April's lot already
 * credited and could spend it, and the quarters tallied after 于翠萍's seat ended would still list her as
 * a representative (a tally lists the roles held on its last day).
 */
export class DemoIncentives {
  private readonly steps: DatedSteps;
  private readonly goodsIds = new Map<string, string>();
  private readonly reserved = new Map<number, RedemptionEntity>();
  private readonly honourTypeIds = new Map<string, string>();
  private readonly nominationIds: string[] = [];
  private cases: ConstraintCaseEntity[] | null = null;
  private planId: string | null = null;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly system: RequestContext,
    private readonly as: (username: string) => RequestContext,
    private readonly units: Map<string, OrgUnitEntity>,
    /** 大泽头村's residents' ids by name. */
    private readonly residents: Map<string, string>,
    private readonly today: string,
  ) {
    // Steps of one day keep the order they are planned in (reserve, then pick up).
    this.steps = new DatedSteps('demo incentives', this.plan(), today);
  }

  /** Runs the steps dated before `day`. */
  until(day: string): Promise<void> {
    return this.steps.until(day);
  }

  /** Runs what is left up to and including today. */
  finish(): Promise<DemoIncentivesResult> {
    return this.steps.finish();
  }

  private plan(): Step[] {
    return [
      ...DEMO_POINTS_JOB_DAYS.map((md) => ({
        on: day(md),
        what: 'points jobs',
        run: () => this.pointsJobs(day(md)),
      })),
      ...DEMO_SHOPS.map((shop) => ({
        on: day(shop.opensOn),
        what: shop.name,
        run: () => this.openShop(shop),
      })),
      ...DEMO_REDEMPTIONS.flatMap((r, index) => this.redemptionSteps(r, index)),
      ...this.honourSteps(),
      ...this.caseSteps(),
      ...this.payoutSteps(),
    ];
  }

  /** What the server's points jobs do every six hours (runtime/points-jobs.ts), on that day. */
  private async pointsJobs(on: string) {
    await this.app.get(RedemptionService).expireOverdue(this.system, on);
    await this.app.get(PointsService).expire(this.system, on);
  }

  private async openShop(shop: DemoShop) {
    const shops = this.app.get(ShopService);
    const manager = this.as(shop.manager);
    const { id } = await shops.createShop(manager, unitNamed(this.units, shop.unit).id, {
      name: shop.name,
      kind: shop.kind,
      address: shop.address,
      openingHours: shop.openingHours,
    });
    for (const goods of shop.goods) {
      const listed = await shops.createGoods(manager, id, goodsFields(goods), goods.stock);
      this.goodsIds.set(`${shop.name}:${goods.name}`, listed.id);
    }
  }

  private redemptionSteps(r: DemoRedemption, index: number): Step[] {
    if (r.on === 'today' && r.notBefore && this.today < day(r.notBefore)) return [];
    const what = `${r.who} ${r.goods}`;
    const steps: Step[] = [
      { on: r.on === 'today' ? this.today : day(r.on), what, run: () => this.reserve(r, index) },
    ];
    const fate = r.fate;
    if ('pickedUpOn' in fate) {
      steps.push({ on: day(fate.pickedUpOn), what: `${what} pickup`, run: () => this.pickUp(r, index) });
    }
    if ('cancelledOn' in fate) {
      steps.push({
        on: day(fate.cancelledOn),
        what: `${what} cancel`,
        run: () =>
          this.app.get(RedemptionService).cancel(this.as(shopOf(r).clerk), {
            redemptionId: this.reservation(index).id,
            reason: fate.reason,
            clientKey: `demo-cancel-${index}`,
          }),
      });
    }
    return steps;
  }

  private async reserve(r: DemoRedemption, index: number) {
    const redemptions = this.app.get(RedemptionService);
    const request = {
      goodsId: required(this.goodsIds.get(`${r.shop}:${r.goods}`), `${r.shop} ${r.goods}`),
      quantity: r.quantity,
      clientKey: `demo-redeem-${index}`,
    };
    const made = r.own
      ? await redemptions.reserveOwn(this.as(loginOf(r.who)), request)
      : await redemptions.reserveFor(this.as(shopOf(r).clerk), this.resident(r.who), {
          ...request,
          onBehalf: { residentConfirmation: required(r.confirmation, `${r.who}'s confirmation`) },
        });
    this.reserved.set(index, made);
  }

  private pickUp(r: DemoRedemption, index: number) {
    const made = this.reservation(index);
    return this.app.get(RedemptionService).confirmPickup(this.as(shopOf(r).clerk), {
      shopId: made.shopId,
      pickupCode: made.pickupCode,
      clientKey: `demo-pickup-${index}`,
    });
  }

  /** wendeng-admin defines the honours; dazetou-council nominates; songcun-admin decides and publishes. */
  private honourSteps(): Step[] {
    const honours = () => this.app.get(HonoursService);
    const year = DEMO_YEAR - 1;
    return [
      {
        on: day(DEMO_HONOURS.typesOn),
        what: 'honour types',
        run: async () => {
          for (const type of DEMO_HONOURS.types) {
            const created = await honours().createType(this.as('wendeng-admin'), {
              districtId: unitNamed(this.units, '文登区').id,
              ...type,
            });
            this.honourTypeIds.set(type.name, created.id);
          }
        },
      },
      {
        on: day(DEMO_HONOURS.nominatedOn),
        what: 'nominations',
        run: async () => {
          for (const n of DEMO_HONOURS.nominations) {
            const nominated = await honours().nominate(this.as('dazetou-council'), {
              honourTypeId: required(this.honourTypeIds.get(n.honour), n.honour),
              residentId: this.resident(n.who),
              year,
              reason: n.reason,
            });
            this.nominationIds.push(nominated.id);
          }
        },
      },
      {
        on: day(DEMO_HONOURS.decidedOn),
        what: 'honour decisions',
        run: async () => {
          for (const [i, n] of DEMO_HONOURS.nominations.entries()) {
            await honours().decide(this.as('songcun-admin'), {
              nominationId: required(this.nominationIds[i], `${n.who}'s nomination`),
              approve: n.approve,
              reason: n.decision,
            });
          }
        },
      },
      {
        on: day(DEMO_HONOURS.publishedOn),
        what: 'honour list',
        run: () =>
          honours().publish(this.as('songcun-admin'), { townId: unitNamed(this.units, '宋村镇').id, year }),
      },
    ];
  }

  /** The cases last year's final opened, worked by 大泽头村's admin (outcomes) and council (mentoring). */
  private caseSteps(): Step[] {
    const constraints = () => this.app.get(ConstraintsService);
    const steps: Step[] = DEMO_CASES.outcomes.map((o) => ({
      on: day(o.on),
      what: `${o.who} ${o.kind}`,
      run: async () =>
        constraints().closeCase(this.as('dazetou-admin'), {
          caseId: (await this.caseOf(o.kind, o.who)).id,
          outcome: o.outcome,
          text: o.text,
          on: day(o.on),
        }),
    }));
    for (const m of DEMO_CASES.mentoring) {
      steps.push({
        on: day(DEMO_CASES.mentorsOn),
        what: `${m.who}'s mentor`,
        run: async () =>
          constraints().assignMentor(
            this.as('dazetou-council'),
            (await this.caseOf(CaseKind.MENTORING, m.who)).id,
            this.resident(m.mentor),
          ),
      });
      for (const visit of m.visits) {
        steps.push({
          on: day(visit.on),
          what: `${m.who} visit`,
          run: async () =>
            constraints().recordVisit(this.as('dazetou-council'), {
              caseId: (await this.caseOf(CaseKind.MENTORING, m.who)).id,
              visitedOn: day(visit.on),
              note: visit.note,
              agreedImprovement: visit.agreedImprovement,
            }),
        });
      }
    }
    return steps;
  }

  /** dazetou-council drafts, records the meeting's vote and posts; dazetou-admin registers the payment. */
  private payoutSteps(): Step[] {
    const payout = () => this.app.get(PayoutService);
    const council = () => this.as('dazetou-council');
    const plan = () => required(this.planId, 'the payout plan');
    const { on: votedOn, ...count } = DEMO_PAYOUT.vote;
    return [
      {
        on: day(DEMO_PAYOUT.draftedOn),
        what: 'payout draft',
        run: async () => {
          const periods = await this.app
            .get(ScoringPeriodService)
            .list(council(), unitNamed(this.units, VILLAGE).id, DEMO_YEAR - 1);
          const quarter = periods.find(
            (p) => p.kind === ScoringPeriodKind.QUARTER && p.number === DEMO_PAYOUT.quarter,
          );
          const drafted = await payout().draft(council(), {
            periodId: required(quarter?.id, `quarter ${DEMO_PAYOUT.quarter}`),
            centsPerPoint: DEMO_PAYOUT.centsPerPoint,
          });
          this.planId = drafted.id;
        },
      },
      {
        on: day(votedOn),
        what: 'payout vote',
        run: () => payout().recordVote(council(), { planId: plan(), votedOn: day(votedOn), ...count }),
      },
      { on: day(DEMO_PAYOUT.postedOn), what: 'payout post', run: () => payout().post(council(), plan()) },
      {
        on: day(DEMO_PAYOUT.paidOn),
        what: 'payout paid',
        run: () =>
          payout().markPaid(this.as('dazetou-admin'), {
            planId: plan(),
            paidOn: day(DEMO_PAYOUT.paidOn),
            note: DEMO_PAYOUT.paidNote,
          }),
      },
    ];
  }

  /** Read once, when the first case step comes: the year's final opened them all together. */
  private async caseOf(kind: CaseKind, who: string): Promise<ConstraintCaseEntity> {
    this.cases ??= await this.app
      .get(ConstraintsService)
      .cases(this.as('dazetou-council'), unitNamed(this.units, VILLAGE).id, DEMO_YEAR - 1);
    return required(
      this.cases.find((c) => c.kind === kind && c.residentName === who),
      `${who}'s ${kind} case`,
    );
  }

  private resident(name: string): string {
    return required(this.residents.get(name), name);
  }

  private reservation(index: number): RedemptionEntity {
    return required(this.reserved.get(index), `reservation ${index}`);
  }
}

function goodsFields(g: DemoGoods): GoodsFields {
  return {
    name: g.name,
    description: g.description,
    photoUrl: null,
    isService: g.isService ?? false,
    pricePoints: g.pricePoints,
    valueYuan: g.valueYuan,
    unlimited: g.isService ?? false,
    limitPerPerson: g.limitPerPerson ?? null,
    limitPerHousehold: g.limitPerHousehold ?? null,
    limitPeriod: g.limitPeriod ?? LimitPeriod.QUARTER,
    availableFrom: null,
    availableUntil: null,
    quarterOpeningDays: null,
    minStars: null,
    minGrade: null,
    subjectTypes: [],
    pickupDays: g.pickupDays ?? 7,
  };
}

function shopOf(r: DemoRedemption): DemoShop {
  return required(
    DEMO_SHOPS.find((s) => s.name === r.shop),
    r.shop,
  );
}

/** The demo login that is this person (demo-residents.data.ts). */
function loginOf(name: string): string {
  const person = DEMO_PEOPLE.flatMap((v) => v.households.flatMap((h) => h.members)).find(
    (m) => m.name === name && m.login,
  );
  return required(person?.login, `${name}'s login`);
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo incentives: ${what} is missing`);
  return value;
}
