import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputException, NotFoundException } from '@village/platform-common';
import type { RequestContext, TenantRef, TenantTx } from '@village/platform-tenancy';
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

export interface PersonalMessage extends NotificationMessage {
  recipient: string;
}

/**
 * Writes notifications inside the caller's transaction, so a message exists exactly when the change it
 * reports was committed. The writer cannot read the recipients' rows (only recipients can), hence plain
 * INSERTs without RETURNING. Row-level security refuses a unit outside the writer's scope.
 */
@Injectable()
export class NotificationService {
  /** One message to many recipients (a village notice reaches hundreds of residents at once). */
  notify(tx: TenantTx, input: NotifyInput): Promise<string[]> {
    const { ctx } = tx;
    const recipients = [...new Set(input.recipients)];
    return this.notifyEach(
      tx,
      ctx,
      recipients.map((recipient) => ({ ...input, recipient })),
    );
  }

  /**
   * A message of its own to each recipient (each person's grade), written in one statement. With `once`,
   * a message uq_notification_once already holds is skipped (its returned id then names no row).
   */
  async notifyEach(
    tx: TenantTx,
    _ctx: RequestContext,
    messages: readonly PersonalMessage[],
    options: { once?: boolean } = {},
  ): Promise<string[]> {
    const rows = messages.map((m) => {
      const title = m.title.trim();
      const body = m.body.trim();
      if (!title) throw BadInputException.field('title', '消息标题不能为空');
      if (!body) throw BadInputException.field('body', '消息内容不能为空');
      if (title.length > 200) throw BadInputException.field('title', '消息标题不能超过 200 个字');
      return { ...m, id: randomUUID(), title, body };
    });
    if (rows.length === 0) return [];
    const column = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
    await tx.query(
      `INSERT INTO notification (id, recipient_user_id, district_id, town_id, village_id, kind,
                                 title, body, link_type, link_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::varchar[],
                            $7::varchar[], $8::text[], $9::varchar[], $10::uuid[])${
                              // Skips what uq_notification_once already holds; DO NOTHING reads no other inbox (RLS).
                              options.once ? ' ON CONFLICT DO NOTHING' : ''
                            }`,
      [
        column((r) => r.id),
        column((r) => r.recipient),
        column((r) => r.unit.districtId),
        column((r) => r.unit.townId),
        column((r) => r.unit.villageId),
        column((r) => r.kind),
        column((r) => r.title),
        column((r) => r.body),
        column((r) => r.link?.entityType ?? null),
        column((r) => r.link?.id ?? null),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Notifies every user holding a current RESIDENT role at the village (role assignments read in scope). */
  async notifyVillageResidents(
    tx: TenantTx,
    villageId: string,
    message: Omit<NotificationMessage, 'unit'>,
  ): Promise<string[]> {
    const [village] = (await tx.query(
      `SELECT id, district_id AS "districtId", town_id AS "townId", village_id AS "villageId"
         FROM org_unit WHERE id = $1 AND level = 'VILLAGE'`,
      [villageId],
    )) as (TenantRef & { id: string })[];
    if (!village) throw new NotFoundException('村不存在或不在可见范围内');
    const rows = (await tx.query(
      `SELECT DISTINCT user_id AS "userId" FROM role_assignment
        WHERE village_id = $1 AND role = 'RESIDENT' AND revoked_at IS NULL`,
      [villageId],
    )) as { userId: string }[];
    return this.notify(tx, { ...message, unit: village, recipients: rows.map((r) => r.userId) });
  }

  /**
   * Notifies the users holding one of `roles` at the unit itself (a village's council, a town's admins),
   * not those above it; `except` (usually the writer) is left out. Role assignments are read in scope.
   */
  async notifyUnitRoles(
    tx: TenantTx,
    unitId: string,
    roles: readonly string[],
    message: NotificationMessage,
    options: { except?: readonly string[]; once?: boolean } = {},
  ): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT DISTINCT user_id AS "userId" FROM role_assignment
        WHERE org_unit_id = $1 AND role = ANY($2::varchar[]) AND revoked_at IS NULL`,
      [unitId, [...roles]],
    )) as { userId: string }[];
    const except = new Set(options.except ?? []);
    const recipients = [...new Set(rows.map((r) => r.userId))].filter((id) => !except.has(id));
    return this.notifyEach(
      tx,
      tx.ctx,
      recipients.map((recipient) => ({ ...message, recipient })),
      { once: options.once },
    );
  }
}
