import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Role } from '@village/platform-common';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { RequestContext, TenantDb } from '@village/platform-tenancy';
import { ObjectionEntity } from './objection.entity';
import { ObjectionStatus } from './tally-enums';

/**
 * 异议逾期提醒: an objection still open after its answer deadline (the manual's working days) is flagged
 * to the village admins and the town admins — once per objection and person, however often this runs
 * (the notification's uq_notification_once index), so a daily job and a start-up run may overlap.
 * It covers the objections visible to `ctx`: run it with a system context of the district (or town).
 */
@Injectable()
export class OverdueObjectionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly notifications: NotificationService,
  ) {}

  /** The number of overdue objections seen (each flagged once; a rerun writes nothing new). */
  flagOverdueObjections(ctx: RequestContext, today: string): Promise<number> {
    return this.db.run(ctx, async (tx) => {
      const overdue = await tx.find(ObjectionEntity, {
        where: { status: ObjectionStatus.OPEN, answerDueOn: LessThan(today) },
        order: { answerDueOn: 'ASC', id: 'ASC' },
      });
      for (const objection of overdue) {
        const message = {
          kind: NotificationKind.OBJECTION_OVERDUE,
          title: '异议答复已逾期',
          body: `${objection.raisedOn} 提出的公示异议应于 ${objection.answerDueOn} 前答复，至今未答复，请督促信用议事会处理`,
          unit: objection,
          link: { entityType: 'OBJECTION', id: objection.id },
        };
        await this.notifications.notifyUnitRoles(tx, objection.villageId, [Role.VILLAGE_ADMIN], message, {
          once: true,
        });
        await this.notifications.notifyUnitRoles(tx, objection.townId, [Role.TOWN_ADMIN], message, {
          once: true,
        });
      }
      return overdue.length;
    });
  }
}
