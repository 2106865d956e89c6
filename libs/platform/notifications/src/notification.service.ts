import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadInputException, NotFoundException } from '@village/platform-common';
import type { RequestContext, TenantRef } from '@village/platform-tenancy';
import { NotificationKind } from './notification-kind.enum';

export interface NotificationLink {
  /** What kind of thing the UI opens, e.g. 'DECLARATION', 'TALLY', 'OBJECTION'. */
  entityType: string;
  id: string;
}

export interface NotificationMessage {
  kind: NotificationKind;
  title: string;
  body: string;
  /** The unit the message is about; its tenant columns go on the rows (must be in the writer's scope). */
  unit: TenantRef;
  link?: NotificationLink | null;
}

export interface NotifyInput extends NotificationMessage {
  recipients: readonly string[];
}

/**
 * Writes notifications inside the caller's transaction, so a message exists exactly when the change it
 * reports was committed. The writer cannot read the recipients' rows (only recipients can), hence plain
 * INSERTs without RETURNING. Row-level security refuses a unit outside the writer's scope.
 */
@Injectable()
export class NotificationService {
  async notify(em: EntityManager, _ctx: RequestContext, input: NotifyInput): Promise<string[]> {
    const title = input.title.trim();
    const body = input.body.trim();
    if (!title) throw BadInputException.field('title', '消息标题不能为空');
    if (!body) throw BadInputException.field('body', '消息内容不能为空');
    if (title.length > 200) throw BadInputException.field('title', '消息标题不能超过 200 个字');
    const recipients = [...new Set(input.recipients)];
    if (recipients.length === 0) return [];
    const ids = recipients.map(() => randomUUID());
    // One statement for the whole list: a village notice reaches hundreds of residents at once.
    await em.query(
      `INSERT INTO notification (id, recipient_user_id, district_id, town_id, village_id, kind,
                                 title, body, link_type, link_id)
       SELECT r.id, r.recipient, $3::uuid, $4::uuid, $5::uuid, $6::varchar, $7::varchar, $8::text,
              $9::varchar, $10::uuid
         FROM unnest($1::uuid[], $2::uuid[]) AS r(id, recipient)`,
      [
        ids,
        recipients,
        input.unit.districtId,
        input.unit.townId,
        input.unit.villageId,
        input.kind,
        title,
        body,
        input.link?.entityType ?? null,
        input.link?.id ?? null,
      ],
    );
    return ids;
  }

  /** Notifies every user holding a current RESIDENT role at the village (role assignments read in scope). */
  async notifyVillageResidents(
    em: EntityManager,
    ctx: RequestContext,
    villageId: string,
    message: Omit<NotificationMessage, 'unit'>,
  ): Promise<string[]> {
    const [village] = (await em.query(
      `SELECT id, district_id AS "districtId", town_id AS "townId", village_id AS "villageId"
         FROM org_unit WHERE id = $1 AND level = 'VILLAGE'`,
      [villageId],
    )) as (TenantRef & { id: string })[];
    if (!village) throw new NotFoundException('村不存在或不在可见范围内');
    const rows = (await em.query(
      `SELECT DISTINCT user_id AS "userId" FROM role_assignment
        WHERE village_id = $1 AND role = 'RESIDENT' AND revoked_at IS NULL`,
      [villageId],
    )) as { userId: string }[];
    return this.notify(em, ctx, { ...message, unit: village, recipients: rows.map((r) => r.userId) });
  }
}
