import { graphql } from '../support/generated';
import { Client } from 'pg';
import { NotificationKind, NotificationService } from '@village/platform-notifications';
import { RequestContext, TenantDb, type OrgRef } from '@village/platform-tenancy';
import { errorCode, expectOk, startTestApp, type TestApp } from '../support/test-app';
import {
  arrangeResident,
  arrangeVillage,
  orgUnits,
  type ArrangedUser,
  type ArrangedVillage,
} from '../support/arrange';

const INBOX = graphql(`
  query InboxInbox($unreadOnly: Boolean, $limit: Int, $offset: Int) {
    myNotifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
      total
      unreadCount
      items {
        id
        kind
        kindLabel
        title
        body
        read
        readAt
        link {
          entityType
          id
        }
      }
    }
  }
`);
const MARK = graphql(`
  mutation InboxMark($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      read
      readAt
    }
  }
`);
const MARK_ALL = graphql(`
  mutation InboxMarkAll {
    markAllNotificationsRead
  }
`);

/** The in-app inbox: written by cadres in their scope, read only by the recipient. */
describe('notifications inbox', () => {
  let t: TestApp;
  let service: NotificationService;
  let tenantDb: TenantDb;
  let units: Record<string, OrgRef>;
  let village: ArrangedVillage;
  let otherVillage: ArrangedVillage;
  let resident: ArrangedUser;

  const systemIn = (unit: OrgRef) =>
    RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit }]);

  const notify = (writer: OrgRef, about: OrgRef, recipients: ArrangedUser[], title: string) => {
    const ctx = systemIn(writer);
    return tenantDb.run(ctx, (tx) =>
      service.notify(tx, {
        recipients: recipients.map((r) => r.id),
        kind: NotificationKind.DECLARATION_APPROVED,
        title,
        body: `${title}：积分 +5`,
        unit: about,
        link: { entityType: 'DECLARATION', id: '00000000-0000-4000-8000-000000000001' },
      }),
    );
  };
  /** `titles` for the village's resident, oldest first. */
  const notifyResident = async (titles: string[]) => {
    for (const title of titles) await notify(village.unit, village.unit, [resident], title);
  };

  beforeAll(async () => {
    t = await startTestApp({ demoPeople: false });
    service = t.app.get(NotificationService);
    tenantDb = t.app.get(TenantDb);
    units = await orgUnits(t);
  });
  afterAll(() => t.close());

  // Each test has a village of its own in 宋村镇 with a resident who has a login (an empty inbox), and
  // another village in 文登营镇.
  beforeEach(async () => {
    village = await arrangeVillage(t, units['宋村镇']);
    otherVillage = await arrangeVillage(t, units['文登营镇']);
    resident = (await arrangeResident(t, village, { login: true })).user as ArrangedUser;
  });

  // About the demo seed itself, so on its own resident login (no other test writes to it).
  it('the demo resident starts with one unread welcome message', async () => {
    const token = await t.login('dazetou-resident');
    const res = await t.gql(INBOX, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.myNotifications).toMatchObject({ total: 1, unreadCount: 1 });
    expect(res.data?.myNotifications.items[0]).toMatchObject({
      kind: 'GENERAL',
      kindLabel: '通知',
      read: false,
      readAt: null,
      link: null,
    });
  });

  it('each recipient sees only their own notifications, with the unread count', async () => {
    await notifyResident(['三月申报已通过', '四月申报已通过']);
    const [other] = await notify(units['文登区'], otherVillage.unit, [otherVillage.admin], '侯家庵村的消息');

    const inbox = await t.gql(INBOX, {}, resident.token);
    expect(inbox.data?.myNotifications).toMatchObject({ total: 2, unreadCount: 2 });
    const titles = inbox.data?.myNotifications.items.map((n: { title: string }) => n.title);
    expect(titles).toEqual(['四月申报已通过', '三月申报已通过']);
    expect(inbox.data?.myNotifications.items[0]).toMatchObject({
      kind: 'DECLARATION_APPROVED',
      kindLabel: '申报已通过',
      link: { entityType: 'DECLARATION', id: '00000000-0000-4000-8000-000000000001' },
    });

    const otherInbox = await t.gql(INBOX, {}, otherVillage.admin.token);
    expect(otherInbox.data?.myNotifications.items.map((n: { id: string }) => n.id)).toEqual([other]);

    const page = await t.gql(INBOX, { limit: 1, offset: 1 }, resident.token);
    expect(page.data?.myNotifications).toMatchObject({ total: 2, unreadCount: 2 });
    expect(page.data?.myNotifications.items.map((n: { title: string }) => n.title)).toEqual([
      '三月申报已通过',
    ]);
  });

  it('marking read is recorded once and is idempotent; unreadOnly leaves it out', async () => {
    await notifyResident(['一', '二', '三']);
    const token = resident.token;
    const before = await t.gql(INBOX, {}, token);
    const id = before.data?.myNotifications.items[0].id as string;

    const first = await t.gql(MARK, { ids: [id] }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.markNotificationsRead).toEqual([{ id, read: true, readAt: expect.any(String) }]);
    const again = await t.gql(MARK, { ids: [id, id] }, token);
    expect(again.data?.markNotificationsRead).toEqual(first.data?.markNotificationsRead);
    const reads = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM notification_read WHERE notification_id = $1',
      [id],
    );
    expect(reads[0].n).toBe(1);

    const unread = await t.gql(INBOX, { unreadOnly: true }, token);
    expect(unread.data?.myNotifications).toMatchObject({ total: 2, unreadCount: 2 });
    expect(unread.data?.myNotifications.items.map((n: { id: string }) => n.id)).not.toContain(id);
    const all = await t.gql(INBOX, {}, token);
    expect(all.data?.myNotifications).toMatchObject({ total: 3, unreadCount: 2 });
  });

  it("marking someone else's notification is NOT_FOUND and records nothing", async () => {
    await notifyResident(['三月申报已通过']);
    const [theirs] = await notify(units['文登区'], otherVillage.unit, [otherVillage.admin], '侯家庵村的消息');
    const token = resident.token;
    const mine = expectOk(await t.gql(INBOX, { unreadOnly: true }, token)).myNotifications.items[0].id;
    const res = await t.gql(MARK, { ids: [mine, theirs] }, token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    const reads = await t.db.adminQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM notification_read WHERE notification_id = ANY($1::uuid[])',
      [[mine, theirs]],
    );
    expect(reads[0].n).toBe(0);
    expect(errorCode(await t.gql(MARK, { ids: ['not-a-uuid'] }, token))).toBe('BAD_USER_INPUT');
  });

  // Also through the app role's own connection, and as the superuser, on purpose: the database must
  // hide and refuse these itself.
  it("the village admin cannot read the resident's inbox, through the API or in the database", async () => {
    await notifyResident(['三月申报已通过', '四月申报已通过']);
    const [read] = (await t.gql(INBOX, {}, resident.token)).data?.myNotifications.items ?? [];
    expect((await t.gql(MARK, { ids: [read.id] }, resident.token)).errors).toBeUndefined();
    const admin = await t.gql(INBOX, {}, village.admin.token);
    expect(admin.data?.myNotifications).toMatchObject({ total: 0, unreadCount: 0, items: [] });

    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('app.scope_villages', $1, true), set_config('app.user_id', $2, true)`,
        [`{${village.id}}`, village.admin.id],
      );
      const rows = await client.query('SELECT * FROM notification WHERE recipient_user_id = $1', [
        resident.id,
      ]);
      expect(rows.rowCount).toBe(0);
      const reads = await client.query('SELECT * FROM notification_read');
      expect(reads.rowCount).toBe(0);
      await client.query('COMMIT');
      await expect(client.query(`UPDATE notification SET title = '改'`)).rejects.toThrow(/permission denied/);
      await expect(client.query('DELETE FROM notification_read')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
    // The owner is refused too: both tables are append-only.
    await expect(t.db.adminQuery(`UPDATE notification SET title = '改'`)).rejects.toThrow(/append-only/);
  });

  it('a writer cannot place a notification about a unit outside its scope', async () => {
    await expect(notify(village.unit, otherVillage.unit, [otherVillage.admin], '越权消息')).rejects.toThrow(
      /row-level security/,
    );
  });

  it('refuses an empty or overlong title and writes nothing for no recipients', async () => {
    await expect(notify(village.unit, village.unit, [resident], '  ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(notify(village.unit, village.unit, [resident], '长'.repeat(201))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await notify(village.unit, village.unit, [], '无人接收')).toEqual([]);
    const [count] = await t.db.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE title = '无人接收' OR length(title) > 200`,
    );
    expect(count.n).toBe(0);
  });

  it('notifyVillageResidents reaches the RESIDENT users of that village only', async () => {
    const ctx = systemIn(units['宋村镇']);
    const villageId = village.id;
    const ids = await tenantDb.run(ctx, (tx) =>
      service.notifyVillageResidents(tx, villageId, {
        kind: NotificationKind.NOTICE_OPENED,
        title: '第一季度积分公示已开始',
        body: '请在公示期内核对本人积分，如有异议可提出。',
      }),
    );
    const expected = await t.db.adminQuery<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM role_assignment
        WHERE village_id = $1 AND role = 'RESIDENT' AND revoked_at IS NULL`,
      [villageId],
    );
    expect(expected.map((r) => r.user_id)).toEqual([resident.id]);
    const written = await t.db.adminQuery<{ recipient_user_id: string; village_id: string }>(
      'SELECT recipient_user_id, village_id FROM notification WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(written).toEqual([{ recipient_user_id: resident.id, village_id: villageId }]);
    for (const other of [village.admin, village.council, otherVillage.admin]) {
      const inbox = await t.gql(INBOX, {}, other.token);
      const titles = inbox.data?.myNotifications.items.map((n: { title: string }) => n.title);
      expect({ other: other.username, titles }).not.toEqual({
        other: other.username,
        titles: expect.arrayContaining(['第一季度积分公示已开始']),
      });
    }
  });

  it('markAllNotificationsRead marks every unread one, then nothing', async () => {
    await notifyResident(['一', '二', '三', '四']);
    await notify(units['文登区'], otherVillage.unit, [otherVillage.admin], '侯家庵村的消息');
    const token = resident.token;
    const [first] = (await t.gql(INBOX, {}, token)).data?.myNotifications.items ?? [];
    expect((await t.gql(MARK, { ids: [first.id] }, token)).errors).toBeUndefined();
    const before = await t.gql(INBOX, {}, token);
    const unread = before.data?.myNotifications.unreadCount as number;
    expect(unread).toBe(3);
    expect((await t.gql(MARK_ALL, {}, token)).data?.markAllNotificationsRead).toBe(unread);
    expect((await t.gql(MARK_ALL, {}, token)).data?.markAllNotificationsRead).toBe(0);
    const after = await t.gql(INBOX, {}, token);
    expect(after.data?.myNotifications).toMatchObject({ total: 4, unreadCount: 0 });
    expect(after.data?.myNotifications.items.every((n: { read: boolean }) => n.read)).toBe(true);
    // The other village admin's message is untouched by the resident's mark-all.
    const otherInbox = await t.gql(INBOX, {}, otherVillage.admin.token);
    expect(otherInbox.data?.myNotifications.unreadCount).toBe(1);
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await t.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
  });
});
