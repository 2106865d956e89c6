import type { INestApplicationContext } from '@nestjs/common';
import type { OrgUnitEntity, RequestContext } from '@village/platform-tenancy';
import { ActivitiesService, AttendanceStatus, MeetingsService, OutcomesService } from '@village/reporting';
import { DeclarationReviewService, onePixelPng, ReviewDecision } from '@village/scoring';
import { DatedSteps, type DatedStep } from './demo-dated-steps';
import {
  DEMO_ACTIVITIES,
  DEMO_ATTENDANCE,
  DEMO_MEETINGS,
  DEMO_OUTCOMES,
  type DemoActivity,
  type DemoMeeting,
  type DemoOutcome,
} from './demo-reporting.data';
import { DEMO_YEAR } from './demo-year';

/** The activity photo: P01 requires evidence, which the photo becomes for each participant. */
const PHOTO = onePixelPng().toString('base64');

/** The village's demo users: who holds the meetings and activities, who reviews their hours. */
export interface ReportingActors {
  village: OrgUnitEntity;
  admin: RequestContext;
  council: RequestContext;
  /** Its town's admin, for the town's own records. */
  townAdmin?: RequestContext;
  residents: Map<string, string>;
}

/**
 * One village's meetings, volunteer activities and outcome records of last year and this (data in
 * demo-reporting.data.ts), each through the real service as the village's admin (the town's own
 * records as the town's admin), as of its day. Interleaved with the village's year replay like the incentives
 * (DatedSteps): an activity's hours are proposed and approved before the replay tallies their quarter.
 */
export class DemoReporting {
  private readonly steps: DatedSteps;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly who: ReportingActors,
    today: string,
  ) {
    this.steps = new DatedSteps(`demo reporting ${who.village.name}`, this.plan(), today);
  }

  until(day: string): Promise<void> {
    return this.steps.until(day);
  }

  finish(): Promise<{ ms: number; steps: number }> {
    return this.steps.finish();
  }

  private plan(): DatedStep[] {
    const name = this.who.village.name;
    const years = [DEMO_YEAR - 1, DEMO_YEAR];
    return [
      ...years.flatMap((year) =>
        DEMO_MEETINGS.map((m, index) => ({
          on: `${year}-${m.on}`,
          what: m.title,
          run: () => this.meeting(m, year, index),
        })),
      ),
      ...DEMO_ACTIVITIES.filter((a) => a.village === name).flatMap((a) =>
        years
          .filter((year) => a.years === 'both' || year === DEMO_YEAR)
          .map((year) => ({ on: `${year}-${a.on}`, what: a.title, run: () => this.activity(a, year) })),
      ),
      ...DEMO_OUTCOMES.filter((o) => o.unit === name).map((o) => {
        const year = o.years === 'current' ? DEMO_YEAR : DEMO_YEAR - 1;
        return { on: `${year}-${o.on}`, what: o.description, run: () => this.outcome(o, year) };
      }),
    ];
  }

  /** Plans the meeting and records it the same day: a few away by the year's pattern, none scored. */
  private async meeting(m: DemoMeeting, year: number, index: number) {
    const meetings = this.app.get(MeetingsService);
    const planned = await meetings.create(this.who.admin, {
      villageId: this.who.village.id,
      type: m.type,
      title: `${year}年${m.title}`,
      heldOn: `${year}-${m.on}`,
      place: '村委会议室',
      agenda: m.title,
    });
    const expected = await meetings.expected(this.who.admin, planned);
    const pattern = DEMO_ATTENDANCE[year === DEMO_YEAR ? 'current' : 'previous'];
    await meetings.record(this.who.admin, {
      meetingId: planned.id,
      minutes: `${m.title}按议程进行，应到 ${expected.length} 人。`,
      attendance: expected.map((e, i) => {
        const turn = index * 3 + i + 1;
        const status =
          turn % pattern.absentEvery === 0
            ? AttendanceStatus.ABSENT
            : turn % pattern.excusedEvery === 0
              ? AttendanceStatus.EXCUSED
              : AttendanceStatus.PRESENT;
        return {
          residentId: e.residentId,
          status,
          excuseReason: status === AttendanceStatus.EXCUSED ? '外出务工' : null,
        };
      }),
    });
  }

  /**
   * Held 9:00–11:00: the organiser registers who came, uploads a photo and closes it; the council
   * approves the proposed hours the same day.
   */
  private async activity(a: DemoActivity, year: number) {
    const activities = this.app.get(ActivitiesService);
    const created = await activities.create(this.who.admin, {
      villageId: this.who.village.id,
      title: a.title,
      organiser: '村志愿服务队',
      place: a.place,
      description: `${a.title}，每人计 ${a.hours} 小时`,
      startsAt: new Date(`${year}-${a.on}T09:00:00+08:00`),
      endsAt: new Date(`${year}-${a.on}T11:00:00+08:00`),
      defaultHours: a.hours,
      itemCode: 'P01',
    });
    for (const person of a.participants) {
      await activities.register(this.who.admin, {
        activityId: created.id,
        residentId: required(this.who.residents.get(person), person),
      });
    }
    await activities.addPhoto(this.who.admin, {
      activityId: created.id,
      photo: { fileName: `${a.title}.png`, contentType: 'image/png', contentBase64: PHOTO },
    });
    await activities.close(this.who.admin, created.id);
    const review = this.app.get(DeclarationReviewService);
    for (const p of await activities.participants(this.who.admin, created)) {
      await review.review(this.who.council, {
        declarationId: required(p.declarationId, `${p.residentName}'s proposed hours`),
        decision: ReviewDecision.APPROVE,
      });
    }
  }

  private async outcome(o: DemoOutcome, year: number) {
    const village = this.who.village;
    await this.app
      .get(OutcomesService)
      .record(o.townOwn ? required(this.who.townAdmin, 'town admin') : this.who.admin, {
        unitId: o.townOwn ? (village.townId as string) : village.id,
        kind: o.kind,
        category: o.category,
        description: o.description,
        occurredOn: `${year}-${o.on}`,
        evidence: o.evidence ?? null,
        amountYuan: o.amountYuan ?? null,
        howEstimated: o.howEstimated ?? null,
        complaintCount: o.complaintCount ?? null,
        agriculture: o.agriculture ?? null,
        honourLevel: o.honourLevel ?? null,
      });
  }
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo reporting: no ${what}`);
  return value;
}
