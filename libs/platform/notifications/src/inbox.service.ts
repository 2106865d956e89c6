import { Injectable } from '@nestjs/common';
import { NotFoundException } from '@village/platform-common';
import { RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import type { NotificationKind } from './notification-kind.enum';

export interface InboxItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  linkType: string | null;
  linkId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  unreadCount: number;
}

const ITEM_COLUMNS = `n.id, n.kind, n.title, n.body, n.link_type AS "linkType", n.link_id AS "linkId",
                      n.created_at AS "createdAt", r.read_at AS "readAt"`;

/**
 * The signed-in user's own inbox. Row-level security already limits both tables to the current user's
 * rows; the explicit recipient filter keeps the queries on the recipient index.
 */
@Injectable()
export class InboxService {
  constructor(private readonly db: TenantDb) {}

  list(
    ctx: RequestContext,
    args: { unreadOnly: boolean; limit: number; offset: number },
  ): Promise<InboxPage> {
    const me = ctx.requireUser().id;
    return this.db.run(ctx, async (tx) => {
      const unreadFilter = args.unreadOnly ? 'AND r.notification_id IS NULL' : '';
      const items = (await tx.query(
        `SELECT ${ITEM_COLUMNS}
           FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
          WHERE n.recipient_user_id = $1 ${unreadFilter}
          ORDER BY n.created_at DESC, n.id
          LIMIT $2 OFFSET $3`,
        [me, args.limit, args.offset],
      )) as InboxItem[];
      const [counts] = (await tx.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE r.notification_id IS NULL)::int AS unread
           FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
          WHERE n.recipient_user_id = $1`,
        [me],
      )) as { total: number; unread: number }[];
      return { items, total: args.unreadOnly ? counts.unread : counts.total, unreadCount: counts.unread };
    });
  }

  /** Marks the caller's own notifications read; any id that is not theirs is NOT_FOUND. Idempotent. */
  markRead(ctx: RequestContext, ids: string[]): Promise<InboxItem[]> {
    const me = ctx.requireUser().id;
    const wanted = [...new Set(ids)];
    return this.db.run(ctx, async (tx) => {
      const own = (await tx.query(
        'SELECT id FROM notification WHERE id = ANY($1::uuid[]) AND recipient_user_id = $2',
        [wanted, me],
      )) as { id: string }[];
      const ownIds = new Set(own.map((r) => r.id));
      const missing = wanted.filter((id) => !ownIds.has(id));
      if (missing.length > 0) throw new NotFoundException(`消息不存在：${missing.join('、')}`);
      await this.appendReads(tx, me, wanted);
      return (await tx.query(
        `SELECT ${ITEM_COLUMNS}
           FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
          WHERE n.id = ANY($1::uuid[]) AND n.recipient_user_id = $2
          ORDER BY n.created_at DESC, n.id`,
        [wanted, me],
      )) as InboxItem[];
    });
  }

  /** Marks every unread notification of the caller read; returns how many were newly marked. */
  markAllRead(ctx: RequestContext): Promise<number> {
    const me = ctx.requireUser().id;
    return this.db.run(ctx, async (tx) => {
      const unread = (await tx.query(
        `SELECT n.id FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id
          WHERE n.recipient_user_id = $1 AND r.notification_id IS NULL`,
        [me],
      )) as { id: string }[];
      await this.appendReads(
        tx,
        me,
        unread.map((r) => r.id),
      );
      return unread.length;
    });
  }

  /** One read row per notification; a notification already read keeps its first read time. */
  private async appendReads(tx: TenantTx, me: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `INSERT INTO notification_read (notification_id, reader_user_id, district_id, town_id, village_id)
       SELECT n.id, $2, n.district_id, n.town_id, n.village_id
         FROM notification n
        WHERE n.id = ANY($1::uuid[]) AND n.recipient_user_id = $2
       ON CONFLICT (notification_id) DO NOTHING`,
      [ids, me],
    );
  }
}
